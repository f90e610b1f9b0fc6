// Object-level authorisation matrix against the real server, both backends: every endpoint x
// every role x ids of another person / another organisation -> refused, never data; every
// visit-scoped record type x mismatched person/visit pairs -> refused (issue 20, visit hijack).
#include "integrationtest.h"
#include "officebrowser.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include <QTimeZone>

#include <QJsonArray>
#include <QJsonDocument>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestServerAuthz : public IntegrationTest
{
    Q_OBJECT
private slots:
    void everyEndpointNeedsAToken();
    void matrixRefusesOtherPeopleAndOrganisations();
    void familySeesOnlySharedEntriesWhileConsentIsActive();
    void visitHijackIsRefusedForEveryVisitScopedType();
};

void TestServerAuthz::everyEndpointNeedsAToken()
{
    const QList<QPair<QByteArray, QString>> endpoints {
        {"GET", QStringLiteral("/v1/sync/pull")},
        {"POST", QStringLiteral("/v1/sync/push")},
        {"POST", QStringLiteral("/v1/sync/purged")},
        {"GET", QStringLiteral("/v1/me")},
        {"POST", QStringLiteral("/v1/auth/logout")},
        {"GET", QStringLiteral("/v1/records/") + m_world.noteInScope},
        {"GET", QStringLiteral("/v1/office/visits")},
        {"GET", QStringLiteral("/v1/office/hours")},
        {"GET", QStringLiteral("/v1/office/spot-checks")},
        {"GET", QStringLiteral("/v1/office/records/") + m_world.noteInScope},
        {"GET", QStringLiteral("/v1/office/people")},
        {"GET", QStringLiteral("/v1/office/people/") + m_world.personOrgB},
        {"GET", QStringLiteral("/v1/office/people/") + m_world.personOrgB + QStringLiteral("/mar")},
        {"GET",
         QStringLiteral("/v1/office/people/") + m_world.personOrgB + QStringLiteral("/fhir")},
        {"POST",
         QStringLiteral("/v1/office/people/") + m_world.personOrgB + QStringLiteral("/commbook")},
        {"POST", QStringLiteral("/v1/office/people")},
        {"POST", QStringLiteral("/v1/office/people/") + m_world.personOrgB},
        {"GET", QStringLiteral("/v1/office/session")},
        {"POST", QStringLiteral("/v1/office/session/sign-out")}};
    for (const auto &[method, path] : endpoints) {
        // A forged or stale console cookie is no way in either.
        const ApiReply forged =
            m_client->send(method, path, "{}",
                           {{"Cookie", "__Host-careround_session=" + QByteArray(43, 'A')},
                            {"Origin", originFor(m_server->port())}});
        QVERIFY2(forged.status == 401,
                 qPrintable(path + QStringLiteral(" cookie: ") + forged.describe()));
        for (const QByteArray &auth :
             {QByteArray(), QByteArray("Bearer cra_forged"), QByteArray("Basic dXNlcjpwYXNz")}) {
            ApiClient::Headers headers;
            if (!auth.isEmpty())
                headers.append({"Authorization", auth});
            const ApiReply reply =
                m_client->send(method, path, "{\"records\":[],\"person_ids\":[]}", headers);
            QVERIFY2(reply.status == 401,
                     qPrintable(QStringLiteral("%1 %2 with '%3': %4")
                                    .arg(QString::fromLatin1(method), path,
                                         QString::fromLatin1(auth), reply.describe())));
            QVERIFY(!reply.body.contains("Ate well"));
        }
    }
    // An enrolment token is not an access token.
    const ApiReply offer =
        m_client->postJson(QStringLiteral("/v1/auth/login"),
                           {{QStringLiteral("login"), login(QStringLiteral("coordinator"))},
                            {QStringLiteral("password"), kPassword}});
    QCOMPARE(offer.status, 200);
    const QByteArray enrolmentToken =
        offer.json.value(QStringLiteral("enrolment_token")).toString().toLatin1();
    QCOMPARE(m_client->get(QStringLiteral("/v1/sync/pull"), enrolmentToken).status, 401);
}

void TestServerAuthz::matrixRefusesOtherPeopleAndOrganisations()
{
    const QStringList roles {QStringLiteral("worker"),      QStringLiteral("supervisor"),
                             QStringLiteral("coordinator"), QStringLiteral("therapist"),
                             QStringLiteral("family"),      QStringLiteral("outsider")};
    for (const QString &role : roles) {
        const EnrolledDevice device = enrol(role);
        QVERIFY2(!device.deviceId.isEmpty(), qPrintable(role));
        const bool wholeOrg = role == QLatin1String("coordinator");
        // Targets this role must never reach: another organisation always; another person of the
        // same organisation unless the role covers the whole organisation.
        QList<QPair<QString, QString>> targets {
            {QStringLiteral("other organisation"), m_world.personOrgB}};
        QStringList forbiddenRecords {m_world.noteOrgB};
        if (!wholeOrg) {
            targets.append({QStringLiteral("other person"), m_world.personOutOfScope});
            forbiddenRecords << m_world.noteOutOfScope;
        }
        RecordFactory factory(device.userId, device.deviceId);
        for (const auto &[label, personId] : targets) {
            const QString where = role + QStringLiteral(" -> ") + label;
            // push
            const Record intruder =
                visitNote(factory, personId, newUuid7(), QStringLiteral("intrusion"));
            const ApiReply pushed = pushRecords(device, {intruder});
            QVERIFY2(pushed.status == 200,
                     qPrintable(where + QStringLiteral(" push: ") + pushed.describe()));
            const QJsonObject result =
                pushed.json.value(QStringLiteral("results")).toArray().at(0).toObject();
            QVERIFY2(
                result.value(QStringLiteral("status")).toString() == QLatin1String("rejected"),
                qPrintable(where + QStringLiteral(" push was not refused: ") + pushed.describe()));
            // escrow into another organisation with this device
            const ApiReply escrow = m_client->postJson(
                QStringLiteral("/v1/escrow"),
                {{QStringLiteral("org_id"), m_world.orgB.id},
                 {QStringLiteral("device_id"), device.deviceId},
                 {QStringLiteral("entries"), QJsonArray {QStringLiteral("AAAA")}}});
            QVERIFY2(escrow.status == 403,
                     qPrintable(where + QStringLiteral(" escrow: ") + escrow.describe()));
        }
        // pull: never another organisation's or another person's records
        QString failure;
        const QSet<QString> pulled = pulledIds(device, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(role + QStringLiteral(" pull: ") + failure));
        for (const QString &id : forbiddenRecords) {
            QVERIFY2(!pulled.contains(id),
                     qPrintable(role + QStringLiteral(" pulled a forbidden record")));
            const ApiReply one =
                m_client->get(QStringLiteral("/v1/records/") + id, device.accessToken);
            QVERIFY2(one.status == 404 || one.status == 403,
                     qPrintable(role + QStringLiteral(" GET record: ") + one.describe()));
            QVERIFY2(!one.json.contains(QStringLiteral("record")), qPrintable(role));
        }
        // the caller's own scope never names another organisation's or another person's id
        const ApiReply me = m_client->get(QStringLiteral("/v1/me"), device.accessToken);
        QVERIFY2(me.status == 200, qPrintable(role + QStringLiteral(" me: ") + me.describe()));
        QVERIFY(!me.body.contains(m_world.personOrgB.toUtf8()));
        if (!wholeOrg)
            QVERIFY2(!me.body.contains(m_world.personOutOfScope.toUtf8()), qPrintable(role));
        // office reports: coordinators and supervisors only, never another organisation's people
        for (const QString &path :
             {QStringLiteral("/v1/office/visits"), QStringLiteral("/v1/office/hours"),
              QStringLiteral("/v1/office/spot-checks")}) {
            const ApiReply report = m_client->get(path, device.accessToken);
            const bool office = wholeOrg || role == QLatin1String("supervisor");
            QVERIFY2(report.status == (office ? 200 : 403),
                     qPrintable(role + QLatin1Char(' ') + path + QStringLiteral(": ")
                                + report.describe()));
            QVERIFY2(!report.body.contains(m_world.personOrgB.toUtf8()),
                     qPrintable(role + QLatin1Char(' ') + path));
            if (!wholeOrg)
                QVERIFY2(!report.body.contains(m_world.personOutOfScope.toUtf8()),
                         qPrintable(role + QLatin1Char(' ') + path));
        }
        // person files: coordinators, supervisors and therapists; another organisation's person
        // and one out of scope are 404, and the people list never names them
        const bool fileReader =
            wholeOrg || role == QLatin1String("supervisor") || role == QLatin1String("therapist");
        for (const QString &person : {m_world.personOrgB, m_world.personOutOfScope}) {
            if (wholeOrg && person == m_world.personOutOfScope)
                continue;
            for (const QString &part :
                 {QString(), QStringLiteral("/visits?from=2025-01-01&to=2025-01-31")}) {
                const ApiReply file = m_client->get(
                    QStringLiteral("/v1/office/people/") + person + part, device.accessToken);
                QVERIFY2(file.status == (fileReader ? 404 : 403),
                         qPrintable(role + QStringLiteral(" person file: ") + file.describe()));
            }
        }
        // the FHIR download holds every record of the person: coordinators only, and only their
        // own organisation's people (the file of one is a Bundle naming them as its Patient)
        const auto fhirOf = [&](const QString &person, const QString &query = {}) {
            return m_client->get(QStringLiteral("/v1/office/people/") + person
                                     + QStringLiteral("/fhir") + query,
                                 device.accessToken);
        };
        const ApiReply foreignFhir = fhirOf(m_world.personOrgB);
        QVERIFY2(foreignFhir.status == (wholeOrg ? 404 : 403),
                 qPrintable(role + QStringLiteral(" fhir: ") + foreignFhir.describe()));
        const ApiReply ownFhir = fhirOf(m_world.personInScope);
        QVERIFY2(ownFhir.status == (wholeOrg ? 200 : 403),
                 qPrintable(role + QStringLiteral(" own fhir: ") + ownFhir.describe()));
        if (wholeOrg) {
            const QJsonObject bundle = QJsonDocument::fromJson(ownFhir.body).object();
            QCOMPARE(bundle.value("resourceType").toString(), QStringLiteral("Bundle"));
            QVERIFY(ownFhir.body.contains(m_world.personInScope.toUtf8()));
            QVERIFY(!ownFhir.body.contains(m_world.personOrgB.toUtf8()));
            QCOMPARE(fhirOf(m_world.personInScope, QStringLiteral("?from=2026-02-30")).status, 400);
            QCOMPARE(fhirOf(m_world.personInScope, QStringLiteral("?from=2026-03-02&to=2026-03-01"))
                         .status,
                     400);
        }
        const ApiReply people =
            m_client->get(QStringLiteral("/v1/office/people"), device.accessToken);
        QVERIFY2(people.status == (fileReader ? 200 : 403),
                 qPrintable(role + QStringLiteral(" people: ") + people.describe()));
        QVERIFY(!people.body.contains(m_world.personOrgB.toUtf8()));
        if (!wholeOrg)
            QVERIFY(!people.body.contains(m_world.personOutOfScope.toUtf8()));
        // adding a person and changing one's details: coordinators only, every other role 403
        // before anything is checked or read (the coordinator's nameless person is a 400: past the
        // role check, nothing stored); another organisation's person is not found
        const ApiReply added = m_client->postJson(
            QStringLiteral("/v1/office/people"),
            {{QStringLiteral("preferredName"), QStringLiteral("No Name")}}, device.accessToken);
        QVERIFY2(added.status == (wholeOrg ? 400 : 403),
                 qPrintable(role + QStringLiteral(" add person: ") + added.describe()));
        const ApiReply changed =
            m_client->postJson(QStringLiteral("/v1/office/people/") + m_world.personOrgB,
                               {{QStringLiteral("version"), QStringLiteral("x")},
                                {QStringLiteral("reason"), QStringLiteral("x")},
                                {QStringLiteral("details"),
                                 QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}}}},
                               device.accessToken);
        QVERIFY2(changed.status == (wholeOrg ? 404 : 403),
                 qPrintable(role + QStringLiteral(" change person: ") + changed.describe()));
        // the same reports and records through the office console's browser session: one path, same
        // answers
        const bool officeAccount =
            wholeOrg || role == QLatin1String("supervisor") || role == QLatin1String("therapist");
        QString signInFailure;
        const auto browser = enrolAndSignIn(*m_client, m_server->port(), login(role), kPassword,
                                            QDateTime::currentDateTimeUtc(), &signInFailure);
        QVERIFY2(browser.has_value() == officeAccount,
                 qPrintable(role + QStringLiteral(" browser: ") + signInFailure));
        if (browser) {
            for (const QString &path :
                 {QStringLiteral("/v1/office/visits"), QStringLiteral("/v1/office/hours"),
                  QStringLiteral("/v1/office/spot-checks")}) {
                const ApiReply byCookie =
                    m_client->send("GET", path, {}, {{"Cookie", browser->cookie}});
                const ApiReply byDevice = m_client->get(path, device.accessToken);
                QVERIFY2(byCookie.status == byDevice.status,
                         qPrintable(role + QLatin1Char(' ') + path + byCookie.describe()));
                QVERIFY(!byCookie.body.contains(m_world.personOrgB.toUtf8()));
                if (!wholeOrg)
                    QVERIFY(!byCookie.body.contains(m_world.personOutOfScope.toUtf8()));
            }
            const ApiReply foreignFile =
                m_client->send("GET", QStringLiteral("/v1/office/people/") + m_world.personOrgB, {},
                               {{"Cookie", browser->cookie}});
            QVERIFY2(foreignFile.status == 404,
                     qPrintable(role + QStringLiteral(" browser person file: ")
                                + foreignFile.describe()));
            for (const QString &id : forbiddenRecords) {
                const ApiReply one =
                    m_client->send("GET", QStringLiteral("/v1/office/records/") + id, {},
                                   {{"Cookie", browser->cookie}});
                QVERIFY2(
                    one.status == 404,
                    qPrintable(role + QStringLiteral(" browser GET record: ") + one.describe()));
            }
        } else {
            QVERIFY2(signInFailure.contains(QLatin1String("not_an_office_account")),
                     qPrintable(role + signInFailure));
        }
        // purge confirmation for ids outside the scope changes nothing that leaks and is not an
        // error
        const ApiReply purged = m_client->postJson(
            QStringLiteral("/v1/sync/purged"),
            {{QStringLiteral("person_ids"), QJsonArray {m_world.personOrgB}}}, device.accessToken);
        QVERIFY2(purged.status == 200 || purged.status == 400,
                 qPrintable(role + QStringLiteral(" purged: ") + purged.describe()));
        QVERIFY(!purged.body.contains("secret"));
    }
}

void TestServerAuthz::familySeesOnlySharedEntriesWhileConsentIsActive()
{
    const EnrolledDevice family = enrol(QStringLiteral("family"));
    QString failure;
    const QSet<QString> pulled = pulledIds(family, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(!pulled.contains(m_world.noteInScope), "a care note is not family-shared");
    QVERIFY2(!pulled.contains(m_world.noteOutOfScope), "another person's note");
    QCOMPARE(m_client->get(QStringLiteral("/v1/records/") + m_world.noteInScope, family.accessToken)
                 .status,
             403);
    QVERIFY2(pulled.contains(m_world.familyEntryInScope),
             "the family-shared entry reaches the family");
}

void TestServerAuthz::visitHijackIsRefusedForEveryVisitScopedType()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const EnrolledDevice supervisor = enrol(QStringLiteral("supervisor"));
    const QString outsider = m_world.users.value(QStringLiteral("outsider")).id;
    // Another person's visit, rostered to someone else, under way; and a visit of the worker's
    // own person rostered to that colleague.
    RecordFactory office(coordinator.userId, coordinator.deviceId);
    const QString otherPerson = newPersonId();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1800);
    const Record otherVisit = office.visit(otherPerson, start, {outsider});
    const Record colleagueVisit = office.visit(m_world.personInScope, start, {outsider});
    const ApiReply rota =
        pushRecords(coordinator, {office.person(otherPerson), otherVisit, colleagueVisit});
    QVERIFY2(rota.json.value(QStringLiteral("accepted")).toInt() == 3, qPrintable(rota.describe()));

    QStringList visitScoped;
    for (const QString &type : allRecordTypes()) {
        if (recordTypeNeedsVisit(type) && type != QLatin1String(RecordType::Visit)
            && type != QLatin1String(RecordType::VisitSummary))
            visitScoped.append(type);
    }
    QCOMPARE(visitScoped.size(), 8); // seven visit events and the spot check
    const QList<std::pair<QString, const EnrolledDevice *>> writers {
        {QStringLiteral("worker"), &worker},
        {QStringLiteral("supervisor"), &supervisor},
        {QStringLiteral("coordinator"), &coordinator}};
    int refused = 0;
    for (const auto &[who, device] : writers) {
        for (const QString &type : visitScoped) {
            if (type == QLatin1String(RecordType::SpotCheck) && who != QLatin1String("supervisor"))
                continue; // only supervisors write spot checks
            for (const QString &visitId :
                 {otherVisit.visitId, newUuid7(), colleagueVisit.visitId}) {
                Record r = samples::record(type, m_world.personInScope, visitId);
                r.authorUserId = device->userId;
                r.deviceId = device->deviceId;
                r.careDay = QDate::currentDate();
                if (type == QLatin1String(RecordType::SpotCheck)) {
                    r.payload[QStringLiteral("supervisorUserId")] = supervisor.userId;
                    r.payload[QStringLiteral("workerUserId")] = worker.userId;
                }
                // The office may write for a colleague's visit of the same person; nobody may
                // name another person's visit or one the server does not know.
                const bool allowed =
                    who == QLatin1String("coordinator") && visitId == colleagueVisit.visitId;
                const QString where = QStringLiteral("%1 %2 visit %3").arg(who, type, visitId);
                const ApiReply pushed = pushRecords(*device, {r});
                QVERIFY2(pushed.status == 200,
                         qPrintable(where + QStringLiteral(": ") + pushed.describe()));
                const QJsonObject result =
                    pushed.json.value(QStringLiteral("results")).toArray().at(0).toObject();
                if (allowed) {
                    QVERIFY2(result.value(QStringLiteral("status")).toString()
                                 == QLatin1String("accepted"),
                             qPrintable(where + QStringLiteral(": ") + pushed.describe()));
                    continue;
                }
                QVERIFY2(result.value(QStringLiteral("status")).toString()
                                 == QLatin1String("rejected")
                             && result.value(QStringLiteral("field")).toString()
                                 == QLatin1String("visitId"),
                         qPrintable(where + QStringLiteral(": ") + pushed.describe()));
                ++refused;
            }
        }
    }
    QCOMPARE(refused, 7 * 3 + 8 * 3 + 7 * 2);

    // The hijack of issue 20: a check-in and check-out "at" the other person's visit.
    RecordFactory make(worker.userId, worker.deviceId);
    QList<Record> hijack;
    for (const char *type : {RecordType::VisitCheckIn, RecordType::VisitCheckOut}) {
        Record r =
            samples::record(QString::fromLatin1(type), m_world.personInScope, otherVisit.visitId);
        r.authorUserId = worker.userId;
        r.deviceId = worker.deviceId;
        r.careDay = QDate::currentDate();
        hijack.append(r);
    }
    QCOMPARE(pushRecords(worker, hijack).json.value(QStringLiteral("rejected")).toInt(), 2);
    const QString ukDay = start.toTimeZone(QTimeZone("Europe/London")).date().toString(Qt::ISODate);
    const ApiReply report =
        m_client->get(QStringLiteral("/v1/office/visits?date=") + ukDay, coordinator.accessToken);
    QVERIFY2(report.status == 200, qPrintable(report.describe()));
    bool found = false;
    for (const QJsonValue &v : report.json.value(QStringLiteral("visits")).toArray()) {
        const QJsonObject visit = v.toObject();
        if (visit.value(QStringLiteral("visit_id")).toString() != otherVisit.visitId)
            continue;
        found = true;
        QVERIFY2(visit.value(QStringLiteral("status")).toString() != QLatin1String("done"),
                 qPrintable(report.describe()));
        QVERIFY(visit.value(QStringLiteral("checked_in_workers")).toArray().isEmpty());
    }
    QVERIFY2(found, qPrintable(report.describe()));
    // The worker's own visit still takes its records.
    Record own = samples::record(QString::fromLatin1(RecordType::VisitCheckIn),
                                 m_world.personInScope, m_world.visitInScope);
    own.authorUserId = worker.userId;
    own.deviceId = worker.deviceId;
    own.careDay = QDate::currentDate();
    QCOMPARE(pushRecords(worker, {own}).json.value(QStringLiteral("accepted")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestServerAuthz)
#include "tst_server_authz.moc"
