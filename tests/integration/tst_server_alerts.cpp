// Server-raised alerts against the real server binary on both backends, the time moved with
// `serve --test-clock-offset-file` (never a real wait for a threshold; the scheduler runs every
// second with --alert-pass-seconds 1, and the test reads the alerts as the phones pull them):
// a visit nobody checked in to gives late, then missed; a time-critical dose with no record gives
// its alert when its window closes. The supervisor's phone receives them as well.
#include "integrationtest.h"
#include "server/office/uktime.h"

#include <QFile>
#include <QJsonArray>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestServerAlerts : public IntegrationTest
{
    Q_OBJECT
private slots:
    void lateThenMissedAndATimeCriticalDose();

protected:
    QStringList extraServerArgs() const override
    {
        return {QStringLiteral("--test-clock-offset-file"), clockFile(),
                QStringLiteral("--alert-pass-seconds"), QStringLiteral("1")};
    }

private:
    QString clockFile() const { return m_dir->filePath(QStringLiteral("clock-offset-ms")); }
    void setServerClock(const QDateTime &at) const;
    // The alerts the device pulls (rule -> alert), waiting for the next scheduler passes.
    QHash<QString, QJsonObject> pulledAlerts(const EnrolledDevice &device,
                                             const QString &subjectId);
    QHash<QString, QJsonObject> waitForAlert(const EnrolledDevice &device, const QString &subjectId,
                                             const QString &rule);
    QDateTime m_start;
};

void TestServerAlerts::setServerClock(const QDateTime &at) const
{
    QFile file(clockFile());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(QDateTime::currentDateTimeUtc().msecsTo(at)));
}

QHash<QString, QJsonObject> TestServerAlerts::pulledAlerts(const EnrolledDevice &device,
                                                           const QString &subjectId)
{
    QHash<QString, QJsonObject> alerts;
    qint64 after = 0;
    for (int page = 0; page < 100; ++page) {
        const ApiReply reply = m_client->get(
            QStringLiteral("/v1/sync/pull?after=%1&limit=1000").arg(after), device.accessToken);
        if (reply.status != 200)
            return alerts;
        for (const QJsonValue &v : reply.json.value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = v.toObject();
            const QJsonObject p = r.value(QStringLiteral("payload")).toObject();
            const bool about = r.value(QStringLiteral("visit_id")).toString() == subjectId
                || p.value(QStringLiteral("relatedRecordIds")).toArray().contains(subjectId);
            if (r.value(QStringLiteral("type")).toString() == QLatin1String("alert") && about)
                alerts.insert(p.value(QStringLiteral("rule")).toString(), r);
        }
        after = reply.json.value(QStringLiteral("next_after")).toInteger();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return alerts;
}

QHash<QString, QJsonObject> TestServerAlerts::waitForAlert(const EnrolledDevice &device,
                                                           const QString &subjectId,
                                                           const QString &rule)
{
    // The scheduler passes every second: a few passes, never the threshold itself.
    for (int i = 0; i < 150; ++i) {
        const auto alerts = pulledAlerts(device, subjectId);
        if (alerts.contains(rule))
            return alerts;
        QTest::qWait(100);
    }
    return pulledAlerts(device, subjectId);
}

void TestServerAlerts::lateThenMissedAndATimeCriticalDose()
{
    const EnrolledDevice office = enrol(QStringLiteral("coordinator"));
    QVERIFY(!office.deviceId.isEmpty());
    const User worker = m_world.users.value(QStringLiteral("worker"));
    const User coordinator = m_world.users.value(QStringLiteral("coordinator"));
    RecordFactory make(coordinator.id, office.deviceId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start =
        QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 60 + 5) * 60, Qt::UTC);
    const Record visit = make.visit(m_world.personInScope, start, {worker.id});
    Record order = make.medicationOrder(m_world.personInScope); // time-critical, ±30 min
    order.payload[QStringLiteral("times")] = QJsonArray {ukClock(start)};
    order.payload[QStringLiteral("startDate")] = ukDay(start).toString(Qt::ISODate);
    const ApiReply pushed = pushRecords(office, {visit, order});
    QVERIFY2(pushed.status == 200, qPrintable(pushed.describe()));

    // 29 minutes after the planned start: nothing yet (not late; the dose window is open).
    setServerClock(start.addSecs(29 * 60));
    QTest::qWait(1500); // more than one pass at this time (not a threshold: the clock is fixed)
    QVERIFY(pulledAlerts(office, visit.visitId).isEmpty());
    QVERIFY(pulledAlerts(office, order.id).isEmpty());

    // The dose's window closes 30 minutes after it: time_critical_medication.
    // Access tokens live 15 minutes on the moved clock too: each step signs in again.
    setServerClock(start.addSecs(31 * 60));
    const auto dose = waitForAlert(enrol(QStringLiteral("coordinator")), order.id,
                                   QStringLiteral("time_critical_medication"));
    QVERIFY2(dose.contains(QStringLiteral("time_critical_medication")),
             qPrintable(QStringList(dose.keys()).join(QLatin1Char(',')) + QLatin1Char(' ')
                        + QString::fromUtf8(m_server->stderrLog().right(1500))));
    QCOMPARE(dose.value(QStringLiteral("time_critical_medication"))
                 .value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("urgent"));

    // 45 minutes: late.
    setServerClock(start.addSecs(46 * 60));
    auto alerts = waitForAlert(enrol(QStringLiteral("coordinator")), visit.visitId,
                               QStringLiteral("late_visit"));
    // The visit gives the dose, so the dose's alert names the visit too.
    QStringList rules = alerts.keys();
    rules.sort();
    QCOMPARE(
        rules,
        (QStringList {QStringLiteral("late_visit"), QStringLiteral("time_critical_medication")}));
    // The supervisor's phone receives it too (the worker is theirs).
    QVERIFY(waitForAlert(enrol(QStringLiteral("supervisor")), visit.visitId,
                         QStringLiteral("late_visit"))
                .contains(QStringLiteral("late_visit")));

    // Over 2 hours: missed, and late is still the one alert it was.
    setServerClock(start.addSecs(121 * 60));
    alerts = waitForAlert(enrol(QStringLiteral("coordinator")), visit.visitId,
                          QStringLiteral("missed_visit"));
    rules = alerts.keys();
    rules.sort();
    QCOMPARE(rules,
             (QStringList {QStringLiteral("late_visit"), QStringLiteral("missed_visit"),
                           QStringLiteral("time_critical_medication")}));
    QCOMPARE(alerts.value(QStringLiteral("missed_visit"))
                 .value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("urgent"));
}

QTEST_GUILESS_MAIN(TestServerAlerts)
#include "tst_server_alerts.moc"
