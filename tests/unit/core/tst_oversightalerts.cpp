// Server-raised oversight alerts (core rules/oversightalerts.h): observation yearly, supervision
// quarterly, an incident's written report within 12 hours of the phone call (across the UK clock
// changes), a reablement episode's exit outcome in its last week.
#include "core/recordtypes.h"
#include "core/rules/oversightalerts.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {

QJsonObject report(const QString &how, const QDateTime &at)
{
    return {{QStringLiteral("who"), QStringLiteral("Duty officer")},
            {QStringLiteral("how"), how},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)}};
}

Record incident(const QList<QJsonObject> &reports)
{
    Record r = samples::record(QString::fromLatin1(RecordType::Incident), Person);
    QJsonArray lines;
    for (const QJsonObject &o : reports)
        lines.append(o);
    r.payload.insert(QStringLiteral("reportedTo"), lines);
    return r;
}

QJsonObject episode(const QString &plannedEnd, const QString &exit = {})
{
    QJsonObject p {{QStringLiteral("startDate"), QStringLiteral("2025-05-01")},
                   {QStringLiteral("plannedEndDate"), plannedEnd}};
    if (!exit.isEmpty())
        p.insert(QStringLiteral("exitOutcome"), exit);
    return p;
}

} // namespace

class TestOversightAlerts : public QObject
{
    Q_OBJECT
private slots:
    void observationYearly();
    void supervisionQuarterly();
    void neverSeenIsDueFromStart();
    void incidentReportBothSides();
    void incidentReportAcrossClockChanges();
    void writtenReportClearsIt();
    void noPhoneCallNoDeadline();
    void reablementLastWeek();
};

void TestOversightAlerts::observationYearly()
{
    const QDate last(2024, 6, 10);
    QVERIFY(!oversightOverdue(last, ObservationMonths, {}, QDate(2025, 6, 9)));
    QVERIFY(oversightOverdue(last, ObservationMonths, {}, QDate(2025, 6, 10)));
    // 29 February: a year later is 28 February.
    QCOMPARE(oversightDueFrom(QDate(2024, 2, 29), ObservationMonths, {}), QDate(2025, 2, 28));
}

void TestOversightAlerts::supervisionQuarterly()
{
    const QDate last(2025, 1, 31);
    QCOMPARE(oversightDueFrom(last, SupervisionMonths, {}), QDate(2025, 4, 30));
    QVERIFY(!oversightOverdue(last, SupervisionMonths, {}, QDate(2025, 4, 29)));
    QVERIFY(oversightOverdue(last, SupervisionMonths, {}, QDate(2025, 4, 30)));
}

void TestOversightAlerts::neverSeenIsDueFromStart()
{
    const QDate started(2025, 3, 1);
    QVERIFY(!oversightOverdue({}, SupervisionMonths, started, QDate(2025, 2, 28)));
    QVERIFY(oversightOverdue({}, SupervisionMonths, started, QDate(2025, 3, 1)));
    QVERIFY(!oversightOverdue({}, SupervisionMonths, {}, QDate(2025, 3, 1))); // nothing known
}

void TestOversightAlerts::incidentReportBothSides()
{
    const QDateTime phoned = utcTime(QStringLiteral("2025-06-02 09:00"));
    const Record r = incident({report(QStringLiteral("phone"), phoned)});
    QCOMPARE(incidentWrittenReportDue(r),
             std::optional(utcTime(QStringLiteral("2025-06-02 21:00"))));
    QVERIFY(!overdueIncidentReport(r, utcTime(QStringLiteral("2025-06-02 20:59"))));
    QVERIFY(overdueIncidentReport(r, utcTime(QStringLiteral("2025-06-02 21:00"))));
    // The first phone call starts the clock.
    const Record twice = incident({report(QStringLiteral("phone"), phoned.addSecs(3600)),
                                   report(QStringLiteral("phone"), phoned)});
    QCOMPARE(incidentWrittenReportDue(twice), incidentWrittenReportDue(r));
}

// 12 hours are 12 elapsed hours: a call at 20:00 BST on 29 March 2025 is due at 08:00 UTC =
// 09:00 BST the next morning (the clocks went forward overnight); one at 20:00 BST on
// 25 October is due at 07:00 UTC = 07:00 GMT (they went back).
void TestOversightAlerts::incidentReportAcrossClockChanges()
{
    const Record spring =
        incident({report(QStringLiteral("phone"), londonTime(QStringLiteral("2025-03-29 20:00")))});
    QVERIFY(!overdueIncidentReport(spring, londonTime(QStringLiteral("2025-03-30 08:59"))));
    QVERIFY(overdueIncidentReport(spring, londonTime(QStringLiteral("2025-03-30 09:00"))));
    const Record autumn =
        incident({report(QStringLiteral("phone"), londonTime(QStringLiteral("2025-10-25 20:00")))});
    QVERIFY(!overdueIncidentReport(autumn, londonTime(QStringLiteral("2025-10-26 06:59"))));
    QVERIFY(overdueIncidentReport(autumn, londonTime(QStringLiteral("2025-10-26 07:00"))));
}

void TestOversightAlerts::writtenReportClearsIt()
{
    const QDateTime phoned = utcTime(QStringLiteral("2025-06-02 09:00"));
    for (const QString &how : {QStringLiteral("written"), QStringLiteral("email")}) {
        const Record r =
            incident({report(QStringLiteral("phone"), phoned), report(how, phoned.addSecs(3600))});
        QVERIFY(!overdueIncidentReport(r, phoned.addDays(2)));
    }
}

void TestOversightAlerts::noPhoneCallNoDeadline()
{
    const Record r = incident(
        {report(QStringLiteral("in_person"), utcTime(QStringLiteral("2025-06-02 09:00")))});
    QVERIFY(!incidentWrittenReportDue(r));
}

void TestOversightAlerts::reablementLastWeek()
{
    const QJsonObject open = episode(QStringLiteral("2025-06-12"));
    QVERIFY(!reablementExitDue(open, QDate(2025, 6, 4)));
    QCOMPARE(reablementExitDue(open, QDate(2025, 6, 5)), std::optional(QDate(2025, 6, 5)));
    QCOMPARE(reablementExitDue(open, QDate(2025, 6, 20)), std::optional(QDate(2025, 6, 5)));
    QVERIFY(!reablementExitDue(episode(QStringLiteral("2025-06-12"), QStringLiteral("independent")),
                               QDate(2025, 6, 10)));
}

QTEST_GUILESS_MAIN(TestOversightAlerts)
#include "tst_oversightalerts.moc"
