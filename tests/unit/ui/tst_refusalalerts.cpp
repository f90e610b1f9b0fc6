// Three refusals in a row of one task raise one alert — once per streak, from the device of the
// worker who recorded the latest refusal; other outcomes break the streak.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/refusalalerts.h"

#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
const QDateTime Start(QDate(2026, 11, 2), QTime(8, 0));

QList<Record> refusals(int visits, const QString &lastBy = ThisUser)
{
    QList<Record> out;
    for (int i = visits - 1; i >= 0; --i)
        out << task("p1", QStringLiteral("v-%1").arg(i), i == 0 ? lastBy : ThisUser,
                    "Personal care", "refused", Start.addDays(-i));
    return out;
}
} // namespace

class TestRefusalAlerts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }
    void thresholdIsThree_data();
    void thresholdIsThree();
    void onceEachStreak();
    void onlyTheDeviceOfTheLatestRefusal();
    void anotherOutcomeBreaksTheStreak();
};

void TestRefusalAlerts::thresholdIsThree_data()
{
    QTest::addColumn<int>("visits");
    QTest::addColumn<int>("alerts");
    QTest::newRow("one") << 1 << 0;
    QTest::newRow("two") << 2 << 0;
    QTest::newRow("three") << 3 << 1;
    QTest::newRow("five") << 5 << 1;
}

void TestRefusalAlerts::thresholdIsThree()
{
    QFETCH(int, visits);
    QFETCH(int, alerts);
    const QList<Record> records = refusals(visits);
    const auto raised = RefusalAlerts::toRaise(records, ThisUser, "Edie");
    QCOMPARE(raised.size(), alerts);
    if (alerts == 0)
        return;
    const QJsonObject &a = raised.first();
    QCOMPARE(a.value("rule").toString(), QStringLiteral("three_refusals"));
    QCOMPARE(a.value("severity").toString(), QStringLiteral("warning"));
    QCOMPARE(
        a.value("summary").toString(),
        QStringLiteral("Edie refused \u201cPersonal care\u201d at %1 visits in a row").arg(visits));
    QCOMPARE(a.value("relatedRecordIds").toArray().size(), visits);
    QCOMPARE(a.value("relatedRecordIds").toArray().first().toString(), records.first().id);
}

void TestRefusalAlerts::onceEachStreak()
{
    QList<Record> records = refusals(3);
    const auto first = RefusalAlerts::toRaise(records, ThisUser, "Edie");
    QCOMPARE(first.size(), 1);
    records << makeRecord(QString::fromLatin1(RecordType::Alert), "p1", "v-0", first.first(),
                          ThisUser, Start.addSecs(60));
    QVERIFY(RefusalAlerts::toRaise(records, ThisUser, "Edie").isEmpty());
    records << task("p1", "v-next", ThisUser, "Personal care", "refused", Start.addDays(1));
    QVERIFY(RefusalAlerts::toRaise(records, ThisUser, "Edie").isEmpty()); // the same streak goes on
}

void TestRefusalAlerts::onlyTheDeviceOfTheLatestRefusal()
{
    const QList<Record> records = refusals(3, PartnerUser);
    QVERIFY(RefusalAlerts::toRaise(records, ThisUser, "Edie").isEmpty());
    QCOMPARE(RefusalAlerts::toRaise(records, PartnerUser, "Edie").size(), 1);
}

void TestRefusalAlerts::anotherOutcomeBreaksTheStreak()
{
    QList<Record> records = refusals(2);
    records.prepend(task("p1", "v-old", ThisUser, "Personal care", "done", Start.addDays(-5)));
    records.prepend(task("p1", "v-older", ThisUser, "Personal care", "refused", Start.addDays(-6)));
    QVERIFY(RefusalAlerts::toRaise(records, ThisUser, "Edie").isEmpty());
}

QTEST_GUILESS_MAIN(TestRefusalAlerts)
#include "tst_refusalalerts.moc"
