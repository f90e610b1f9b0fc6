// Three refusals in a row of one task show the worker a warning (the phone writes no alert: the
// server raises the office's); other outcomes break the streak.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/visit/refusalalerts.h"

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
    void whoeverRecordedTheRefusals();
    void anotherOutcomeBreaksTheStreak();
};

void TestRefusalAlerts::thresholdIsThree_data()
{
    QTest::addColumn<int>("visits");
    QTest::addColumn<int>("warnings");
    QTest::newRow("one") << 1 << 0;
    QTest::newRow("two") << 2 << 0;
    QTest::newRow("three") << 3 << 1;
    QTest::newRow("five") << 5 << 1;
}

void TestRefusalAlerts::thresholdIsThree()
{
    QFETCH(int, visits);
    QFETCH(int, warnings);
    const QStringList lines = RefusalAlerts::warnings(refusals(visits), "Edie");
    QCOMPARE(lines.size(), warnings);
    if (warnings == 0)
        return;
    QCOMPARE(
        lines.first(),
        QStringLiteral("Edie refused \u201cPersonal care\u201d at %1 visits in a row").arg(visits));
}

// A warning for the worker at the visit, whoever recorded the refusals (the office's alert is
// the server's, docs/server.md).
void TestRefusalAlerts::whoeverRecordedTheRefusals()
{
    QCOMPARE(RefusalAlerts::warnings(refusals(3, PartnerUser), "Edie").size(), 1);
}

void TestRefusalAlerts::anotherOutcomeBreaksTheStreak()
{
    QList<Record> records = refusals(2);
    records.prepend(task("p1", "v-old", ThisUser, "Personal care", "done", Start.addDays(-5)));
    records.prepend(task("p1", "v-older", ThisUser, "Personal care", "refused", Start.addDays(-6)));
    QVERIFY(RefusalAlerts::warnings(records, "Edie").isEmpty());
}

QTEST_GUILESS_MAIN(TestRefusalAlerts)
#include "tst_refusalalerts.moc"
