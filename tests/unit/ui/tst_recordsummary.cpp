// What a record says at a glance in a list row.
#include "core/alertrules.h"
#include "core/recordtypes.h"
#include "ui/common/recordsummary.h"
#include "ui/common/translations.h"
#include "ui/person/alertwords.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace careround;
using namespace careround::ui;

class TestRecordSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeLabel_data();
    void typeLabel();
    void everyKnownTypeHasItsOwnLabel();
    void everyAlertRuleHasItsOwnWords();
    void describe_data();
    void describe();
    void plannedVisitShowsItsPlannedTime();
    void longTextIsShortenedOnOneLine();
};

void TestRecordSummary::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale()));
}

// core's one table of alert rules (alertrules.h): each has words of its own on the phone, never
// the fallback "Alert" nor its code.
void TestRecordSummary::everyAlertRuleHasItsOwnWords()
{
    QSet<QString> seen;
    for (const QString &rule : alertrule::all()) {
        const QString words = AlertWords::ruleWords(rule);
        QVERIFY2(words != QStringLiteral("Alert") && words != rule, qPrintable(rule));
        QVERIFY2(!seen.contains(words), qPrintable(rule));
        seen.insert(words);
    }
    QCOMPARE(AlertWords::ruleWords(QStringLiteral("no_such_rule")), QStringLiteral("Alert"));
}

void TestRecordSummary::typeLabel_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("label");
    QTest::newRow("check-in") << RecordType::VisitCheckIn << "Check-in";
    QTest::newRow("visit note") << RecordType::VisitNote << "Visit note";
    QTest::newRow("medication") << RecordType::MedicationAdministration << "Medication";
    QTest::newRow("planned visit") << RecordType::Visit << "Planned visit";
    QTest::newRow("unknown, dotted") << "body_map.entry"
                                     << "Body map entry";
    QTest::newRow("empty") << ""
                           << "";
}

void TestRecordSummary::typeLabel()
{
    QFETCH(QString, type);
    QFETCH(QString, label);
    QCOMPARE(RecordSummaries::typeLabel(type), label);
}

void TestRecordSummary::everyKnownTypeHasItsOwnLabel()
{
    QSet<QString> labels;
    for (const QString &type : allRecordTypes()) {
        const QString label = RecordSummaries::typeLabel(type);
        QVERIFY2(!label.contains(QLatin1Char('.')) && !label.contains(QLatin1Char('_')),
                 qPrintable(type + " → " + label));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), allRecordTypes().size()); // no two types look the same in a list
}

void TestRecordSummary::describe_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("details");
    QTest::newRow("note, spaces tidied")
        << RecordType::VisitNote << QJsonObject {{"note", "Ate  well,\n happy"}}
        << "Ate well, happy";
    QTest::newRow("check-in at home")
        << RecordType::VisitCheckIn << QJsonObject {{"verification", "verified"}}
        << "Location checked: at the home";
    QTest::newRow("check-out away")
        << RecordType::VisitCheckOut << QJsonObject {{"verification", "outside_radius"}}
        << "Location checked: away from the home";
    QTest::newRow("check-in, no fix")
        << RecordType::VisitCheckIn << QJsonObject {{"verification", "no_fix"}}
        << "No location fix";
    QTest::newRow("task done") << RecordType::VisitTask
                               << QJsonObject {{"task", "Breakfast"}, {"outcome", "done"}}
                               << "Breakfast: done";
    QTest::newRow("task not needed")
        << RecordType::VisitTask << QJsonObject {{"task", "Shopping"}, {"outcome", "not_needed"}}
        << "Shopping: not needed";
    QTest::newRow("medication given")
        << RecordType::MedicationAdministration
        << QJsonObject {{"outcome", "prompted_and_taken"}, {"dose", "2 tablets"}}
        << "Prompted and taken, 2 tablets";
    QTest::newRow("medication refused") << RecordType::MedicationAdministration
                                        << QJsonObject {{"outcome", "refused"}} << "Refused";
    QTest::newRow("planned visit")
        << RecordType::Visit << QJsonObject {{"durationMinutes", 30}} << "30 minutes planned";
    QTest::newRow("incident summary")
        << RecordType::Incident << QJsonObject {{"summary", "Slipped in kitchen"}}
        << "Slipped in kitchen";
    QTest::newRow("numbers are not words")
        << RecordType::Incident << QJsonObject {{"severity", 2}} << "";
    QTest::newRow("empty") << RecordType::VisitNote << QJsonObject {} << "";
}

void TestRecordSummary::describe()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, details);
    Record record;
    record.type = type;
    record.deviceTime =
        QDateTime(QDate(2025, 3, 4), QTime(9, 5), QTimeZone::systemTimeZone()).toUTC();
    record.payload = payload;
    const RecordSummary summary = RecordSummaries::describe(record);
    QCOMPARE(summary.timeText, QStringLiteral("09:05"));
    QCOMPARE(summary.summary, RecordSummaries::typeLabel(type));
    QCOMPARE(summary.details, details);
}

void TestRecordSummary::plannedVisitShowsItsPlannedTime()
{
    Record record;
    record.type = RecordType::Visit;
    record.deviceTime =
        QDateTime(QDate(2025, 3, 1), QTime(16, 0)).toUTC(); // when the rota was made
    const QDateTime planned(QDate(2025, 3, 4), QTime(7, 30));
    record.payload = QJsonObject {
        {"plannedStart", planned.toOffsetFromUtc(planned.offsetFromUtc()).toString(Qt::ISODate)},
        {"durationMinutes", 45}};
    QCOMPARE(RecordSummaries::describe(record).timeText, QStringLiteral("07:30"));
}

void TestRecordSummary::longTextIsShortenedOnOneLine()
{
    Record record;
    record.type = RecordType::VisitNote;
    record.payload = QJsonObject {{"note", QString(300, QLatin1Char('a'))}};
    const QString details = RecordSummaries::describe(record).details;
    QCOMPARE(details.size(), RecordSummaries::MaximumDetailLength);
    QVERIFY(details.endsWith(QChar(0x2026)));
    QVERIFY(RecordSummaries::describe(record).timeText.isEmpty()); // no device time, no time
}

QTEST_GUILESS_MAIN(TestRecordSummary)
#include "tst_recordsummary.moc"
