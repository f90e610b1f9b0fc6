// SupervisedWorkers: a supervisor's workers from the rota on their phone — who is at a visit now
// (the moment to observe), the latest observation this phone holds (a declined check does not
// count) — and the office's report of workers with no observation in the last 12 months, which
// puts them first.
#include "commbookfixtures.h"
#include "ui/spotcheck/supervisedworkers.h"

#include <QJsonArray>
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

Record check(const QString &worker, const QDate &day, bool consent)
{
    QJsonObject p {
        {"supervisorUserId", SupervisorUser}, {"workerUserId", worker}, {"consentGiven", consent}};
    return makeRecord("spotcheck", "p1", "v0", p, SupervisorUser, QDateTime(day, QTime(10, 0)),
                      day);
}

} // namespace

class TestSupervisedWorkers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void reportFromTheOffice()
    {
        const QJsonObject json {
            {"report", "spot_checks"},
            {"since", "2025-03-03"},
            {"overdue",
             QJsonArray {QJsonObject {
                 {"worker_id", "w2"}, {"name", "Ben Ward"}, {"last_refused", "2026-01-10"}}}}};
        const SpotCheckReport report =
            SpotCheckReport::fromJson(json, QDateTime::currentDateTime());
        QVERIFY(report.loaded);
        QCOMPARE(report.since, QDate(2025, 3, 3));
        QCOMPARE(report.overdue.value("w2").name, QStringLiteral("Ben Ward"));
        QVERIFY(!report.overdue.value("w2").lastObservation.isValid());
        QCOMPARE(report.overdue.value("w2").lastRefused, QDate(2026, 1, 10));
        QVERIFY(!SpotCheckReport::fromJson({{"report", "other"}}, {}).loaded);
    }

    void workersTodayAndWhoIsDue()
    {
        // Midday, so "in an hour" is still today whenever the test runs (it crashed after 23:00).
        const QDateTime now(QDate::currentDate(), QTime(12, 0));
        const QDate today = now.date();
        RotaVisit v1 {"v1", "p1", now.addSecs(-900), 45, {ThisUser}};
        v1.workerNames = QJsonObject {{ThisUser, "Amira Khan"}};
        RotaVisit v2 {"v2", "p2", now.addSecs(3600), 30, {PartnerUser, SupervisorUser}};
        v2.workerNames = QJsonObject {{PartnerUser, "Ben Ward"}};
        const QList<Record> records {rotaVisit(v1),
                                     rotaVisit(v2),
                                     person("p1", "Edith Brown", "Edie"),
                                     checkIn("p1", "v1", ThisUser, now.addSecs(-800)),
                                     check(ThisUser, today.addDays(-30), true),
                                     check(PartnerUser, today.addDays(-5), false)};

        const QList<SupervisedWorker> offline =
            SupervisedWorkers::build(records, SupervisorUser, {}, now);
        QCOMPARE(offline.size(), 2); // never the supervisor themselves
        QCOMPARE(offline.at(0).name, QStringLiteral("Amira Khan"));
        QVERIFY(offline.at(0).today.first().inProgress);
        QVERIFY2(offline.at(0).todayText.startsWith("At a visit now: Edie"),
                 qPrintable(offline.at(0).todayText));
        QCOMPARE(offline.at(0).lastObservedHere, today.addDays(-30));
        QCOMPARE(offline.at(1).name, QStringLiteral("Ben Ward"));
        QVERIFY(!offline.at(1).lastObservedHere.isValid()); // declined: not an observation
        QVERIFY(!offline.at(1).today.first().inProgress);
        QVERIFY(!offline.at(0).overdue);

        SpotCheckReport report;
        report.loaded = true;
        report.overdue.insert(PartnerUser, {"Ben Ward", {}, today.addDays(-5)});
        report.overdue.insert("w9", {"Zoe Quinn", today.addYears(-2), {}});
        const QList<SupervisedWorker> rows =
            SupervisedWorkers::build(records, SupervisorUser, report, now);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).overdue && rows.at(1).overdue && !rows.at(2).overdue); // due first
        QCOMPARE(rows.at(0).name, QStringLiteral("Ben Ward"));
        QVERIFY2(rows.at(0).dueText.contains("never observed")
                     && rows.at(0).dueText.contains("declined"),
                 qPrintable(rows.at(0).dueText));
        QCOMPARE(rows.at(1).name, QStringLiteral("Zoe Quinn"));
        QCOMPARE(rows.at(1).todayText, QStringLiteral("No visits today on this phone"));
        QCOMPARE(rows.at(2).dueText, QStringLiteral("Observed in the last 12 months"));
    }
};

QTEST_GUILESS_MAIN(TestSupervisedWorkers)
#include "tst_supervisedworkers.moc"
