// Office reports on both backends (OfficeReports, through ServerStore): the visits of a day with
// the status of core's fold and "awaiting_sync", delivered hours of a payment week by core's
// billing rules, and workers due an observed spot check. Coordinators see the whole
// organisation, supervisors their workers only.
#include "core/recordtypes.h"
#include "core/rules/presenceverdict.h"
#include "samplerecords.h"
#include "server/office/kpireport.h"
#include "server/office/officejson.h"
#include "server/office/uktime.h"
#include "storetestsupport.h"
#include "testrecords.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

const QDate Day(2025, 6, 11); // a Wednesday in British Summer Time
QDateTime uk(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m), QTimeZone("Europe/London")).toUTC();
}
QString t(const char *type)
{
    return QString::fromLatin1(type);
}

const GeoPosition AliceHome {51.5007, -0.1246};

// A check-in/out payload with a fix `metres` due north of Alice's home, accurate to 10 m.
QJsonObject presence(double metres)
{
    const double degrees = metres / (6'371'008.8 * 3.14159265358979323846 / 180.0);
    return {{QStringLiteral("verification"), QStringLiteral("verified")},
            {QStringLiteral("distanceToHomeM"), metres},
            {QStringLiteral("location"),
             QJsonObject {{QStringLiteral("latitude"), AliceHome.latitude + degrees},
                          {QStringLiteral("longitude"), AliceHome.longitude},
                          {QStringLiteral("accuracyM"), 10}}}};
}

} // namespace

class OfficeReportsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup() { m_store.close(); }

    void visitsOfADayCarryTheirStatus();
    void boardRowsCarryLocationVerdictsAndLanes();
    void supervisorsSeeTheirWorkersOnly();
    void hoursFollowTheBillingRules();
    void workersDueASpotCheckAreListed();
    void otherRolesMayNotReadReports();
    void keyFiguresComeFromTheStoreInScope();

private:
    Result<void> makeWorld();
    Record visit(const QString &person, const QDateTime &start, const QString &worker, int minutes,
                 const QString &callType = {});
    Record event(const char *type, const User &author, const Record &visit, const QDateTime &at);
    Record spotCheck(const User &worker, const QDate &day, bool consent);
    Result<void> put(const QList<Record> &records);
    QHash<QString, QString> statusByVisit(const VisitsReport &report);

    TestStore m_store;
    TestOrg m_t;
    QString m_alice, m_bob, m_carol;
    QHash<QString, Record> m_visits; // by name
    QDateTime m_now;
};

void OfficeReportsTest::initTestCase_data()
{
    addBackendRows();
}

void OfficeReportsTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    m_now = uk(Day, 12, 0);
    m_visits.clear();
    const auto made = makeWorld();
    QVERIFY2(made.ok(), qPrintable(made.error().toString()));
}

Record OfficeReportsTest::visit(const QString &person, const QDateTime &start,
                                const QString &worker, int minutes, const QString &callType)
{
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    Record r = office.visit(person, start, {worker}, QString(), minutes);
    r.careDay = QDateTime(start).toTimeZone(QTimeZone("Europe/London")).date();
    if (!callType.isEmpty())
        r.payload[QStringLiteral("callType")] = callType;
    return r;
}

Record OfficeReportsTest::event(const char *type, const User &author, const Record &visit,
                                const QDateTime &at)
{
    RecordFactory make(author.id, m_t.workerDevice.id);
    Record r = make.base(t(type), visit.personId, visit.careDay);
    r.visitId = visit.visitId;
    r.deviceTime = at;
    r.hlc.wallMs = at.toMSecsSinceEpoch();
    r.payload = samples::payload(r.type);
    return r;
}

Record OfficeReportsTest::spotCheck(const User &worker, const QDate &day, bool consent)
{
    RecordFactory make(m_t.supervisor.id, m_t.supervisorDevice.id);
    Record r = make.base(t(RecordType::SpotCheck), m_alice, day);
    r.visitId = newPersonId();
    r.payload = samples::payload(r.type);
    r.payload[QStringLiteral("supervisorUserId")] =
        worker.id == m_t.supervisor.id ? m_t.coordinator.id : m_t.supervisor.id;
    r.payload[QStringLiteral("workerUserId")] = worker.id;
    if (!consent) {
        r.payload = QJsonObject {
            {QStringLiteral("supervisorUserId"), m_t.supervisor.id},
            {QStringLiteral("workerUserId"), worker.id},
            {QStringLiteral("consentGiven"), false},
            {QStringLiteral("refusalReason"), QStringLiteral("did not want a second person in")}};
    }
    return r;
}

Result<void> OfficeReportsTest::put(const QList<Record> &records)
{
    auto done =
        m_store->putRecords(PutContext {m_t.org.id, m_t.coordinator.id, {}, m_now}, records);
    if (!done)
        return done.error();
    for (const PutResult &r : done.value()) {
        if (r.status != PutStatus::Accepted)
            return Error {r.error.field, r.recordId + QStringLiteral(": ") + r.error.message};
    }
    return {};
}

Result<void> OfficeReportsTest::makeWorld()
{
    auto org = createTestOrg(*m_store, QStringLiteral("of"));
    if (!org)
        return org.error();
    m_t = org.value();
    m_alice = newPersonId();
    m_bob = newPersonId();
    m_carol = newPersonId();
    RecordFactory office(m_t.coordinator.id, {});
    Record alice = office.person(m_alice, QStringLiteral("Alice Brown"));
    alice.payload[QStringLiteral("homeLocation")] =
        QJsonObject {{QStringLiteral("latitude"), AliceHome.latitude},
                     {QStringLiteral("longitude"), AliceHome.longitude}};
    alice.payload[QStringLiteral("ruralClass")] = QStringLiteral("village_and_dispersed");
    Record bob = office.person(m_bob, QStringLiteral("Bob Jones"));
    bob.payload[QStringLiteral("ruralClass")] = QStringLiteral("urban");
    if (auto r = put({alice, bob, office.person(m_carol, QStringLiteral("Carol White"))}); !r)
        return r;
    const QString w = m_t.worker.id, w2 = m_t.worker2.id;
    m_visits = {
        {"done", visit(m_alice, uk(Day, 8, 0), w, 30)},
        {"inprogress", visit(m_alice, uk(Day, 10, 0), w, 45)},
        {"awaiting", visit(m_bob, uk(Day, 9, 0), w2, 60)},
        {"late", visit(m_bob, uk(Day, 11, 0), w2, 30)},
        {"missed", visit(m_carol, uk(Day, 7, 30), w, 30)},
        {"due", visit(m_carol, uk(Day, 11, 45), w, 30)},
        {"upcoming", visit(m_carol, uk(Day, 16, 0), w, 30)},
        {"cancelled", visit(m_alice, uk(Day, 13, 0), w, 30)},
        {"noaccess", visit(m_bob, uk(Day, 7, 0), w2, 30)},
        // the rest of the payment week (Mon 9 - Sun 15 June) and the Sunday before it
        {"monday", visit(m_alice, uk(Day.addDays(-2), 8, 0), w, 45)},
        {"night", visit(m_bob, uk(Day.addDays(-1), 22, 0), w2, 540, QStringLiteral("night"))},
        {"overrun", visit(m_bob, uk(Day.addDays(1), 12, 0), w2, 30)},
        {"emergency", visit(m_bob, uk(Day.addDays(2), 12, 0), w2, 30)},
        {"lastweek", visit(m_alice, uk(Day.addDays(-3), 8, 0), w, 30)},
    };
    m_visits["cancelled"].payload[QStringLiteral("cancelled")] = true;
    m_visits["cancelled"].payload[QStringLiteral("cancelReason")] = QStringLiteral("in hospital");
    if (auto r = put(m_visits.values()); !r)
        return r;
    const auto visitOf = [&](const char *name) {
        return m_visits.value(QLatin1String(name));
    };
    const auto delivered = [&](const char *name, const User &who, const QDateTime &in,
                               int minutes) {
        QList<Record> pair {
            event(RecordType::VisitCheckIn, who, visitOf(name), in),
            event(RecordType::VisitCheckOut, who, visitOf(name), in.addSecs(minutes * 60))};
        return pair;
    };
    QList<Record> events = delivered("done", m_t.worker, uk(Day, 8, 5), 30)
        + delivered("monday", m_t.worker, uk(Day.addDays(-2), 8, 0), 45)
        + delivered("night", m_t.worker2, uk(Day.addDays(-1), 22, 0), 540)
        + delivered("overrun", m_t.worker2, uk(Day.addDays(1), 12, 0), 50)
        + delivered("emergency", m_t.worker2, uk(Day.addDays(2), 12, 0), 100)
        + delivered("lastweek", m_t.worker, uk(Day.addDays(-3), 8, 0), 30);
    // "done": checked in 140 m from Alice's home, out 160 m from it (the radius is 150 m).
    events[0].payload = presence(140);
    events[1].payload = presence(160);
    events[9].payload[QStringLiteral("emergencyReason")] =
        QStringLiteral("found on the floor, waited for the ambulance");
    events.append(
        event(RecordType::VisitCheckIn, m_t.worker, visitOf("inprogress"), uk(Day, 10, 50)));
    events.last().payload =
        QJsonObject {{QStringLiteral("verification"), QStringLiteral("no_fix")}};
    events.append(
        event(RecordType::VisitNoAccess, m_t.worker2, visitOf("noaccess"), uk(Day, 7, 10)));
    if (auto r = put(events); !r)
        return r;
    // worker2's phone holds records since 09:30 (in time for the 09:00 call, not the 11:00 one);
    // worker's phone has nothing pending.
    if (auto r = m_store->reportDeviceBacklog(m_t.worker2Device.id, 4, uk(Day, 9, 30)); !r)
        return r;
    if (auto r = m_store->reportDeviceBacklog(m_t.workerDevice.id, 0, uk(Day, 11, 0)); !r)
        return r;
    // Spot checks: worker observed in time; worker2 observed long ago, then the person declined
    // one; the supervisor's only observation was withdrawn.
    const Record withdrawn = spotCheck(m_t.supervisor, QDate(2025, 5, 5), true);
    Record withdrawal = samples::record(t(RecordType::Amendment), m_alice);
    withdrawal.amends = withdrawn.id;
    withdrawal.careDay = QDate(2025, 5, 6);
    withdrawal.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("wrong worker")},
                                      {QStringLiteral("amendedType"), t(RecordType::SpotCheck)},
                                      {QStringLiteral("withdrawn"), true}};
    return put({spotCheck(m_t.worker, QDate(2024, 9, 1), true),
                spotCheck(m_t.worker2, QDate(2024, 1, 10), true),
                spotCheck(m_t.worker2, QDate(2025, 5, 1), false), withdrawn, withdrawal});
}

QHash<QString, QString> OfficeReportsTest::statusByVisit(const VisitsReport &report)
{
    QHash<QString, QString> byId;
    for (const VisitRow &row : report.rows)
        byId.insert(row.visit.plan.visitId, row.status);
    QHash<QString, QString> byName;
    for (auto it = m_visits.cbegin(); it != m_visits.cend(); ++it) {
        if (byId.contains(it.value().visitId))
            byName.insert(it.key(), byId.value(it.value().visitId));
    }
    return byName;
}

void OfficeReportsTest::visitsOfADayCarryTheirStatus()
{
    OfficeReports reports(*m_store);
    auto report =
        reports.visits(organisationViewer(m_t.org.id, QStringLiteral("tester")), Day, m_now);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const QHash<QString, QString> expected {
        {"done", "done"},         {"inprogress", "in_progress"}, {"awaiting", "awaiting_sync"},
        {"late", "late"},         {"missed", "missed"},          {"due", "due"},
        {"upcoming", "upcoming"}, {"cancelled", "cancelled"},    {"noaccess", "no_access"}};
    QCOMPARE(statusByVisit(report.value()), expected); // nothing from the other days
    QCOMPARE(report.value().rows.size(), 9);

    const QJsonObject json = visitsReportJson(report.value());
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2025-06-11"));
    QJsonObject done, awaiting;
    for (const QJsonValue &v : json.value(QStringLiteral("visits")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("visit_id")).toString();
        if (id == m_visits.value("done").visitId)
            done = v.toObject();
        if (id == m_visits.value("awaiting").visitId)
            awaiting = v.toObject();
    }
    QCOMPARE(done.value(QStringLiteral("person_name")).toString(), QStringLiteral("Alice Brown"));
    QCOMPARE(done.value(QStringLiteral("planned_start")).toString(),
             QStringLiteral("2025-06-11T07:00:00.000Z"));
    QCOMPARE(done.value(QStringLiteral("actual_start")).toString(),
             QStringLiteral("2025-06-11T07:05:00.000Z"));
    QCOMPARE(done.value(QStringLiteral("delivered_minutes")).toInt(), 30);
    QCOMPARE(done.value(QStringLiteral("workers"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Amira Khan"));
    const QJsonObject device = awaiting.value(QStringLiteral("awaiting_sync")).toObject();
    QCOMPARE(device.value(QStringLiteral("device_id")).toString(), m_t.worker2Device.id);
    QCOMPARE(device.value(QStringLiteral("pending_records")).toInt(), 4);
    QCOMPARE(device.value(QStringLiteral("last_contact_at")).toString(),
             QStringLiteral("2025-06-11T08:30:00.000Z"));
    QVERIFY(done.value(QStringLiteral("awaiting_sync")).isNull());
    QCOMPARE(json.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("awaiting_sync"))
                 .toInt(),
             1);

    // Once the phone has synced (0 pending) the visit is missed again.
    QVERIFY(m_store->reportDeviceBacklog(m_t.worker2Device.id, 0, uk(Day, 11, 50)).ok());
    auto after =
        reports.visits(organisationViewer(m_t.org.id, QStringLiteral("tester")), Day, m_now);
    QCOMPARE(statusByVisit(after.value()).value("awaiting"), QStringLiteral("missed"));

    // Every person shown is audited as read.
    AuditQuery q {m_t.org.id};
    q.action = QStringLiteral("report.read");
    QSet<QString> audited;
    const auto entries = m_store->queryAudit(q);
    for (const AuditEntry &e : entries.value())
        audited.insert(e.personId);
    QCOMPARE(audited, (QSet<QString> {m_alice, m_bob, m_carol}));
}

// The board's row fields beyond the status: the office's location verdict of check-in and
// check-out against the person's home, and each worker's lane with where they are in it.
void OfficeReportsTest::boardRowsCarryLocationVerdictsAndLanes()
{
    OfficeReports reports(*m_store);
    auto report =
        reports.visits(organisationViewer(m_t.org.id, QStringLiteral("tester")), Day, m_now);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const QJsonObject json = visitsReportJson(report.value());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : json.value(QStringLiteral("visits")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("visit_id")).toString(), v.toObject());
    const auto row = [&](const char *name) {
        return byId.value(m_visits.value(name).visitId);
    };
    const auto field = [](const QJsonObject &visit, const char *key, const char *member) {
        return visit.value(QLatin1String(key)).toObject().value(QLatin1String(member));
    };

    QCOMPARE(field(row("done"), "check_in_location", "verdict").toString(),
             QStringLiteral("verified"));
    QCOMPARE(field(row("done"), "check_in_location", "distance_m").toInt(), 140);
    QCOMPARE(field(row("done"), "check_out_location", "verdict").toString(),
             QStringLiteral("outside_radius"));
    QCOMPARE(field(row("done"), "check_out_location", "reason").toString(),
             QStringLiteral("too_far"));
    QCOMPARE(field(row("done"), "check_out_location", "distance_m").toInt(), 160);
    QCOMPARE(field(row("inprogress"), "check_in_location", "verdict").toString(),
             QStringLiteral("no_fix"));
    QVERIFY(row("inprogress").value(QStringLiteral("check_out_location")).isNull());
    QVERIFY(row("due").value(QStringLiteral("check_in_location")).isNull());

    // Lanes: each worker's visits in planned order and where the worker is in the run.
    QHash<QString, QStringList> places;
    QHash<QString, QString> visitName;
    for (auto it = m_visits.cbegin(); it != m_visits.cend(); ++it)
        visitName.insert(it.value().visitId, it.key());
    for (const QJsonValue &lane : json.value(QStringLiteral("lanes")).toArray()) {
        QStringList stops;
        for (const QJsonValue &stop : lane.toObject().value(QStringLiteral("stops")).toArray())
            stops << visitName.value(stop.toObject().value(QStringLiteral("visit_id")).toString())
                    + QLatin1Char(':') + stop.toObject().value(QStringLiteral("place")).toString();
        places.insert(lane.toObject().value(QStringLiteral("worker_id")).toString(), stops);
    }
    QCOMPARE(places.value(m_t.worker.id),
             (QStringList {"missed:late", "done:done", "inprogress:in_progress", "due:next",
                           "cancelled:done", "upcoming:later"}));
    QCOMPARE(places.value(m_t.worker2.id),
             (QStringList {"noaccess:done", "awaiting:late", "late:late"}));
    QCOMPARE(places.size(), 2);
}

void OfficeReportsTest::supervisorsSeeTheirWorkersOnly()
{
    auto viewer = officeViewerFor(*m_store, m_t.supervisor, m_t.supervisorDevice.id);
    QVERIFY(viewer.ok());
    OfficeReports reports(*m_store);
    const QHash<QString, QString> seen =
        statusByVisit(reports.visits(viewer.value(), Day, m_now).value());
    QCOMPARE(QSet<QString>(seen.keyBegin(), seen.keyEnd()),
             (QSet<QString> {"done", "inprogress", "missed", "due", "upcoming",
                             "cancelled"})); // worker's, not worker2's
    const HoursReport hours =
        reports.hours(viewer.value(), Day, billing::Rates {2000, 9000}, m_now).value();
    QCOMPARE(hours.people.size(), 1);
    QCOMPARE(hours.people.first().id, m_alice);
    QCOMPARE(hours.workers.size(), 1);
    QCOMPARE(hours.workers.first().id, m_t.worker.id);
    const SpotCheckReport checks = reports.spotChecks(viewer.value(), Day, m_now).value();
    QCOMPARE(checks.workersChecked, 1);
    QVERIFY(checks.overdue.isEmpty());
    AuditQuery q {m_t.org.id};
    q.actorUserId = m_t.supervisor.id;
    q.personId = m_bob;
    QVERIFY(m_store->queryAudit(q).value().isEmpty()); // bob was never shown to the supervisor
}

void OfficeReportsTest::hoursFollowTheBillingRules()
{
    OfficeReports reports(*m_store);
    auto report = reports.hours(organisationViewer(m_t.org.id, QStringLiteral("tester")), Day,
                                billing::Rates {2000, 9000}, m_now);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report.value().week.monday, QDate(2025, 6, 9));
    QCOMPARE(report.value().week.sunday, QDate(2025, 6, 15));
    QHash<QString, HoursLine> people, workers;
    for (const HoursLine &l : report.value().people)
        people.insert(l.id, l);
    for (const HoursLine &l : report.value().workers)
        workers.insert(l.id, l);
    QCOMPARE(people.size(), 2); // carol had no delivered call
    // Alice: 30 min (0.6 h = 180 units) + 45 min (0.8 h = 240); not last Sunday's; village +10%.
    const HoursLine alice = people.value(m_alice);
    QCOMPARE(alice.calls, 2);
    QCOMPARE(alice.deliveredMinutes, 75);
    QCOMPARE(alice.bill.dayUnits, 420);
    QCOMPARE(alice.bill.dayPence, 2800);
    QCOMPARE(alice.bill.upliftPence, 280);
    QCOMPARE(alice.bill.totalPence, 3080);
    QCOMPARE(alice.ruralClass, QStringLiteral("village_and_dispersed"));
    // Bob: a 9-hour night; 50 min on a 30-min plan without a reason (pays 30, 20 unpaid);
    // 100 min with an emergency reason (pays 30 + 60, 10 unpaid). Urban: no uplift.
    const HoursLine bob = people.value(m_bob);
    QCOMPARE(bob.calls, 3);
    QCOMPARE(bob.bill.nightMinutes, 540);
    QCOMPARE(bob.bill.nightPence, 9000);
    QCOMPARE(bob.bill.dayUnits, 180 + 450);
    QCOMPARE(bob.bill.dayPence, 4200);
    QCOMPARE(bob.bill.upliftPence, 0);
    QCOMPARE(bob.bill.totalPence, 13200);
    QCOMPARE(bob.unpaidMinutesBeyondPlan, 30);
    QCOMPARE(bob.bill.callsOutsideDayHours, 0); // the night is billed as a night session
    // Workers: the same calls, without the person's uplift.
    QCOMPARE(workers.value(m_t.worker.id).bill.totalPence, 2800);
    QCOMPARE(workers.value(m_t.worker2.id).bill.totalPence, 13200);
    const QJsonObject json = hoursReportJson(report.value());
    const QJsonObject first = json.value(QStringLiteral("people")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Brown"));
    QCOMPARE(first.value(QStringLiteral("day_hours")).toDouble(), 1.4);
    QCOMPARE(first.value(QStringLiteral("uplift_percent")).toInt(), 10);
}

void OfficeReportsTest::workersDueASpotCheckAreListed()
{
    OfficeReports reports(*m_store);
    auto report =
        reports.spotChecks(organisationViewer(m_t.org.id, QStringLiteral("tester")), Day, m_now);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report.value().since, QDate(2024, 6, 11));
    QCOMPARE(report.value().workersChecked, 3); // worker, worker2, supervisor
    QHash<QString, SpotCheckLine> overdue;
    for (const SpotCheckLine &l : report.value().overdue)
        overdue.insert(l.worker.id, l);
    QCOMPARE(overdue.size(), 2);
    QVERIFY(!overdue.contains(m_t.worker.id));
    QCOMPARE(overdue.value(m_t.worker2.id).lastObservation,
             QDate(2024, 1, 10)); // the refusal does not count
    QCOMPARE(overdue.value(m_t.worker2.id).lastRefusal, QDate(2025, 5, 1));
    QVERIFY(!overdue.value(m_t.supervisor.id).lastObservation.isValid()); // withdrawn
    const QJsonObject json = spotCheckReportJson(report.value());
    QVERIFY(json.value(QStringLiteral("note"))
                .toString()
                .contains(QLatin1String("not an observation")));
    QCOMPARE(json.value(QStringLiteral("overdue")).toArray().size(), 2);
}

void OfficeReportsTest::otherRolesMayNotReadReports()
{
    for (const User &user : {m_t.worker, m_t.therapist, m_t.family}) {
        auto viewer = officeViewerFor(*m_store, user, {});
        QVERIFY(!viewer.ok());
        QCOMPARE(viewer.error().field, QStringLiteral("role"));
    }
    QVERIFY(officeViewerFor(*m_store, m_t.coordinator, {}).value().wholeOrganisation);
}

void OfficeReportsTest::keyFiguresComeFromTheStoreInScope()
{
    // Alice's Paracetamol (08:00 and 18:00, since 2025): two slots recorded, one withdrawn. Bob
    // had a fall and a complaint; a second fall was withdrawn.
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    const Record order = office.medicationOrder(m_alice);
    RecordFactory worker(m_t.worker.id, m_t.workerDevice.id);
    const auto dose = [&](const QDate &day, const char *slot, const char *outcome) {
        Record r = worker.base(t(RecordType::MedicationAdministration), m_alice, day);
        r.payload = QJsonObject {{QStringLiteral("orderId"), order.id},
                                 {QStringLiteral("scheduledTime"), QString::fromLatin1(slot)},
                                 {QStringLiteral("outcome"), QString::fromLatin1(outcome)},
                                 {QStringLiteral("reason"), QStringLiteral("asleep")}};
        return r;
    };
    const auto incident = [&](const QString &kind, const QDateTime &at) {
        Record r = worker.base(t(RecordType::Incident), m_bob, ukDay(at));
        r.payload = samples::payload(r.type);
        r.payload[QStringLiteral("kind")] = kind;
        r.payload[QStringLiteral("occurredAt")] = at.toString(Qt::ISODate);
        return r;
    };
    const Record withdrawnDose = dose(Day.addDays(-1), "08:00", "refused");
    const Record withdrawnFall = incident(QStringLiteral("fall"), uk(Day, 9, 0));
    QList<Record> records {order,
                           dose(Day.addDays(-2), "08:00", "refused"),
                           dose(Day, "08:00", "refused"),
                           withdrawnDose,
                           incident(QStringLiteral("fall"), uk(Day, 10, 0)),
                           incident(QStringLiteral("complaint"), uk(Day.addDays(-1), 15, 0)),
                           incident(QStringLiteral("fall"), uk(Day.addDays(-10), 15, 0)),
                           withdrawnFall};
    for (const Record &original : {withdrawnDose, withdrawnFall}) {
        Record withdrawal = worker.base(t(RecordType::Amendment), original.personId, Day);
        withdrawal.amends = original.id;
        withdrawal.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("wrong")},
                                          {QStringLiteral("amendedType"), original.type},
                                          {QStringLiteral("withdrawn"), true}};
        records.append(withdrawal);
    }
    QVERIFY2(put(records).ok(), "records");

    const KpiPeriod period = kpiPeriod(Day.addDays(-3), Day.addDays(2)).value();
    const auto coordinator = officeViewerFor(*m_store, m_t.coordinator, {});
    const KpiReport all = buildKpiReport(*m_store, coordinator.value(), period, m_now).value();
    QCOMPARE(all.days.size(), 6);
    const DayTimeliness &today = all.days.at(3);
    QCOMPARE(today.day, Day);
    // done on time; in progress since 10:50 (late); awaiting and missed not started (missed);
    // late, due and upcoming not decided yet; cancelled; no access.
    QCOMPARE((QList<int> {today.onTime, today.late, today.missed, today.undecided, today.cancelled,
                          today.noAccess}),
             (QList<int> {1, 1, 2, 3, 1, 1}));
    // Slots whose window (± 30 min, time-critical) ended by Wednesday 12:00: Sun to Tue twice,
    // Wednesday 08:00. Recorded: Monday 08:00 and Wednesday 08:00 (Tuesday's was withdrawn).
    QCOMPARE(all.doses.size(), 1);
    QCOMPARE(all.doses.first().personId, m_alice);
    QCOMPARE(all.doses.first().due, 7);
    QCOMPARE(all.doses.first().recorded, 2);
    QCOMPARE(all.incidents,
             (QMap<QString, int> {{QStringLiteral("complaint"), 1}, {QStringLiteral("fall"), 1}}));
    QCOMPARE(all.continuityFrom, period.to.addDays(-27));
    QCOMPARE(all.continuity.size(), 3);
    QCOMPARE(all.workers.size(), 2);

    // The supervisor sees their worker's visits and those people only: Alice and Carol.
    const auto supervisor = officeViewerFor(*m_store, m_t.supervisor, m_t.supervisorDevice.id);
    const KpiReport theirs = buildKpiReport(*m_store, supervisor.value(), period, m_now).value();
    QCOMPARE(theirs.workers.size(), 1);
    QCOMPARE(theirs.workers.first().id, m_t.worker.id);
    QStringList people;
    for (const ContinuityLine &line : theirs.continuity)
        people.append(line.personId);
    people.sort();
    QStringList expected {m_alice, m_carol};
    expected.sort();
    QCOMPARE(people, expected);
    QVERIFY(theirs.incidents.isEmpty()); // Bob's incidents are not theirs to see
    AuditQuery q {m_t.org.id};
    q.actorUserId = m_t.supervisor.id;
    q.personId = m_alice;
    const auto audited = m_store->queryAudit(q).value();
    QCOMPARE(audited.size(), 1);
    QVERIFY(audited.first().detail.startsWith(QLatin1String("office kpis ")));
    q.personId = m_bob;
    QVERIFY(m_store->queryAudit(q).value().isEmpty());
}

QTEST_GUILESS_MAIN(OfficeReportsTest)
#include "tst_officereports.moc"
