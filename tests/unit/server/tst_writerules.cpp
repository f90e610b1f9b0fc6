// Role x record type write rules through ScopeService::push, both backends: the whole matrix
// (every role x every record type -> accepted, or rejected with field "type"), then the
// per-record checks (scope, audience, supervision, whose spot check, whose record is amended),
// and the visit a record names: every visit-scoped type x mismatched person/visit pairs.
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include "server/scope/scopeservice.h"
#include "storetestsupport.h"
#include "testrecords.h"

#include <QtTest>
#include <array>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class WriteRulesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup() { m_store.close(); }

    void wholeMatrix();
    void perRecordChecks_data();
    void perRecordChecks();
    void visitMustBeTheRecordsAndTheWriters_data();
    void visitMustBeTheRecordsAndTheWriters();
    void visitReassignedSinceStillLands();
    void officeRotaAndItsRecordsInOneBatch();

private:
    Result<void> makeWorld();
    std::pair<User, Device> actor(const QString &role) const;
    // A valid record of `type` about alice by `author`, its references pointing at stored records.
    Record recordOf(const QString &type, const User &author, const Device &device);
    PutResult pushOne(const User &user, const Device &device, const Record &record);

    TestStore m_store;
    QDateTime m_now;
    TestOrg m_t;
    QString m_alice, m_bob, m_visitId, m_familyEntry, m_teamEntry, m_spotCheck, m_foreignPerson;
    QString m_supervisorVisitId; // alice, assigned to the supervisor
    QString m_colleagueVisitId; // alice, assigned to worker2
    QString m_bobVisitId; // bob, assigned to worker2 (the hijack of issue 20)
    QHash<QString, QString> m_progressBy; // user id -> a goal.progress record of theirs
    // Alerts: alice's, bob's, and person-less ones about the worker and about worker2.
    QString m_aliceAlert, m_bobAlert, m_workerAlert, m_worker2Alert, m_foreignCoordinator;
};

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

// Who may write each type: written out here, not taken from the code under test.
const QHash<QString, QStringList> &expectedWriters()
{
    static const QHash<QString, QStringList> table {
        {t(RecordType::Person), {"coordinator"}},
        {t(RecordType::PersonEntryCodes), {"coordinator"}},
        {t(RecordType::CarePlan), {"coordinator"}},
        {t(RecordType::MedicationOrder), {"coordinator"}},
        {t(RecordType::Visit), {"coordinator"}},
        {t(RecordType::ReablementEpisode), {"therapist", "coordinator"}},
        {t(RecordType::ReablementReview), {"therapist", "coordinator"}},
        {t(RecordType::GoalProgress), {"worker", "supervisor", "therapist", "coordinator"}},
        {t(RecordType::VisitCheckIn), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitCheckOut), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitTask), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitNote), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitFinance), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitNoAccess), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitFileRead), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::MedicationAdministration), {"worker", "supervisor", "coordinator"}},
        {t(RecordType::VisitSummary), {}}, // derived by the server, never pushed
        {t(RecordType::CommbookEntry), {"worker", "supervisor", "coordinator", "family"}},
        {t(RecordType::CommbookAck), {"worker", "supervisor", "coordinator", "family"}},
        {t(RecordType::SpotCheck), {"supervisor"}},
        {t(RecordType::Supervision), {"supervisor", "coordinator"}},
        {t(RecordType::SpotCheckAck),
         {"worker"}}, // the observed worker (the spot check is about "worker")
        {t(RecordType::Incident), {"worker", "supervisor", "therapist", "coordinator"}},
        {t(RecordType::Amendment), {"worker", "supervisor", "therapist", "coordinator"}},
        {t(RecordType::Alert), {"coordinator"}},
        {t(RecordType::AlertAction), {"supervisor", "therapist", "coordinator"}},
    };
    return table;
}

const QStringList Roles {QStringLiteral("worker"), QStringLiteral("supervisor"),
                         QStringLiteral("coordinator"), QStringLiteral("therapist"),
                         QStringLiteral("family")};

} // namespace

void WriteRulesTest::initTestCase_data()
{
    addBackendRows();
}

void WriteRulesTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    m_now = QDateTime::currentDateTimeUtc();
    const auto made = makeWorld();
    QVERIFY2(made.ok(), qPrintable(made.error().toString()));
}

Result<void> WriteRulesTest::makeWorld()
{
    auto org = createTestOrg(*m_store, QStringLiteral("wr"));
    if (!org)
        return org.error();
    m_t = org.value();
    auto other = createTestOrg(*m_store, QStringLiteral("wx"));
    if (!other)
        return other.error();
    m_alice = newPersonId();
    m_bob = newPersonId();
    m_foreignPerson = newPersonId();
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    const Record visit = office.visit(m_alice, m_now.addSecs(1800), {m_t.worker.id});
    m_visitId = visit.visitId;
    const Record supervisorVisit = office.visit(m_alice, m_now.addSecs(3600), {m_t.supervisor.id});
    const Record colleagueVisit = office.visit(m_alice, m_now.addSecs(5400), {m_t.worker2.id});
    const Record bobVisit = office.visit(m_bob, m_now.addSecs(1800), {m_t.worker2.id});
    m_supervisorVisitId = supervisorVisit.visitId;
    m_colleagueVisitId = colleagueVisit.visitId;
    m_bobVisitId = bobVisit.visitId;
    const Record family = office.commbook(m_alice, QStringLiteral("family"),
                                          QStringLiteral("Lovely day"), m_now.date());
    const Record team = office.commbook(m_alice, QStringLiteral("care_team"),
                                        QStringLiteral("Bruise"), m_now.date());
    m_familyEntry = family.id;
    m_teamEntry = team.id;
    RecordFactory senior(m_t.supervisor.id, m_t.supervisorDevice.id);
    Record spot = senior.base(t(RecordType::SpotCheck), m_alice, m_now.date());
    spot.visitId = m_visitId;
    spot.payload = samples::payload(spot.type);
    spot.payload[QStringLiteral("supervisorUserId")] = m_t.supervisor.id;
    spot.payload[QStringLiteral("workerUserId")] = m_t.worker.id;
    m_spotCheck = spot.id;
    const auto alert = [&](const QString &personId, const QString &subject) {
        Record a = samples::record(t(RecordType::Alert), personId);
        a.personId = personId;
        a.authorUserId = a.deviceId = QStringLiteral("careround-server");
        a.careDay = m_now.date();
        if (!subject.isEmpty())
            a.payload[QStringLiteral("subjectUserId")] = subject;
        return a;
    };
    const Record aliceAlert = alert(m_alice, {}), bobAlert = alert(m_bob, {});
    const Record workerAlert = alert({}, m_t.worker.id), worker2Alert = alert({}, m_t.worker2.id);
    m_aliceAlert = aliceAlert.id;
    m_bobAlert = bobAlert.id;
    m_workerAlert = workerAlert.id;
    m_worker2Alert = worker2Alert.id;
    m_foreignCoordinator = other.value().coordinator.id;
    QList<Record> batch {office.person(m_alice),
                         office.person(m_bob),
                         visit,
                         supervisorVisit,
                         colleagueVisit,
                         bobVisit,
                         family,
                         team,
                         spot,
                         aliceAlert,
                         bobAlert,
                         workerAlert,
                         worker2Alert};
    for (const User &u : {m_t.worker, m_t.supervisor, m_t.therapist, m_t.coordinator}) {
        RecordFactory make(u.id, {});
        Record progress = make.base(t(RecordType::GoalProgress), m_alice, m_now.date());
        progress.payload = samples::payload(progress.type);
        m_progressBy.insert(u.id, progress.id);
        batch.append(progress);
    }
    auto put = m_store->putRecords(PutContext {m_t.org.id, m_t.coordinator.id, {}, m_now}, batch);
    if (!put)
        return put.error();
    for (const PutResult &r : put.value()) {
        if (r.status != PutStatus::Accepted)
            return r.error;
    }
    RecordFactory foreign(other.value().coordinator.id, {});
    if (auto r = m_store->putRecords(
            PutContext {other.value().org.id, other.value().coordinator.id, {}, m_now},
            {foreign.person(m_foreignPerson)});
        !r)
        return r.error();
    if (auto r = m_store->addToCaseload(m_t.org.id, m_t.therapist.id, m_alice); !r)
        return r.error();
    FamilyLink link {newPersonId(), m_t.org.id, m_t.family.id, m_alice, QStringLiteral("daughter")};
    if (auto r = m_store->createFamilyLink(link); !r)
        return r.error();
    return m_store->recordConsent(
        m_t.org.id,
        ConsentEvent {link.id, true, m_now, m_t.coordinator.id, QStringLiteral("signed")});
}

std::pair<User, Device> WriteRulesTest::actor(const QString &role) const
{
    if (role == QLatin1String("worker"))
        return {m_t.worker, m_t.workerDevice};
    if (role == QLatin1String("worker2"))
        return {m_t.worker2, m_t.worker2Device};
    if (role == QLatin1String("supervisor"))
        return {m_t.supervisor, m_t.supervisorDevice};
    if (role == QLatin1String("coordinator"))
        return {m_t.coordinator, m_t.coordinatorDevice};
    if (role == QLatin1String("therapist"))
        return {m_t.therapist, m_t.therapistDevice};
    return {m_t.family, m_t.familyDevice};
}

Record WriteRulesTest::recordOf(const QString &type, const User &author, const Device &device)
{
    // A visit of the author's own (the spot check: of the worker observed).
    const QString visitId = author.id == m_t.supervisor.id && type != t(RecordType::SpotCheck)
        ? m_supervisorVisitId
        : m_visitId;
    Record r = samples::record(type, m_alice, recordTypeNeedsVisit(type) ? visitId : QString());
    r.authorUserId = author.id;
    r.deviceId = device.id;
    r.careDay = m_now.date();
    if (type == t(RecordType::Visit))
        r.visitId = r.id;
    if (type == t(RecordType::SpotCheck)) {
        r.payload[QStringLiteral("supervisorUserId")] =
            author.id == m_t.worker.id ? m_t.supervisor.id : author.id;
        r.payload[QStringLiteral("workerUserId")] =
            author.id == m_t.worker.id ? m_t.worker2.id : m_t.worker.id;
    }
    if (type == t(RecordType::SpotCheckAck))
        r.payload[QStringLiteral("spotCheckId")] = m_spotCheck;
    if (type == t(RecordType::Supervision)) {
        r.personId.clear(); // about a worker, not a person
        r.payload[QStringLiteral("supervisorUserId")] =
            author.id == m_t.worker.id ? m_t.supervisor.id : author.id;
        r.payload[QStringLiteral("workerUserId")] =
            author.id == m_t.worker.id ? m_t.worker2.id : m_t.worker.id;
    }
    if (type == t(RecordType::CommbookAck))
        r.payload[QStringLiteral("entryId")] = m_familyEntry;
    if (type == t(RecordType::AlertAction))
        r.payload[QStringLiteral("alertId")] = m_aliceAlert;
    if (type == t(RecordType::Amendment)) {
        r.amends = m_progressBy.value(author.id, m_progressBy.value(m_t.worker.id));
        r.payload = QJsonObject {
            {QStringLiteral("reason"), QStringLiteral("wrong score")},
            {QStringLiteral("amendedType"), t(RecordType::GoalProgress)},
            {QStringLiteral("replacement"), samples::payload(t(RecordType::GoalProgress))}};
    }
    return r;
}

PutResult WriteRulesTest::pushOne(const User &user, const Device &device, const Record &record)
{
    ScopeService scope(*m_store);
    auto pushed = scope.push(user.id, device.id, {record}, m_now);
    if (!pushed)
        return PutResult {record.id, PutStatus::Rejected, 0,
                          Error {QStringLiteral("push"), pushed.error().toString()}};
    return pushed.value().first();
}

void WriteRulesTest::wholeMatrix()
{
    QCOMPARE(expectedWriters().size(), allRecordTypes().size()); // every type is in the table
    int accepted = 0;
    for (const QString &type : allRecordTypes()) {
        for (const QString &role : Roles) {
            const auto [user, device] = actor(role);
            const Record record = recordOf(type, user, device);
            const PutResult result = pushOne(user, device, record);
            const bool allowed = expectedWriters().value(type).contains(role);
            // A supervisor may acknowledge spot checks, but this one is about another worker.
            const QString field =
                type == t(RecordType::SpotCheckAck) && role == QLatin1String("supervisor")
                ? QStringLiteral("payload.spotCheckId")
                : QStringLiteral("type");
            const QString where =
                QStringLiteral("%1 writes %2: %3").arg(role, type, result.error.toString());
            if (allowed) {
                QVERIFY2(result.status == PutStatus::Accepted, qPrintable(where));
                ++accepted;
            } else {
                QVERIFY2(result.status == PutStatus::Rejected && result.error.field == field,
                         qPrintable(where));
                QVERIFY2(!m_store->record(m_t.org.id, record.id).value(), qPrintable(where));
            }
        }
    }
    QCOMPARE(accepted, 61);
}

void WriteRulesTest::perRecordChecks_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field"); // empty = accepted
    QTest::newRow("worker, note for a person not on the rota") << "worker"
                                                               << "note-bob"
                                                               << "personId";
    QTest::newRow("worker, another organisation's person") << "worker"
                                                           << "note-foreign"
                                                           << "personId";
    QTest::newRow("coordinator, another organisation's person") << "coordinator"
                                                                << "note-foreign"
                                                                << "personId";
    QTest::newRow("therapist, goal progress off the caseload") << "therapist"
                                                               << "progress-bob"
                                                               << "personId";
    QTest::newRow("therapist, goal progress on the caseload") << "therapist"
                                                              << "progress-alice"
                                                              << "";
    QTest::newRow("family, care-team entry") << "family"
                                             << "entry-team"
                                             << "payload.audience";
    QTest::newRow("family, entry about an unlinked person") << "family"
                                                            << "entry-bob"
                                                            << "personId";
    QTest::newRow("family, acknowledges a care-team entry") << "family"
                                                            << "ack-team"
                                                            << "payload.entryId";
    QTest::newRow("family, acknowledges a family entry") << "family"
                                                         << "ack-family"
                                                         << "";
    QTest::newRow("supervisor, spot check of an unsupervised worker") << "supervisor"
                                                                      << "spot-worker2"
                                                                      << "payload.workerUserId";
    QTest::newRow("supervisor, spot check in another's name") << "supervisor"
                                                              << "spot-as-other"
                                                              << "payload.supervisorUserId";
    QTest::newRow("supervisor, supervision of an unsupervised worker") << "supervisor"
                                                                       << "supervision-worker2"
                                                                       << "payload.workerUserId";
    QTest::newRow("supervisor, supervision in another's name") << "supervisor"
                                                               << "supervision-as-other"
                                                               << "payload.supervisorUserId";
    QTest::newRow("coordinator, supervision of any worker") << "coordinator"
                                                            << "supervision-worker2"
                                                            << "";
    QTest::newRow("other worker, acknowledges a spot check of someone else")
        << "worker2"
        << "spotack"
        << "payload.spotCheckId";
    QTest::newRow("supervisor, acknowledges the spot check they made") << "supervisor"
                                                                       << "spotack"
                                                                       << "payload.spotCheckId";
    QTest::newRow("worker, amends another's record") << "worker"
                                                     << "amend-other"
                                                     << "amends";
    QTest::newRow("worker, amends into an office type") << "worker"
                                                        << "amend-visit"
                                                        << "payload.amendedType";
    QTest::newRow("coordinator, amends a worker's record") << "coordinator"
                                                           << "amend-other"
                                                           << "";
    QTest::newRow("coordinator, correction takes a shared entry back to the team")
        << "coordinator"
        << "amend-shared-to-team"
        << "payload.replacement.audience";
    QTest::newRow("coordinator, correction of a shared entry stays shared") << "coordinator"
                                                                            << "amend-shared"
                                                                            << "";
    QTest::newRow("worker, another author") << "worker"
                                            << "other-author"
                                            << "authorUserId";
    QTest::newRow("worker, another device") << "worker"
                                            << "other-device"
                                            << "deviceId";
    // alert.action: on an alert the writer sees, travelling with it, assigned to a colleague
    const QList<std::array<const char *, 4>> alertRows {
        {"coordinator, acts on a record that is not an alert", "coordinator", "act-note",
         "payload.alertId"},
        {"coordinator, action about another person", "coordinator", "act-person", "personId"},
        {"coordinator, action on another care day", "coordinator", "act-day", "careDay"},
        {"coordinator, action naming a visit", "coordinator", "act-visit", "visitId"},
        {"supervisor, alert of a person out of scope", "supervisor", "act-bob", "personId"},
        {"therapist, alert off the caseload", "therapist", "act-bob", "personId"},
        {"supervisor, alert about a worker they supervise", "supervisor", "act-worker", ""},
        {"supervisor, alert about a worker they do not supervise", "supervisor", "act-worker2",
         "payload.alertId"},
        {"therapist, alert about a worker", "therapist", "act-worker", "payload.alertId"},
        {"coordinator, alert about any worker", "coordinator", "act-worker2", ""},
        {"coordinator, assigns to the supervisor", "coordinator", "assign-supervisor", ""},
        {"coordinator, assigns to a care worker", "coordinator", "assign-worker",
         "payload.assigneeUserId"},
        {"coordinator, assigns to another organisation's coordinator", "coordinator",
         "assign-foreign", "payload.assigneeUserId"},
        {"supervisor, assigns to the therapist", "supervisor", "assign-therapist", ""},
    };
    for (const auto &[name, who, what, field] : alertRows)
        QTest::newRow(name) << who << what << field;
}

void WriteRulesTest::perRecordChecks()
{
    QFETCH(QString, who);
    QFETCH(QString, what);
    QFETCH(QString, field);
    const auto [user, device] = actor(who);
    RecordFactory make(user.id, device.id);
    const QDate today = m_now.date();
    Record r;
    if (what == QLatin1String("note-bob"))
        r = make.teamNote(m_bob, today);
    else if (what == QLatin1String("note-foreign"))
        r = make.teamNote(m_foreignPerson, today);
    else if (what.startsWith(QLatin1String("progress-"))) {
        r = recordOf(t(RecordType::GoalProgress), user, device);
        r.personId = what.endsWith(QLatin1String("bob")) ? m_bob : m_alice;
    } else if (what == QLatin1String("entry-team"))
        r = make.commbook(m_alice, QStringLiteral("care_team"), QStringLiteral("Worried"), today);
    else if (what == QLatin1String("entry-bob"))
        r = make.commbook(m_bob, QStringLiteral("family"), QStringLiteral("Hello"), today);
    else if (what.startsWith(QLatin1String("ack-"))) {
        r = recordOf(t(RecordType::CommbookAck), user, device);
        r.payload[QStringLiteral("entryId")] =
            what.endsWith(QLatin1String("team")) ? m_teamEntry : m_familyEntry;
    } else if (what.startsWith(QLatin1String("spot-"))) {
        r = recordOf(t(RecordType::SpotCheck), user, device);
        if (what == QLatin1String("spot-worker2"))
            r.payload[QStringLiteral("workerUserId")] = m_t.worker2.id;
        else
            r.payload[QStringLiteral("supervisorUserId")] = m_t.coordinator.id;
    } else if (what.startsWith(QLatin1String("supervision-"))) {
        r = recordOf(t(RecordType::Supervision), user, device);
        if (what == QLatin1String("supervision-worker2"))
            r.payload[QStringLiteral("workerUserId")] = m_t.worker2.id;
        else
            r.payload[QStringLiteral("supervisorUserId")] = m_t.coordinator.id;
    } else if (what == QLatin1String("spotack"))
        r = recordOf(t(RecordType::SpotCheckAck), user, device);
    else if (what.startsWith(QLatin1String("amend-shared"))) {
        r = recordOf(t(RecordType::Amendment), user, device);
        r.amends = m_familyEntry;
        QJsonObject replacement {{QStringLiteral("text"), QStringLiteral("Lovely sunny day")},
                                 {QStringLiteral("category"), QStringLiteral("general")},
                                 {QStringLiteral("audience"), QStringLiteral("family")}};
        if (what.endsWith(QLatin1String("to-team")))
            replacement[QStringLiteral("audience")] = QStringLiteral("care_team");
        r.payload = {{QStringLiteral("amendedType"), t(RecordType::CommbookEntry)},
                     {QStringLiteral("reason"), QStringLiteral("Typo")},
                     {QStringLiteral("replacement"), replacement}};
    } else if (what.startsWith(QLatin1String("amend-"))) {
        r = recordOf(t(RecordType::Amendment), user, device);
        r.amends = m_progressBy.value(m_t.worker2.id, m_progressBy.value(m_t.therapist.id));
        if (what == QLatin1String("amend-visit")) {
            r.amends = m_progressBy.value(user.id);
            r.payload[QStringLiteral("amendedType")] = t(RecordType::Visit);
            r.payload[QStringLiteral("replacement")] = samples::payload(t(RecordType::Visit));
        }
    } else if (what.startsWith(QLatin1String("act-"))
               || what.startsWith(QLatin1String("assign-"))) {
        r = recordOf(t(RecordType::AlertAction), user, device);
        const QHash<QString, QString> alerts {{QStringLiteral("act-bob"), m_bobAlert},
                                              {QStringLiteral("act-worker"), m_workerAlert},
                                              {QStringLiteral("act-worker2"), m_worker2Alert},
                                              {QStringLiteral("act-note"), m_teamEntry}};
        if (alerts.contains(what)) {
            r.payload[QStringLiteral("alertId")] = alerts.value(what);
            r.personId = what == QLatin1String("act-bob")
                ? m_bob
                : (what == QLatin1String("act-note") ? m_alice : QString());
        }
        if (what == QLatin1String("act-person"))
            r.personId = m_bob;
        if (what == QLatin1String("act-day"))
            r.careDay = today.addDays(-1);
        if (what == QLatin1String("act-visit"))
            r.visitId = m_visitId;
        const QHash<QString, QString> assignees {
            {QStringLiteral("assign-supervisor"), m_t.supervisor.id},
            {QStringLiteral("assign-worker"), m_t.worker.id},
            {QStringLiteral("assign-foreign"), m_foreignCoordinator},
            {QStringLiteral("assign-therapist"), m_t.therapist.id}};
        if (assignees.contains(what)) {
            r.payload = {{QStringLiteral("alertId"), m_aliceAlert},
                         {QStringLiteral("action"), QStringLiteral("assign")},
                         {QStringLiteral("assigneeUserId"), assignees.value(what)}};
        }
    } else if (what == QLatin1String("other-author")) {
        r = make.teamNote(m_alice, today);
        r.authorUserId = m_t.worker2.id;
    } else if (what == QLatin1String("other-device")) {
        r = make.teamNote(m_alice, today);
        r.deviceId = m_t.worker2Device.id;
    }
    QVERIFY(!r.id.isEmpty());
    const PutResult result = pushOne(user, device, r);
    if (field.isEmpty()) {
        QVERIFY2(result.status == PutStatus::Accepted, qPrintable(result.error.toString()));
        return;
    }
    QVERIFY2(result.status == PutStatus::Rejected, "accepted");
    QCOMPARE(result.error.field, field);
    QVERIFY(!m_store->record(m_t.org.id, r.id).value());
    AuditQuery q {m_t.org.id};
    q.recordId = r.id;
    const QList<AuditEntry> audit = m_store->queryAudit(q).value();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("record.rejected"));
}

namespace {

// The record types that belong to a visit (core: recordTypeNeedsVisit), but the rota's own visit
// record, which defines its visit, and the family's visit summary, which no device writes.
QStringList visitScopedTypes()
{
    QStringList types;
    for (const QString &type : allRecordTypes()) {
        if (recordTypeNeedsVisit(type) && type != t(RecordType::Visit)
            && type != t(RecordType::VisitSummary))
            types.append(type);
    }
    return types;
}

} // namespace

void WriteRulesTest::visitMustBeTheRecordsAndTheWriters_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("visit"); // which visit the record about alice names
    QTest::addColumn<bool>("accepted");
    QCOMPARE(visitScopedTypes().size(), 8); // seven visit events and the spot check
    for (const QString &type : visitScopedTypes()) {
        for (const QString &who : {QStringLiteral("worker"), QStringLiteral("supervisor"),
                                   QStringLiteral("coordinator")}) {
            if (!expectedWriters().value(type).contains(who))
                continue;
            const auto row = [&](const char *visit, bool accepted) {
                QTest::addRow("%s %s, %s", qPrintable(who), qPrintable(type), visit)
                    << who << type << QString::fromLatin1(visit) << accepted;
            };
            // The hijack: a person of one's own rota, another person's visit (someone else's).
            row("another person's visit", false);
            row("a visit unknown to the server", false);
            // The person's own visit, rostered to a colleague: only the office may write for it.
            row("the person's visit of a colleague", who == QLatin1String("coordinator"));
            row("own visit", true);
        }
    }
    // Roles with a record that may name a visit: the person must match; the rota binds only
    // workers and supervisors, and never holds back an incident.
    QTest::newRow("therapist goal.progress, alice's visit")
        << "therapist" << t(RecordType::GoalProgress) << "the person's visit of a colleague"
        << true;
    QTest::newRow("therapist goal.progress, bob's visit")
        << "therapist" << t(RecordType::GoalProgress) << "another person's visit" << false;
    QTest::newRow("worker incident, a colleague's visit")
        << "worker" << t(RecordType::Incident) << "the person's visit of a colleague" << true;
    QTest::newRow("worker incident, bob's visit")
        << "worker" << t(RecordType::Incident) << "another person's visit" << false;
    QTest::newRow("worker medication.administration, a colleague's visit")
        << "worker" << t(RecordType::MedicationAdministration)
        << "the person's visit of a colleague" << false;
    QTest::newRow("worker commbook.entry, bob's visit")
        << "worker" << t(RecordType::CommbookEntry) << "another person's visit" << false;
    QTest::newRow("family commbook.entry, alice's visit")
        << "family" << t(RecordType::CommbookEntry) << "own visit" << false;
}

void WriteRulesTest::visitMustBeTheRecordsAndTheWriters()
{
    QFETCH(QString, who);
    QFETCH(QString, type);
    QFETCH(QString, visit);
    QFETCH(bool, accepted);
    const auto [user, device] = actor(who);
    Record r = recordOf(type, user, device);
    if (type == t(RecordType::CommbookEntry) && who == QLatin1String("family"))
        r.payload[QStringLiteral("audience")] = QStringLiteral("family");
    if (visit == QLatin1String("another person's visit"))
        r.visitId = m_bobVisitId;
    else if (visit == QLatin1String("a visit unknown to the server"))
        r.visitId = newUuid7();
    else if (visit == QLatin1String("the person's visit of a colleague"))
        r.visitId = m_colleagueVisitId;
    else if (r.visitId.isEmpty())
        r.visitId = m_visitId;
    const PutResult result = pushOne(user, device, r);
    if (accepted) {
        QVERIFY2(result.status == PutStatus::Accepted, qPrintable(result.error.toString()));
        return;
    }
    QVERIFY2(result.status == PutStatus::Rejected, "accepted");
    QCOMPARE(result.error.field, QStringLiteral("visitId"));
    QVERIFY(!m_store->record(m_t.org.id, r.id).value());
}

void WriteRulesTest::visitReassignedSinceStillLands()
{
    // Checked in offline; meanwhile the office gave the visit to a colleague, then cancelled it.
    // (Alice stays in the worker's write scope by their visit to her tomorrow.)
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    QVERIFY(m_store
                ->putRecords(PutContext {m_t.org.id, m_t.coordinator.id, {}, m_now},
                             {office.visit(m_alice, m_now.addDays(1), {m_t.worker.id})})
                .ok());
    Record reassigned = office.visit(m_alice, m_now.addSecs(1800), {m_t.worker2.id}, m_visitId);
    Record cancelled = office.visit(m_alice, m_now.addSecs(1800), {m_t.worker2.id}, m_visitId);
    cancelled.payload[QStringLiteral("cancelled")] = true;
    cancelled.payload[QStringLiteral("cancelReason")] = QStringLiteral("in hospital");
    ScopeService scope(*m_store);
    for (const Record &version : {reassigned, cancelled}) {
        auto put = scope.push(m_t.coordinator.id, m_t.coordinatorDevice.id, {version}, m_now);
        QVERIFY(put.ok());
        QVERIFY2(put.value().first().status == PutStatus::Accepted,
                 qPrintable(put.value().first().error.toString()));
    }
    QVERIFY(m_store->visitsById(m_t.org.id, {m_visitId}).value().first().workerIds.isEmpty());
    const Record checkIn = recordOf(t(RecordType::VisitCheckIn), m_t.worker, m_t.workerDevice);
    const PutResult mine = pushOne(m_t.worker, m_t.workerDevice, checkIn);
    QVERIFY2(mine.status == PutStatus::Accepted, qPrintable(mine.error.toString()));
    // A version must match person and assignment together: worker2 is on it, but it is alice's.
    Record bobs = recordOf(t(RecordType::VisitCheckIn), m_t.worker2, m_t.worker2Device);
    bobs.visitId = m_visitId;
    bobs.personId = m_bob;
    QCOMPARE(pushOne(m_t.worker2, m_t.worker2Device, bobs).error.field, QStringLiteral("visitId"));
}

void WriteRulesTest::officeRotaAndItsRecordsInOneBatch()
{
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    const Record visit = office.visit(m_bob, m_now.addSecs(600), {m_t.worker.id});
    Record checkIn = recordOf(t(RecordType::VisitCheckIn), m_t.coordinator, m_t.coordinatorDevice);
    checkIn.visitId = visit.visitId;
    checkIn.personId = m_bob;
    ScopeService scope(*m_store);
    auto put = scope.push(m_t.coordinator.id, m_t.coordinatorDevice.id, {visit, checkIn}, m_now);
    QVERIFY(put.ok());
    for (const PutResult &r : put.value())
        QVERIFY2(r.status == PutStatus::Accepted, qPrintable(r.error.toString()));
}

QTEST_GUILESS_MAIN(WriteRulesTest)
#include "tst_writerules.moc"
