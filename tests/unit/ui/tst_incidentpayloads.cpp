// IncidentPayloads: an incident or concern as the full form saves it — what, how serious, when
// (today or yesterday), what was done and everyone told, how and when, never before it happened —
// the 12-hour rule in words, and no way of keeping a safeguarding concern from the office.
#include "roundfixtures.h"
#include "ui/person/incidentpayloads.h"

#include <QJsonArray>
#include <QtTest>

using namespace careround;
using namespace careround::ui;

namespace {

const QDateTime Now(QDate(2026, 3, 3), QTime(10, 0));

IncidentInput fall()
{
    IncidentInput in;
    in.kind = QStringLiteral("fall");
    in.severity = QStringLiteral("moderate");
    in.occurredDay = QStringLiteral("today");
    in.occurredTime = QStringLiteral("9:15");
    in.description = QStringLiteral("Found on the floor by the bed");
    in.actionTaken = QStringLiteral("Helped up with the hoist, no injury seen");
    in.reports = {
        {QStringLiteral("Office (Carol)"), QStringLiteral("phone"), QStringLiteral("09:30")}};
    return in;
}

} // namespace

class TestIncidentPayloads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(testing::useBritishEnglish()); }

    void build_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("errorField"); // empty: saved
        QTest::newRow("a fall") << ""
                                << "";
        QTest::newRow("safeguarding") << "safeguarding"
                                      << "";
        QTest::newRow("yesterday evening") << "yesterday"
                                           << "";
        QTest::newRow("unknown kind") << "badKind"
                                      << "kind";
        QTest::newRow("no severity") << "noSeverity"
                                     << "severity";
        QTest::newRow("unknown day") << "badDay"
                                     << "occurredAt";
        QTest::newRow("unreadable time") << "badTime"
                                         << "occurredAt";
        QTest::newRow("in the future") << "future"
                                       << "occurredAt";
        QTest::newRow("yesterday needs a time") << "yesterdayNoTime"
                                                << "occurredAt";
        QTest::newRow("no description") << "noDescription"
                                        << "description";
        QTest::newRow("no action") << "noAction"
                                   << "actionTaken";
        QTest::newRow("nobody told") << "nobody"
                                     << "reportedTo";
        QTest::newRow("told how unknown") << "noHow"
                                          << "reportedTo[0].how";
        QTest::newRow("told before it happened") << "toldBefore"
                                                 << "reportedTo[0].at";
        QTest::newRow("second row without a name") << "secondNoWho"
                                                   << "reportedTo[1].who";
        QTest::newRow("empty rows ignored") << "emptyRow"
                                            << "";
    }
    void build()
    {
        QFETCH(QString, change);
        QFETCH(QString, errorField);
        IncidentInput in = fall();
        if (change == "safeguarding")
            in.kind = "safeguarding";
        if (change == "yesterday") {
            in.occurredDay = "yesterday";
            in.occurredTime = "21:40";
        }
        if (change == "badKind")
            in.kind = "argument";
        if (change == "noSeverity")
            in.severity.clear();
        if (change == "badDay")
            in.occurredDay = "last week";
        if (change == "badTime")
            in.occurredTime = "quarter past";
        if (change == "future")
            in.occurredTime = "11:30";
        if (change == "yesterdayNoTime") {
            in.occurredDay = "yesterday";
            in.occurredTime.clear();
        }
        if (change == "noDescription")
            in.description = "  ";
        if (change == "noAction")
            in.actionTaken.clear();
        if (change == "nobody")
            in.reports.clear();
        if (change == "noHow")
            in.reports[0].how.clear();
        if (change == "toldBefore")
            in.reports[0].timeText = "09:00";
        if (change == "secondNoWho")
            in.reports.append({"", "phone", "09:40"});
        if (change == "emptyRow")
            in.reports.append({" ", "phone", ""});
        const auto payload = IncidentPayloads::build(in, Now);
        if (!errorField.isEmpty()) {
            QVERIFY(!payload);
            QCOMPARE(payload.error().field, errorField);
            QVERIFY(!payload.error().message.isEmpty());
            return;
        }
        QVERIFY2(payload, qPrintable(payload.error().toString()));
        const QJsonObject p = payload.value();
        QCOMPARE(p.value("kind").toString(), in.kind);
        const QDateTime occurred =
            QDateTime::fromString(p.value("occurredAt").toString(), Qt::ISODateWithMs);
        QCOMPARE(occurred,
                 change == "yesterday" ? QDateTime(Now.date().addDays(-1), QTime(21, 40))
                                       : QDateTime(Now.date(), QTime(9, 15)));
        const QJsonArray told = p.value("reportedTo").toArray();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().toObject().value("who").toString(), QStringLiteral("Office (Carol)"));
        QCOMPARE(QDateTime::fromString(told.first().toObject().value("at").toString(),
                                       Qt::ISODateWithMs),
                 QDateTime(Now.date(), QTime(9, 30)));
        // Nothing in the record could keep it from the office.
        for (const QString &key : p.keys())
            QVERIFY2(!key.contains("withhold", Qt::CaseInsensitive)
                         && !key.contains("private", Qt::CaseInsensitive),
                     qPrintable(key));
    }

    void writtenReportIsDueWithinTwelveHours()
    {
        const QString due =
            IncidentPayloads::writtenDueText(QDateTime(Now.date(), QTime(9, 15)), Now);
        QVERIFY2(due.contains("by 21:15 today"), qPrintable(due));
        const QString tomorrow = IncidentPayloads::writtenDueText(
            QDateTime(Now.date(), QTime(9, 15)), Now.addSecs(-3 * 3600));
        QVERIFY2(tomorrow.contains("by 21:15"), qPrintable(tomorrow));
        const QString late =
            IncidentPayloads::writtenDueText(QDateTime(Now.date().addDays(-1), QTime(8, 0)), Now);
        QVERIFY2(late.contains("More than 12 hours"), qPrintable(late));
        QVERIFY(IncidentPayloads::writtenDueText({}, Now).isEmpty());
        QVERIFY(IncidentPayloads::safeguardingText().contains("always goes to the office"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentPayloads)
#include "tst_incidentpayloads.moc"
