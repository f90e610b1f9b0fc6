// The alert scheduler on both backends, with a clock the test moves (never a real wait): a visit
// nobody checked in to gives late then missed, once each; a phone known to hold the visit's
// records holds both back until the awaiting-sync bound; a time-critical dose with no record
// gives its alert when its window closes; a reportable not-given dose, a check-in with no
// location fix and an overdue supervision give theirs; two schedulers (two server processes on
// one PostgreSQL database) never store an alert twice.
#include "core/recordtypes.h"
#include "server/alerts/alertscheduler.h"
#include "storetestsupport.h"
#include "testrecords.h"

#include <QJsonArray>
#include <QtTest>
#include <thread>

using namespace careround;
using namespace careround::server;
using namespace careround::server::alerts;
using namespace careround::server::test;

namespace {

QDateTime utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

class AlertSchedulerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();
    void cleanup() { m_store.close(); }

    void visitNobodyCheckedInToIsLateThenMissed();
    void phoneHoldingTheVisitsRecordsHoldsItBack();
    void timeCriticalDoseWithNoRecord();
    void recordsThatCallForAnAlert();
    void supervisionDue();
    void twoSchedulersStoreEachAlertOnce();

private:
    QStringList rules();
    QList<Record> alerts();
    void put(const User &author, const Device &device, const QList<Record> &records);
    Record visitAt(const QDateTime &start);

    TestStore m_store;
    TestOrg m_t;
    QString m_alice;
    QDateTime m_now;
    std::unique_ptr<AlertScheduler> m_scheduler;
};

void AlertSchedulerTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    auto t = createTestOrg(*m_store, QStringLiteral("as"));
    QVERIFY2(t.ok(), qPrintable(t.error().toString()));
    m_t = t.value();
    m_alice = newPersonId();
    m_now = utc(QStringLiteral("2025-06-02 06:00"));
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    put(m_t.coordinator, m_t.coordinatorDevice, {office.person(m_alice)});
    m_scheduler = std::make_unique<AlertScheduler>(*m_store, [this] { return m_now; });
}

void AlertSchedulerTest::put(const User &author, const Device &device, const QList<Record> &records)
{
    auto stored =
        m_store->putRecords(PutContext {m_t.org.id, author.id, device.id, m_now}, records);
    QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
    for (const PutResult &r : stored.value())
        QVERIFY2(r.status != PutStatus::Rejected, qPrintable(r.error.toString()));
}

Record AlertSchedulerTest::visitAt(const QDateTime &start)
{
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    const Record visit = office.visit(m_alice, start, {m_t.worker.id});
    put(m_t.coordinator, m_t.coordinatorDevice, {visit});
    return visit;
}

QList<Record> AlertSchedulerTest::alerts()
{
    RecordQuery q;
    q.orgId = m_t.org.id;
    q.allPersons = true;
    q.types = {QString::fromLatin1(RecordType::Alert)};
    q.limit = 5000;
    QList<Record> out;
    const RecordPage page = m_store->queryRecords(q).value();
    for (const StoredRecord &s : page.records)
        out.append(s.record);
    return out;
}

QStringList AlertSchedulerTest::rules()
{
    QStringList out;
    for (const Record &a : alerts())
        out.append(a.payload.value(QStringLiteral("rule")).toString());
    out.sort();
    return out;
}

void AlertSchedulerTest::visitNobodyCheckedInToIsLateThenMissed()
{
    const Record visit = visitAt(utc(QStringLiteral("2025-06-02 09:00")));
    m_now = utc(QStringLiteral("2025-06-02 09:44"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {});
    m_now = utc(QStringLiteral("2025-06-02 09:45"));
    auto pass = m_scheduler->runPass();
    QVERIFY(pass.ok());
    QCOMPARE(pass.value().raised, 1);
    QCOMPARE(rules(), QStringList {QStringLiteral("late_visit")});
    const Record late = alerts().first();
    QCOMPARE(late.visitId, visit.visitId);
    QCOMPARE(late.personId, m_alice);
    QCOMPARE(late.authorUserId, QStringLiteral("careround-server"));
    QCOMPARE(late.payload.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(
        late.payload.value(QStringLiteral("summary")).toString().contains(m_t.worker.displayName));
    m_now = utc(QStringLiteral("2025-06-02 10:30"));
    QCOMPARE(m_scheduler->runPass().value().raised, 0); // raised once
    m_now = utc(QStringLiteral("2025-06-02 11:00"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {QStringLiteral("late_visit")});
    m_now = utc(QStringLiteral("2025-06-02 11:01"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), (QStringList {QStringLiteral("late_visit"), QStringLiteral("missed_visit")}));
    // A restarted server (a new scheduler, nothing in memory) stores nothing new.
    AlertScheduler restarted(*m_store, [this] { return m_now; });
    QVERIFY(restarted.runPass().ok());
    QCOMPARE(alerts().size(), 2);
}

void AlertSchedulerTest::phoneHoldingTheVisitsRecordsHoldsItBack()
{
    const Record visit = visitAt(utc(QStringLiteral("2025-06-02 09:00")));
    BacklogReport report {2, utc(QStringLiteral("2025-06-02 09:05")), QStringList {visit.visitId}};
    QVERIFY(m_store
                ->reportDeviceBacklog(m_t.workerDevice.id, report,
                                      utc(QStringLiteral("2025-06-02 09:20")))
                .ok());
    m_now = utc(QStringLiteral("2025-06-02 12:00"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {});
    // 12 hours after the planned end (09:30) the office stops waiting.
    m_now = utc(QStringLiteral("2025-06-02 21:30"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {});
    m_now = utc(QStringLiteral("2025-06-02 21:31"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {QStringLiteral("missed_visit")});
}

void AlertSchedulerTest::timeCriticalDoseWithNoRecord()
{
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    Record order = office.medicationOrder(m_alice); // time-critical, 08:00 and 18:00, ±30 min
    order.payload[QStringLiteral("startDate")] = QStringLiteral("2025-06-02");
    order.payload[QStringLiteral("times")] = QJsonArray {QStringLiteral("08:00")};
    put(m_t.coordinator, m_t.coordinatorDevice, {order});
    // 08:00 BST = 07:00 UTC; the window closes at 07:30 UTC.
    m_now = utc(QStringLiteral("2025-06-02 07:29"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {});
    m_now = utc(QStringLiteral("2025-06-02 07:30"));
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(), QStringList {QStringLiteral("time_critical_medication")});
    const Record alert = alerts().first();
    QCOMPARE(alert.payload.value(QStringLiteral("severity")).toString(), QStringLiteral("urgent"));
    QCOMPARE(alert.payload.value(QStringLiteral("relatedRecordIds")).toArray(),
             QJsonArray {order.id});
    QVERIFY(alert.payload.value(QStringLiteral("summary"))
                .toString()
                .contains(QLatin1String("Paracetamol")));
}

void AlertSchedulerTest::recordsThatCallForAnAlert()
{
    const Record visit = visitAt(utc(QStringLiteral("2025-06-02 09:00")));
    RecordFactory office(m_t.coordinator.id, m_t.coordinatorDevice.id);
    Record order = office.medicationOrder(m_alice);
    order.payload.remove(QStringLiteral("timeCritical"));
    order.payload.remove(QStringLiteral("timeCriticalWindowMinutes"));
    put(m_t.coordinator, m_t.coordinatorDevice, {order});
    m_now = utc(QStringLiteral("2025-06-02 09:05"));
    RecordFactory phone(m_t.worker.id, m_t.workerDevice.id);
    Record checkIn =
        phone.base(QString::fromLatin1(RecordType::VisitCheckIn), m_alice, QDate(2025, 6, 2));
    checkIn.visitId = visit.visitId;
    checkIn.deviceTime = m_now;
    checkIn.payload = QJsonObject {{QStringLiteral("verification"), QStringLiteral("no_fix")}};
    Record dose = phone.base(QString::fromLatin1(RecordType::MedicationAdministration), m_alice,
                             QDate(2025, 6, 2));
    dose.visitId = visit.visitId;
    dose.payload = QJsonObject {{QStringLiteral("orderId"), order.id},
                                {QStringLiteral("scheduledTime"), QStringLiteral("08:00")},
                                {QStringLiteral("outcome"), QStringLiteral("not_available")},
                                {QStringLiteral("reason"), QStringLiteral("none in the pack")}};
    put(m_t.worker, m_t.workerDevice, {checkIn, dose});
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(
        rules(),
        (QStringList {QStringLiteral("medication_not_given"), QStringLiteral("visit_location")}));
    m_now = utc(QStringLiteral("2025-06-02 10:30")); // planned end 09:30 + 1 hour
    QVERIFY(m_scheduler->runPass().ok());
    QCOMPARE(rules(),
             (QStringList {QStringLiteral("medication_not_given"), QStringLiteral("no_checkout"),
                           QStringLiteral("visit_location")}));
}

void AlertSchedulerTest::supervisionDue()
{
    // The workers were created today (the test's real date): due three months on.
    const QDateTime created = m_t.worker.createdAt;
    QVERIFY(created.isValid());
    m_now = created.addMonths(3).addDays(-2);
    QVERIFY(m_scheduler->runPass().ok());
    QVERIFY(!rules().contains(QStringLiteral("supervision_due")));
    m_now = created.addMonths(3).addDays(1);
    QVERIFY(m_scheduler->runPass().ok());
    const QList<Record> raised = alerts();
    QStringList subjects;
    for (const Record &a : raised)
        if (a.payload.value(QStringLiteral("rule")).toString() == QLatin1String("supervision_due"))
            subjects.append(a.payload.value(QStringLiteral("subjectUserId")).toString());
    subjects.sort();
    QStringList expected {m_t.worker.id, m_t.worker2.id, m_t.supervisor.id};
    expected.sort();
    QCOMPARE(subjects, expected);
    // A supervision session recorded: the worker's next one is due three months after it.
    RecordFactory sup(m_t.supervisor.id, m_t.supervisorDevice.id);
    Record session =
        sup.base(QString::fromLatin1(RecordType::Supervision), QString(), m_now.date());
    session.payload = QJsonObject {{QStringLiteral("supervisorUserId"), m_t.supervisor.id},
                                   {QStringLiteral("workerUserId"), m_t.worker.id},
                                   {QStringLiteral("date"), m_now.date().toString(Qt::ISODate)},
                                   {QStringLiteral("notes"), QStringLiteral("Talked it through.")}};
    put(m_t.supervisor, m_t.supervisorDevice, {session});
    const int before = alerts().size();
    m_now = m_now.addMonths(3).addDays(-2);
    QVERIFY(m_scheduler->runPass().ok());
    int workerAlerts = 0;
    for (const Record &a : alerts().mid(before))
        if (a.payload.value(QStringLiteral("subjectUserId")).toString() == m_t.worker.id
            && a.payload.value(QStringLiteral("rule")).toString()
                == QLatin1String("supervision_due"))
            ++workerAlerts;
    QCOMPARE(workerAlerts, 0);
}

void AlertSchedulerTest::twoSchedulersStoreEachAlertOnce()
{
    std::unique_ptr<ServerStore> second = m_store.openSecondInstance();
    ServerStore &other = second ? *second : *m_store; // embedded: one process owns the file
    for (int i = 0; i < 20; ++i)
        visitAt(utc(QStringLiteral("2025-06-02 09:00")).addSecs(i * 60));
    AlertScheduler a(*m_store, [this] { return m_now; });
    AlertScheduler b(other, [this] { return m_now; });
    m_now = utc(QStringLiteral("2025-06-02 10:00"));
    QVERIFY(a.runPass().ok());
    QVERIFY(b.runPass().ok()); // the same alerts: duplicates
    m_now = utc(QStringLiteral("2025-06-02 12:00"));
    // At the same moment, from two threads (two processes sharing PostgreSQL).
    bool okA = false, okB = false;
    std::thread ta([&] { okA = a.runPass().ok(); });
    std::thread tb([&] { okB = b.runPass().ok(); });
    ta.join();
    tb.join();
    QVERIFY(okA && okB);
    const QList<Record> raised = alerts();
    QSet<QString> ids;
    for (const Record &r : raised)
        ids.insert(r.id);
    // At 10:00 the visits of 09:00-09:15 are late (16); at 12:00 all 20 are missed. Each once.
    QCOMPARE(raised.size(), 36);
    QCOMPARE(ids.size(), 36);
}

QTEST_GUILESS_MAIN(AlertSchedulerTest)
#include "tst_alertscheduler.moc"
