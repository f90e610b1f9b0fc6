// The warning before the PIN that would erase the phone: shown only then, and it says what
// happens to records not sent yet (they still reach the office, sealed).
#include "ui/session/wipewarning.h"
#include "vault/lockoutpolicy.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;

class TestWipeWarning : public QObject
{
    Q_OBJECT

private slots:
    void shownOnlyBeforeTheLastAttempt_data();
    void shownOnlyBeforeTheLastAttempt();
    void saysWhatHappensToUnsentRecords();
};

void TestWipeWarning::shownOnlyBeforeTheLastAttempt_data()
{
    // Walk the vault's own policy: after each count of wrong PINs, is the warning up?
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("warned");
    for (int failures = 0; failures <= LockoutPolicy::WipeAfterFailures; ++failures)
        QTest::addRow("%d wrong PINs", failures)
            << failures << (failures == LockoutPolicy::WipeAfterFailures - 1);
}

void TestWipeWarning::shownOnlyBeforeTheLastAttempt()
{
    QFETCH(int, failures);
    QFETCH(bool, warned);
    const QString text = WipeWarning::beforeAttempt(LockoutPolicy::attemptsBeforeWipe(failures));
    QCOMPARE(!text.isEmpty(), warned);
}

void TestWipeWarning::saysWhatHappensToUnsentRecords()
{
    const QString text = WipeWarning::beforeAttempt(1);
    QVERIFY(text.startsWith(QStringLiteral("Last try.")));
    QVERIFY(text.contains(QStringLiteral("erases the records on this phone")));
    QVERIFY(text.contains(QStringLiteral("still reach the office, sealed")));
    QVERIFY(text.contains(QStringLiteral("Phone the office instead")));
}

QTEST_MAIN(TestWipeWarning)
#include "tst_wipewarning.moc"
