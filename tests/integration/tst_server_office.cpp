// The office side of the real server, both backends: /v1/office/* per role, the
// CareRound-Pending-Records header turning a missed visit into "awaiting_sync", conflict and
// incident alerts raised on push and delivered by pull, and `careround-server report ...`
// giving the same report as the endpoint while the server runs.
#include "integrationtest.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "samplerecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

QString ukDayOf(const QDateTime &at)
{
    return at.toTimeZone(QTimeZone("Europe/London")).date().toString(Qt::ISODate);
}

QString ukDayOfVisit(const Record &visit)
{
    return ukDayOf(QDateTime::fromString(
        visit.payload.value(QStringLiteral("plannedStart")).toString(), Qt::ISODate));
}

QJsonObject visitIn(const ApiReply &report, const QString &visitId)
{
    for (const QJsonValue &v : report.json.value(QStringLiteral("visits")).toArray()) {
        if (v.toObject().value(QStringLiteral("visit_id")).toString() == visitId)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestServerOffice : public IntegrationTest
{
    Q_OBJECT
private slots:
    void officeReportsFollowTheRole();
    void badReportParametersAreRefused();
    void pendingRecordsHeaderMakesAMissedVisitAwaitSync();
    void pendingVisitsDecideWhichVisitAwaitsSync();
    void conflictsAndIncidentsRaiseAlertsThatPullsDeliver();
    void reportCommandGivesTheSameReport();
    void changedSinceGivesOnlyTheVisitsThatChanged();

private:
    ApiReply pushWith(const EnrolledDevice &device, const QList<Record> &records,
                      const QByteArray &pending = {});
    Record missedVisit(const EnrolledDevice &coordinator, const QString &workerId);
};

ApiReply TestServerOffice::pushWith(const EnrolledDevice &device, const QList<Record> &records,
                                    const QByteArray &pending)
{
    QJsonArray array;
    for (const Record &r : records)
        array.append(RecordCodec::toJson(r));
    ApiClient::Headers headers {{"Authorization", "Bearer " + device.accessToken}};
    if (!pending.isEmpty())
        headers.append({"CareRound-Pending-Records", pending});
    return m_client->send("POST", QStringLiteral("/v1/sync/push"),
                          QJsonDocument(QJsonObject {{QStringLiteral("records"), array}})
                              .toJson(QJsonDocument::Compact),
                          headers);
}

// A visit planned 3 hours ago that nobody started: missed, unless a device says otherwise.
Record TestServerOffice::missedVisit(const EnrolledDevice &coordinator, const QString &workerId)
{
    RecordFactory office(coordinator.userId, coordinator.deviceId);
    const Record visit = office.visit(
        m_world.personInScope, QDateTime::currentDateTimeUtc().addSecs(-3 * 3600), {workerId});
    const ApiReply pushed = pushRecords(coordinator, {visit});
    if (pushed.json.value(QStringLiteral("accepted")).toInt() != 1)
        QTest::qFail(qPrintable(pushed.describe()), __FILE__, __LINE__);
    return visit;
}

void TestServerOffice::officeReportsFollowTheRole()
{
    // The world's visit is at 12:00 UTC today.
    const QString day =
        ukDayOf(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC));
    QHash<QString, EnrolledDevice> devices;
    for (const QString &role :
         {QStringLiteral("worker"), QStringLiteral("therapist"), QStringLiteral("family"),
          QStringLiteral("outsider"), QStringLiteral("coordinator"), QStringLiteral("supervisor"),
          QStringLiteral("coordinatorB")})
        devices.insert(role, enrol(role));
    for (const QString &path :
         {QStringLiteral("/v1/office/visits?date=") + day, QStringLiteral("/v1/office/hours"),
          QStringLiteral("/v1/office/spot-checks")}) {
        for (const QString &role : {QStringLiteral("worker"), QStringLiteral("therapist"),
                                    QStringLiteral("family"), QStringLiteral("outsider")}) {
            const ApiReply refused = m_client->get(path, devices.value(role).accessToken);
            QVERIFY2(refused.status == 403 && refused.error() == QLatin1String("forbidden"),
                     qPrintable(role + QLatin1Char(' ') + path + QStringLiteral(": ")
                                + refused.describe()));
        }
        for (const QString &role : {QStringLiteral("coordinator"), QStringLiteral("supervisor"),
                                    QStringLiteral("coordinatorB")}) {
            const ApiReply report = m_client->get(path, devices.value(role).accessToken);
            QVERIFY2(report.status == 200,
                     qPrintable(role + QLatin1Char(' ') + path + QStringLiteral(": ")
                                + report.describe()));
            // Another organisation's coordinator never sees a thing of A.
            if (role == QLatin1String("coordinatorB"))
                QVERIFY2(!report.body.contains(m_world.personInScope.toUtf8()), qPrintable(path));
        }
    }
    // The world's visit (12:00 UTC today, the worker's) is in the coordinator's and the
    // supervisor's day.
    for (const QString &role : {QStringLiteral("coordinator"), QStringLiteral("supervisor")}) {
        const ApiReply report = m_client->get(QStringLiteral("/v1/office/visits?date=") + day,
                                              devices.value(role).accessToken);
        const QJsonObject visit = visitIn(report, m_world.visitInScope);
        QVERIFY2(!visit.isEmpty(), qPrintable(role + QStringLiteral(": ") + report.describe()));
        QCOMPARE(visit.value(QStringLiteral("person_id")).toString(), m_world.personInScope);
        QVERIFY(!visit.value(QStringLiteral("status")).toString().isEmpty());
    }
}

void TestServerOffice::badReportParametersAreRefused()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QList<QPair<QString, QString>> cases {
        {QStringLiteral("/v1/office/visits?date=yesterday"), QStringLiteral("date")},
        {QStringLiteral("/v1/office/visits?date=2026-02-30"), QStringLiteral("date")},
        {QStringLiteral("/v1/office/hours?week=2026-13-01"), QStringLiteral("week")},
        {QStringLiteral("/v1/office/hours?hourly_rate_pence=-5"),
         QStringLiteral("hourly_rate_pence")},
        {QStringLiteral("/v1/office/hours?night_rate_pence=lots"),
         QStringLiteral("night_rate_pence")},
        {QStringLiteral("/v1/office/spot-checks?as_of=1.1.2026"), QStringLiteral("as_of")}};
    for (const auto &[path, field] : cases) {
        const ApiReply reply = m_client->get(path, coordinator.accessToken);
        QVERIFY2(reply.status == 400, qPrintable(path + QStringLiteral(": ") + reply.describe()));
        QCOMPARE(reply.error(), QStringLiteral("invalid_request"));
        QCOMPARE(reply.json.value(QStringLiteral("field")).toString(), field);
    }
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/v1/office/visits"), "{}",
                        {{"Authorization", "Bearer " + coordinator.accessToken}})
                 .status,
             405);
}

void TestServerOffice::pendingRecordsHeaderMakesAMissedVisitAwaitSync()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const Record visit = missedVisit(coordinator, worker.userId);
    const QString path = QStringLiteral("/v1/office/visits?date=") + ukDayOfVisit(visit);
    QCOMPARE(visitIn(m_client->get(path, coordinator.accessToken), visit.visitId)
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("missed"));

    // A malformed count is refused, naming the header, and stores nothing.
    RecordFactory factory(worker.userId, worker.deviceId);
    const Record note = visitNote(factory, m_world.personInScope, m_world.visitInScope,
                                  QStringLiteral("Made tea."));
    for (const QByteArray &bad :
         {QByteArray("many"), QByteArray("-1"), QByteArray("1e3"), QByteArray("99999999")}) {
        const ApiReply refused = pushWith(worker, {note}, bad);
        QVERIFY2(refused.status == 400, qPrintable(refused.describe()));
        QCOMPARE(refused.error(), QStringLiteral("invalid_pending_records"));
        QCOMPARE(refused.json.value(QStringLiteral("field")).toString(),
                 QStringLiteral("CareRound-Pending-Records"));
    }
    QVERIFY(!pulledIds(coordinator).contains(note.id));

    // The worker's phone says it still holds 3 unsynced records: the office waits for it.
    QCOMPARE(pushWith(worker, {note}, "3").status, 200);
    const QJsonObject awaiting =
        visitIn(m_client->get(path, coordinator.accessToken), visit.visitId);
    QCOMPARE(awaiting.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_sync"));
    const QJsonObject device = awaiting.value(QStringLiteral("awaiting_sync")).toObject();
    QCOMPARE(device.value(QStringLiteral("device_id")).toString(), worker.deviceId);
    QCOMPARE(device.value(QStringLiteral("pending_records")).toInt(), 3);
    QVERIFY(qAbs(QDateTime::fromString(device.value(QStringLiteral("last_contact_at")).toString(),
                                       Qt::ISODateWithMs)
                     .secsTo(QDateTime::currentDateTimeUtc()))
            < 120);
    // Any authenticated request carries it: a pull reporting 0 ends the wait.
    ApiReply pulled = m_client->send(
        "GET", QStringLiteral("/v1/sync/pull?after=0&limit=10"), {},
        {{"Authorization", "Bearer " + worker.accessToken}, {"CareRound-Pending-Records", "0"}});
    QCOMPARE(pulled.status, 200);
    QCOMPARE(visitIn(m_client->get(path, coordinator.accessToken), visit.visitId)
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("missed"));
}

// CareRound-Pending-Since / -Pending-Visits: validated (400 naming the header, nothing stored),
// and a list that does not name the visit does not hold it (issue 16).
void TestServerOffice::pendingVisitsDecideWhichVisitAwaitsSync()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const Record visit = missedVisit(coordinator, worker.userId);
    const QString path = QStringLiteral("/v1/office/visits?date=") + ukDayOfVisit(visit);
    const auto statusNow = [&] {
        return visitIn(m_client->get(path, coordinator.accessToken), visit.visitId)
            .value(QStringLiteral("status"))
            .toString();
    };
    const auto pull = [&](const ApiClient::Headers &extra) {
        ApiClient::Headers headers {{"Authorization", "Bearer " + worker.accessToken}};
        headers += extra;
        return m_client->send("GET", QStringLiteral("/v1/sync/pull?after=0&limit=10"), {}, headers);
    };
    const QByteArray tooMany = [] {
        QByteArrayList ids;
        for (int i = 0; i < 21; ++i)
            ids.append("visit-" + QByteArray::number(i));
        return ids.join(',');
    }();
    const QList<QPair<ApiClient::Headers, QByteArray>> bad {
        {{{"CareRound-Pending-Records", "2"}, {"CareRound-Pending-Since", "yesterday"}},
         "CareRound-Pending-Since"},
        {{{"CareRound-Pending-Records", "2"}, {"CareRound-Pending-Since", "2026-11-22T08:00:00"}},
         "CareRound-Pending-Since"}, // no zone
        {{{"CareRound-Pending-Records", "0"}, {"CareRound-Pending-Since", "2026-11-22T08:00:00Z"}},
         "CareRound-Pending-Since"},
        {{{"CareRound-Pending-Records", "2"}, {"CareRound-Pending-Visits", "a b,c"}},
         "CareRound-Pending-Visits"},
        {{{"CareRound-Pending-Records", "2"}, {"CareRound-Pending-Visits", tooMany}},
         "CareRound-Pending-Visits"},
        {{{"CareRound-Pending-Visits", visit.visitId.toLatin1()}}, "CareRound-Pending-Visits"},
    };
    for (const auto &[headers, field] : bad) {
        const ApiReply refused = pull(headers);
        QVERIFY2(refused.status == 400, qPrintable(refused.describe()));
        QCOMPARE(refused.error(), QStringLiteral("invalid_pending_records"));
        QCOMPARE(refused.json.value(QStringLiteral("field")).toString(),
                 QString::fromLatin1(field));
    }
    QCOMPARE(statusNow(), QStringLiteral("missed")); // nothing was stored

    // Two unsent records, of another visit and of none: the missed visit is not held.
    QCOMPARE(pull({{"CareRound-Pending-Records", "2"},
                   {"CareRound-Pending-Visits", m_world.visitInScope.toLatin1()}})
                 .status,
             200);
    QCOMPARE(statusNow(), QStringLiteral("missed"));
    QCOMPARE(pull({{"CareRound-Pending-Records", "1"}, {"CareRound-Pending-Visits", "-"}}).status,
             200);
    QCOMPARE(statusNow(), QStringLiteral("missed"));
    // Without a list, an oldest unsent record made after the visit could be checked in to does
    // not hold it; one made before does.
    QCOMPARE(pull({{"CareRound-Pending-Records", "1"},
                   {"CareRound-Pending-Since",
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1()}})
                 .status,
             200);
    QCOMPARE(statusNow(), QStringLiteral("missed"));
    const QDateTime planned = QDateTime::fromString(
        visit.payload.value(QStringLiteral("plannedStart")).toString(), Qt::ISODate);
    QCOMPARE(pull({{"CareRound-Pending-Records", "1"},
                   {"CareRound-Pending-Since",
                    planned.addSecs(600).toUTC().toString(Qt::ISODateWithMs).toLatin1()}})
                 .status,
             200);
    QCOMPARE(statusNow(), QStringLiteral("awaiting_sync"));
    // A record of this visit holds it.
    QCOMPARE(pull({{"CareRound-Pending-Records", "3"},
                   {"CareRound-Pending-Visits",
                    m_world.visitInScope.toLatin1() + "," + visit.visitId.toLatin1()}})
                 .status,
             200);
    QCOMPARE(statusNow(), QStringLiteral("awaiting_sync"));
}

void TestServerOffice::conflictsAndIncidentsRaiseAlertsThatPullsDeliver()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const EnrolledDevice supervisor = enrol(QStringLiteral("supervisor"));
    const EnrolledDevice family = enrol(QStringLiteral("family"));
    RecordFactory office(coordinator.userId, coordinator.deviceId);
    const Record order = office.medicationOrder(m_world.personInScope);
    QCOMPARE(pushRecords(coordinator, {order}).json.value(QStringLiteral("accepted")).toInt(), 1);
    const auto dose = [&](const EnrolledDevice &by) {
        RecordFactory make(by.userId, by.deviceId);
        Record r = make.base(QString::fromLatin1(RecordType::MedicationAdministration),
                             m_world.personInScope, QDate::currentDate());
        // A record names only a visit its writer is on: the supervisor's dose names none.
        if (by.userId == worker.userId)
            r.visitId = m_world.visitInScope;
        r.payload = QJsonObject {{QStringLiteral("orderId"), order.id},
                                 {QStringLiteral("scheduledTime"), QStringLiteral("12:00")},
                                 {QStringLiteral("outcome"), QStringLiteral("given")},
                                 {QStringLiteral("dose"), QStringLiteral("one")},
                                 {QStringLiteral("administeredAt"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        return r;
    };
    const Record first = dose(worker), second = dose(supervisor);
    QCOMPARE(pushRecords(worker, {first}).json.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(pushRecords(supervisor, {second}).json.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(pushRecords(supervisor, {second}).json.value(QStringLiteral("duplicates")).toInt(),
             1); // a retry

    RecordFactory make(worker.userId, worker.deviceId);
    Record concern = make.base(QString::fromLatin1(RecordType::Incident), m_world.personInScope,
                               QDate::currentDate());
    concern.payload = samples::payload(concern.type);
    concern.payload[QStringLiteral("kind")] = QStringLiteral("safeguarding");
    QCOMPARE(pushRecords(worker, {concern}).json.value(QStringLiteral("accepted")).toInt(), 1);

    // The coordinator's pull holds exactly one conflict alert naming both doses, and one incident
    // alert.
    const ApiReply page =
        m_client->get(QStringLiteral("/v1/sync/pull?after=0&limit=5000"), coordinator.accessToken);
    QStringList conflicts, incidents;
    for (const QJsonValue &v : page.json.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("type")).toString() != QLatin1String("alert"))
            continue;
        const QJsonObject p = r.value(QStringLiteral("payload")).toObject();
        QCOMPARE(r.value(QStringLiteral("person_id")).toString(), m_world.personInScope);
        if (p.value(QStringLiteral("rule")).toString() == QLatin1String("conflict")) {
            conflicts.append(r.value(QStringLiteral("id")).toString());
            QCOMPARE(
                p.value(QStringLiteral("relatedRecordIds")).toArray(),
                QJsonArray::fromStringList({qMin(first.id, second.id), qMax(first.id, second.id)}));
        } else if (p.value(QStringLiteral("rule")).toString() == QLatin1String("incident")) {
            incidents.append(r.value(QStringLiteral("id")).toString());
            QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("urgent"));
        }
    }
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(incidents.size(), 1);
    for (const EnrolledDevice *who : {&worker, &supervisor})
        QVERIFY(pulledIds(*who).contains(conflicts.first()));
    const QSet<QString> familySees = pulledIds(family);
    QVERIFY(!familySees.contains(conflicts.first()));
    QVERIFY(!familySees.contains(incidents.first()));
}

void TestServerOffice::reportCommandGivesTheSameReport()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const Record visit = missedVisit(coordinator, worker.userId);
    const QString day = ukDayOfVisit(visit);
    const ApiReply endpoint =
        m_client->get(QStringLiteral("/v1/office/visits?date=") + day, coordinator.accessToken);
    QByteArray out, err;
    QCOMPARE(ServerProcess::runCli(m_args,
                                   {QStringLiteral("report"), QStringLiteral("visits"),
                                    QStringLiteral("--org"), m_world.orgA.id,
                                    QStringLiteral("--date"), day},
                                   &out, &err),
             0);
    const QJsonObject cli = QJsonDocument::fromJson(out).object();
    QCOMPARE(cli.value(QStringLiteral("report")).toString(), QStringLiteral("visits"));
    QCOMPARE(cli.value(QStringLiteral("date")).toString(), day);
    QCOMPARE(visitIn(ApiReply {200, cli, out, {}, {}}, visit.visitId)
                 .value(QStringLiteral("status"))
                 .toString(),
             visitIn(endpoint, visit.visitId).value(QStringLiteral("status")).toString());
    QCOMPARE(cli.value(QStringLiteral("visits")).toArray().size(),
             endpoint.json.value(QStringLiteral("visits")).toArray().size());
    for (const QStringList &args :
         {QStringList {QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--org"),
                       m_world.orgA.id, QStringLiteral("--hourly-rate-pence"),
                       QStringLiteral("2150")},
          QStringList {QStringLiteral("report"), QStringLiteral("spot-checks"),
                       QStringLiteral("--org"), m_world.orgA.id}}) {
        QCOMPARE(ServerProcess::runCli(m_args, args, &out, &err), 0);
        QVERIFY2(QJsonDocument::fromJson(out).object().contains(QStringLiteral("report")),
                 out.constData());
    }
    // Spot checks: every worker of A is due one; the note says a refusal is no observation.
    const QJsonObject checks = QJsonDocument::fromJson(out).object();
    QVERIFY(checks.value(QStringLiteral("note"))
                .toString()
                .contains(QLatin1String("not an observation")));
    QVERIFY(checks.value(QStringLiteral("workers_checked")).toInt() >= 2);
    // Bad input: exit 2 with the option named.
    QCOMPARE(ServerProcess::runCli(m_args,
                                   {QStringLiteral("report"), QStringLiteral("rota"),
                                    QStringLiteral("--org"), m_world.orgA.id}),
             2);
    QCOMPARE(ServerProcess::runCli(m_args, {QStringLiteral("report"), QStringLiteral("visits")},
                                   &out, &err),
             2);
    QVERIFY2(err.contains("--org"), err.constData());
    QCOMPARE(ServerProcess::runCli(m_args,
                                   {QStringLiteral("report"), QStringLiteral("visits"),
                                    QStringLiteral("--org"), m_world.orgA.id,
                                    QStringLiteral("--date"), QStringLiteral("soon")},
                                   &out, &err),
             2);
    QVERIFY2(err.contains("--date"), err.constData());
    QCOMPARE(ServerProcess::runCli(m_args,
                                   {QStringLiteral("report"), QStringLiteral("visits"),
                                    QStringLiteral("--org"), m_world.orgA.id,
                                    QStringLiteral("--user"), worker.userId},
                                   &out, &err),
             2);
    QVERIFY2(err.contains("--user"), err.constData());
}

// GET /v1/office/visits?changed_since=SEQ (docs/office.md "Incremental board updates"): after a
// phone's check-out only the changed person's visits come back, with a higher sequence; sequence
// 0 gives every visit of the day; a sequence that is not one the server gave is refused.
void TestServerOffice::changedSinceGivesOnlyTheVisitsThatChanged()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    RecordFactory office(coordinator.userId, coordinator.deviceId);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
    const Record visitA = office.visit(m_world.personInScope, start, {worker.userId});
    const Record visitB = office.visit(m_world.personOutOfScope, start,
                                       {m_world.users.value(QStringLiteral("outsider")).id});
    QCOMPARE(pushRecords(coordinator, {visitA, visitB}).status, 200);
    const QString path = QStringLiteral("/v1/office/visits?date=") + ukDayOfVisit(visitA);

    const ApiReply full = m_client->get(path, coordinator.accessToken);
    QVERIFY2(full.status == 200, qPrintable(full.describe()));
    const qint64 seq = full.json.value(QStringLiteral("seq")).toInteger();
    QVERIFY(seq > 0);
    QVERIFY(!visitIn(full, visitA.visitId).isEmpty());
    QVERIFY(!visitIn(full, visitB.visitId).isEmpty());
    const QString since = path + QStringLiteral("&changed_since=");
    const ApiReply unchanged = m_client->get(since + QString::number(seq), coordinator.accessToken);
    QVERIFY2(unchanged.status == 200, qPrintable(unchanged.describe()));
    QCOMPARE(unchanged.json.value(QStringLiteral("visits")).toArray().size(), 0);
    QCOMPARE(unchanged.json.value(QStringLiteral("seq")).toInteger(), seq);

    RecordFactory phone(worker.userId, worker.deviceId);
    const Record out = phone.checkOut(m_world.personInScope, visitA.visitId, start.date());
    QCOMPARE(pushRecords(worker, {out}).status, 200);

    const ApiReply changed = m_client->get(since + QString::number(seq), coordinator.accessToken);
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    QVERIFY(changed.json.value(QStringLiteral("seq")).toInteger() > seq);
    QCOMPARE(changed.json.value(QStringLiteral("changed_since")).toInteger(), seq);
    QVERIFY(!visitIn(changed, visitA.visitId).isEmpty());
    QVERIFY(visitIn(changed, visitB.visitId).isEmpty());
    for (const QJsonValue &v : changed.json.value(QStringLiteral("visits")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("person_id")).toString(), m_world.personInScope);
    QVERIFY(changed.json.value(QStringLiteral("people")).toArray().contains(m_world.personInScope));
    QVERIFY(changed.json.value(QStringLiteral("workers")).toArray().contains(worker.userId));
    QVERIFY(!changed.json.contains(QStringLiteral("counts")));
    // The changed row equals the same row of a full read.
    QCOMPARE(visitIn(changed, visitA.visitId),
             visitIn(m_client->get(path, coordinator.accessToken), visitA.visitId));

    const ApiReply all = m_client->get(since + QStringLiteral("0"), coordinator.accessToken);
    QVERIFY2(all.status == 200, qPrintable(all.describe()));
    QCOMPARE(all.json.value(QStringLiteral("visits")).toArray().size(),
             full.json.value(QStringLiteral("visits")).toArray().size());
    QVERIFY(!visitIn(all, visitB.visitId).isEmpty());

    for (const QString &bad : {QStringLiteral("x"), QStringLiteral("-1"), QStringLiteral("1.5"),
                               QStringLiteral(""), QString::number(seq + 1'000'000)}) {
        const ApiReply refused = m_client->get(since + bad, coordinator.accessToken);
        QVERIFY2(refused.status == 400, qPrintable(bad + QLatin1Char(' ') + refused.describe()));
        QCOMPARE(refused.json.value(QStringLiteral("field")).toString(),
                 QStringLiteral("changed_since"));
    }
    const ApiReply csv = m_client->get(since + QString::number(seq) + QStringLiteral("&format=csv"),
                                       coordinator.accessToken);
    QCOMPARE(csv.status, 400);
}

QTEST_GUILESS_MAIN(TestServerOffice)
#include "tst_server_office.moc"
