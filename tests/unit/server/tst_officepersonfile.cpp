// The office's person file on both backends, over a demo organisation: who may open which file
// (404-style "not found" outside scope and across organisations, audited reads), the file's
// sections folded by core's rules, the MAR equal to what the phone's code computes from the same
// records (core's buildMarChart over currentMedicationOrders), visits with their records, and a
// comm book entry written through the write rules on the office user's behalf.
#include "core/recordtypes.h"
#include "core/rules/duedoses.h"
#include "core/uuid7.h"
#include "server/admin/demogenerator.h"
#include "server/office/officepeople.h"
#include "server/office/personfile.h"
#include "server/office/uktime.h"
#include "server/storage/recordscan.h"
#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {
const QDate Start(2025, 6, 9); // a Monday in British Summer Time
QString t(const char *type)
{
    return QString::fromLatin1(type);
}
} // namespace

class OfficePersonFileTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();
    void cleanup() { m_store.close(); }

    void coordinatorsListEveryoneAndSearchByName();
    void careWorkersMayNotOpenFiles();
    void anotherOrganisationsPersonIsNotFound();
    void readsAreAudited();
    void fileFoldsEverySection();
    void marEqualsThePhonesRuleOverTheSameRecords();
    void marPeriodIsValidated();
    void visitsCarryTheirRecords();
    void commbookEntryGoesThroughTheWriteRules();

private:
    User user(Role role) const;
    QList<Record> recordsOf(const QString &personId);
    Result<void> put(const QList<Record> &records);

    TestStore m_store;
    QString m_orgId;
    QList<User> m_users;
    QString m_person; // a person with medicines and delivered visits
    QDateTime m_now;
};

void OfficePersonFileTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    m_now = ukStartOfDay(Start).addSecs(15 * 3600);
    DemoOptions options;
    options.people = 6;
    options.workers = 3;
    options.days = 2;
    options.startDay = Start;
    options.deliveredBefore = m_now;
    options.loginPrefix = QStringLiteral("pf-");
    auto demo = DemoGenerator(*m_store).generate(options);
    QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    m_orgId = demo.value().organisation.id;
    auto users = m_store->usersInOrg(m_orgId);
    QVERIFY(users.ok());
    m_users = users.value();
    // A person with a medicine and a delivered morning call; a dose given at it.
    auto people = m_store->personIds(m_orgId);
    QVERIFY(people.ok());
    for (const QString &id : people.value()) {
        const QList<Record> records = recordsOf(id);
        const auto orders = currentMedicationOrders(records);
        const Record *checkIn = nullptr;
        for (const Record &r : records)
            if (r.type == t(RecordType::VisitCheckIn))
                checkIn = &r;
        for (const MedicationOrder &o : orders) {
            if (o.prn || o.times.isEmpty() || !checkIn || !o.activeOn(Start))
                continue;
            m_person = id;
            Record dose = *checkIn;
            dose.id = newUuid7();
            dose.type = t(RecordType::MedicationAdministration);
            dose.schemaVersion = currentSchemaVersion(dose.type);
            dose.hlc.logical += 1;
            const QDateTime given = QDateTime(Start, o.times.first(), ukTimeZone()).toUTC();
            dose.payload = {{QStringLiteral("orderId"), o.orderId},
                            {QStringLiteral("scheduledTime"), o.times.first().toString("HH:mm")},
                            {QStringLiteral("outcome"), QStringLiteral("given")},
                            {QStringLiteral("dose"), o.dose},
                            {QStringLiteral("administeredAt"), given.toString(Qt::ISODate)}};
            const auto stored = put({dose});
            QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
            break;
        }
        if (!m_person.isEmpty())
            break;
    }
    QVERIFY2(!m_person.isEmpty(), "the demo has a person with a medicine and a delivered call");
}

User OfficePersonFileTest::user(Role role) const
{
    for (const User &u : m_users)
        if (u.role == role)
            return u;
    return {};
}

QList<Record> OfficePersonFileTest::recordsOf(const QString &personId)
{
    RecordQuery q;
    q.orgId = m_orgId;
    q.personIds = {personId};
    auto found = scanRecords(*m_store, q);
    return found ? server::recordsOf(found.value()) : QList<Record>();
}

Result<void> OfficePersonFileTest::put(const QList<Record> &records)
{
    auto done =
        m_store->putRecords(PutContext {m_orgId, user(Role::Coordinator).id, {}, m_now}, records);
    if (!done)
        return done.error();
    for (const PutResult &r : done.value())
        if (r.status != PutStatus::Accepted)
            return Error {r.error.field, r.error.message};
    return {};
}

void OfficePersonFileTest::coordinatorsListEveryoneAndSearchByName()
{
    OfficePeople people(*m_store);
    auto all = people.list(user(Role::Coordinator), {}, {}, m_now);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 6);
    const QString name = all.value().first().name;
    auto found = people.list(user(Role::Coordinator), {}, name.left(4).toUpper(), m_now);
    QVERIFY(found.ok());
    QVERIFY(!found.value().isEmpty());
    for (const PersonListEntry &p : found.value())
        QVERIFY(p.name.contains(name.left(4), Qt::CaseInsensitive)
                || p.preferredName.contains(name.left(4), Qt::CaseInsensitive));
    auto none = people.list(user(Role::Coordinator), {}, QStringLiteral("zzqx"), m_now);
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
    // A supervisor sees their workers' people: never more than the organisation.
    auto supervised = people.list(user(Role::Supervisor), {}, {}, m_now);
    QVERIFY(supervised.ok());
    QVERIFY(supervised.value().size() <= 6);
}

void OfficePersonFileTest::careWorkersMayNotOpenFiles()
{
    OfficePeople people(*m_store);
    for (Role role : {Role::CareWorker, Role::FamilyMember}) {
        const User u = user(role);
        if (u.id.isEmpty())
            continue;
        auto listed = people.list(u, {}, {}, m_now);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().field, QStringLiteral("role"));
        auto read = people.read(u, {}, m_person, QStringLiteral("t"), m_now);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().field, QStringLiteral("role"));
    }
}

void OfficePersonFileTest::anotherOrganisationsPersonIsNotFound()
{
    auto other = createTestOrg(*m_store, QStringLiteral("other-"));
    QVERIFY(other.ok());
    OfficePeople people(*m_store);
    // The other organisation's coordinator cannot open this person; nor can anyone open an id
    // that does not exist.
    auto read = people.read(other.value().coordinator, {}, m_person, QStringLiteral("t"), m_now);
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
    auto unknown = people.read(user(Role::Coordinator), {}, newUuid7(), QStringLiteral("t"), m_now);
    QVERIFY(unknown.ok());
    QVERIFY(!unknown.value().has_value());
}

void OfficePersonFileTest::readsAreAudited()
{
    const User coordinator = user(Role::Coordinator);
    auto read = OfficePeople(*m_store).read(coordinator, {}, m_person,
                                            QStringLiteral("office person file details"), m_now);
    QVERIFY(read.ok() && read.value().has_value());
    AuditQuery q;
    q.orgId = m_orgId;
    q.personId = m_person;
    auto audit = m_store->queryAudit(q);
    QVERIFY(audit.ok());
    bool seen = false;
    for (const AuditEntry &e : audit.value())
        seen = seen
            || (e.action == QLatin1String("record.read") && e.actorUserId == coordinator.id
                && e.detail == QLatin1String("office person file details")
                && e.recordIds.size() == read.value()->size());
    QVERIFY(seen);
}

void OfficePersonFileTest::fileFoldsEverySection()
{
    QList<Record> records = recordsOf(m_person);
    // Correct the comm book's first entry: the file shows the corrected text and the history.
    std::optional<Record> entry;
    for (const Record &r : records)
        if (r.type == t(RecordType::CommbookEntry))
            entry = r;
    if (entry) {
        Record amendment = *entry;
        amendment.id = newUuid7();
        amendment.type = t(RecordType::Amendment);
        amendment.schemaVersion = currentSchemaVersion(amendment.type);
        amendment.amends = entry->id;
        amendment.hlc.logical += 1;
        QJsonObject replacement = entry->payload;
        replacement.insert(QStringLiteral("text"), QStringLiteral("Corrected text."));
        amendment.payload = {{QStringLiteral("reason"), QStringLiteral("typing error")},
                             {QStringLiteral("amendedType"), entry->type},
                             {QStringLiteral("replacement"), replacement}};
        QVERIFY(put({amendment}).ok());
        records = recordsOf(m_person);
    }
    // Two scores of the plan's first goal at a delivered visit: the goal's chart series.
    const auto plan = personFileJson(m_person, records, {}, m_now).value("care_plan").toObject();
    const QString goalId = plan.value("goals").toArray().first().toObject().value("id").toString();
    const Record *checkIn = nullptr;
    for (const Record &r : records)
        if (r.type == t(RecordType::VisitCheckIn))
            checkIn = &r;
    QVERIFY(checkIn);
    QList<Record> scores;
    for (int score : {3, 5}) {
        Record progress = *checkIn;
        progress.id = newUuid7();
        progress.type = t(RecordType::GoalProgress);
        progress.schemaVersion = currentSchemaVersion(progress.type);
        progress.hlc.logical += 1 + score;
        progress.payload = {{QStringLiteral("goalId"), goalId}, {QStringLiteral("score"), score}};
        scores.append(progress);
    }
    QVERIFY(put(scores).ok());
    records = recordsOf(m_person);
    const QJsonObject file = personFileJson(m_person, records, {}, m_now);
    QCOMPARE(file.value("person_id").toString(), m_person);
    const QJsonObject goal = file.value("goals").toArray().first().toObject();
    QCOMPARE(goal.value("goal_id").toString(), goalId);
    QCOMPARE(goal.value("first_score").toInt(), 3);
    QCOMPARE(goal.value("latest_score").toInt(), 5);
    const QJsonArray series = goal.value("series").toArray();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(1).toObject().value("score").toInt(), 5);

    const QJsonObject details = file.value("details").toObject();
    QVERIFY(!details.value("name").toString().isEmpty());
    QVERIFY(details.contains("nhsNumber"));
    QVERIFY(file.value("care_plan").isObject());
    QVERIFY(!file.value("care_plan").toObject().value("goals").toArray().isEmpty());
    if (entry) {
        const QJsonArray book = file.value("commbook").toArray();
        bool corrected = false;
        for (const QJsonValue &e : book)
            corrected = corrected
                || (e.toObject().value("record_id").toString() == entry->id
                    && e.toObject().value("amended").toBool()
                    && e.toObject().value("payload").toObject().value("text").toString()
                        == QLatin1String("Corrected text."));
        QVERIFY(corrected);
        const QJsonObject a = file.value("amendments").toArray().first().toObject();
        QCOMPARE(a.value("amends").toString(), entry->id);
        QCOMPARE(a.value("reason").toString(), QStringLiteral("typing error"));
        QCOMPARE(a.value("original").toObject().value("payload").toObject().value("text"),
                 entry->payload.value("text"));
    }
}

void OfficePersonFileTest::marEqualsThePhonesRuleOverTheSameRecords()
{
    auto read = OfficePeople(*m_store).read(user(Role::Coordinator), {}, m_person,
                                            QStringLiteral("t"), m_now);
    QVERIFY(read.ok() && read.value().has_value());
    auto console = personMarChart(*read.value(), Start.addDays(-2), Start.addDays(1), m_now);
    QVERIFY(console.ok());
    // The phone (MarChartModel::apply): buildMarChart(currentMedicationOrders(records), records,
    // {from, to, now, zone}) over the person's records as the device holds them.
    const QList<Record> phoneRecords = recordsOf(m_person);
    MarRequest request;
    request.from = Start.addDays(-2);
    request.to = Start.addDays(1);
    request.now = m_now;
    request.zone = QTimeZone("Europe/London");
    auto phone = buildMarChart(currentMedicationOrders(phoneRecords), phoneRecords, request);
    QVERIFY(phone.ok());
    const QJsonObject consoleJson = marChartJson(console.value(), {});
    QCOMPARE(QJsonDocument(consoleJson).toJson(),
             QJsonDocument(marChartJson(phone.value(), {})).toJson());
    // Not vacuous: rows, four days, and the given dose in its cell.
    QVERIFY(!phone.value().rows.isEmpty());
    QCOMPARE(consoleJson.value("days").toArray().size(), 4);
    int recorded = 0;
    for (const QJsonValue &row : consoleJson.value("rows").toArray())
        for (const QJsonValue &cell : row.toObject().value("cells").toArray())
            recorded += cell.toObject().value("state").toString() == QLatin1String("recorded");
    QCOMPARE(recorded, 1);
}

void OfficePersonFileTest::marPeriodIsValidated()
{
    QVERIFY(personPeriod("2025-06-01", "2025-06-30", MaxMarChartDays).ok());
    QCOMPARE(personPeriod("2025-06-31", "2025-06-30", 93).error().field, QStringLiteral("from"));
    QCOMPARE(personPeriod("2025-06-01", "", 93).error().field, QStringLiteral("to"));
    QCOMPARE(personPeriod("2025-06-10", "2025-06-09", 93).error().field, QStringLiteral("to"));
    QVERIFY(personPeriod("2025-01-01", "2025-04-03", 93).ok()); // 93 days
    QCOMPARE(personPeriod("2025-01-01", "2025-04-04", 93).error().field, QStringLiteral("to"));
    QCOMPARE(personPeriod("1999-12-31", "2000-01-01", 93).error().field, QStringLiteral("from"));
}

void OfficePersonFileTest::visitsCarryTheirRecords()
{
    auto visits = personVisitsJson(recordsOf(m_person), Start, Start.addDays(1), {}, m_now);
    QVERIFY(visits.ok());
    const QJsonArray list = visits.value().value("visits").toArray();
    QVERIFY(!list.isEmpty());
    bool doneWithRecords = false;
    QString previous;
    for (const QJsonValue &v : list) {
        const QJsonObject visit = v.toObject();
        const QString start = visit.value("planned_start").toString();
        QVERIFY(previous.isEmpty() || start <= previous); // newest first
        previous = start;
        if (visit.value("status").toString() != QLatin1String("done"))
            continue;
        QStringList types;
        for (const QJsonValue &r : visit.value("records").toArray())
            types << r.toObject().value("type").toString();
        doneWithRecords = doneWithRecords
            || (types.contains(t(RecordType::VisitCheckIn))
                && types.contains(t(RecordType::VisitCheckOut))
                && visit.value("delivered_minutes").toInt() > 0);
    }
    QVERIFY(doneWithRecords);
    QVERIFY(!personVisitsJson(recordsOf(m_person), Start, Start.addDays(-1), {}, m_now).ok());
}

void OfficePersonFileTest::commbookEntryGoesThroughTheWriteRules()
{
    const User coordinator = user(Role::Coordinator);
    Record r;
    r.id = newUuid7();
    r.type = t(RecordType::CommbookEntry);
    r.schemaVersion = currentSchemaVersion(r.type);
    r.personId = m_person;
    r.careDay = Start;
    r.authorUserId = coordinator.id;
    r.deviceId = QStringLiteral("office-console");
    r.hlc = HlcTimestamp {m_now.toMSecsSinceEpoch(), 0, QStringLiteral("office-console")};
    r.deviceTime = m_now;
    r.payload = {{QStringLiteral("text"), QStringLiteral("GP visit booked for Friday.")},
                 {QStringLiteral("category"), QStringLiteral("appointment")},
                 {QStringLiteral("audience"), QStringLiteral("care_team")},
                 {QStringLiteral("authorName"), coordinator.displayName},
                 {QStringLiteral("authorRole"), QStringLiteral("coordinator")}};
    ScopeService scope(*m_store);
    auto stored = scope.pushFromConsole(coordinator.id, {r}, m_now);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().first().status, PutStatus::Accepted);
    // Another author's name is refused by the same rules as a phone's push.
    Record forged = r;
    forged.id = newUuid7();
    forged.payload.insert(QStringLiteral("authorName"), QStringLiteral("Someone Else"));
    auto refused = scope.pushFromConsole(coordinator.id, {forged}, m_now);
    QVERIFY(refused.ok());
    QCOMPARE(refused.value().first().status, PutStatus::Rejected);
    // The entry is in the file's comm book, by its author.
    const QJsonObject file = personFileJson(m_person, recordsOf(m_person), {}, m_now);
    int found = 0;
    for (const QJsonValue &e : file.value("commbook").toArray())
        if (e.toObject().value("record_id").toString() == r.id) {
            ++found;
            QCOMPARE(e.toObject().value("author").toString(), coordinator.displayName);
            QCOMPARE(e.toObject().value("payload").toObject().value("audience").toString(),
                     QStringLiteral("care_team"));
        }
    QCOMPARE(found, 1);
    // A phone of a worker who visits the person pulls it like any entry.
    QString workerId;
    for (const Record &v : recordsOf(m_person))
        if (v.type == t(RecordType::Visit))
            workerId = v.payload.value("workerIds").toArray().first().toString();
    auto worker = m_store->user(workerId);
    QVERIFY(worker.ok() && worker.value().has_value());
    auto device = createDevice(*m_store, *worker.value());
    QVERIFY(device.ok());
    auto page = scope.pull(workerId, device.value().id, 0, 5000, m_now);
    QVERIFY2(page.ok(), qPrintable(page.error().toString()));
    bool pulled = false;
    for (const StoredRecord &s : page.value().records)
        pulled = pulled || (s.record.id == r.id && s.record.authorUserId == coordinator.id);
    QVERIFY(pulled);
}

QTEST_GUILESS_MAIN(OfficePersonFileTest)
#include "tst_officepersonfile.moc"
