#include "vault/lockoutpolicy.h"

#include <QTest>

using namespace careround;

class TestLockoutPolicy : public QObject
{
    Q_OBJECT

private slots:
    void policy_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("waitSecs");
        QTest::addColumn<int>("attemptsLeft");
        QTest::addColumn<int>("beforeWipe");
        QTest::newRow("none") << 0 << 0 << 5 << 10;
        QTest::newRow("1") << 1 << 0 << 4 << 9;
        QTest::newRow("4") << 4 << 0 << 1 << 6;
        QTest::newRow("5: first wait") << 5 << 60 << 1 << 5;
        QTest::newRow("6 doubles") << 6 << 120 << 1 << 4;
        QTest::newRow("7") << 7 << 240 << 1 << 3;
        QTest::newRow("8") << 8 << 480 << 1 << 2;
        QTest::newRow("9") << 9 << 960 << 1 << 1;
        QTest::newRow("10: wiped, no wait") << 10 << 0 << 0 << 0;
        QTest::newRow("beyond") << 40 << 0 << 0 << 0;
    }

    void policy()
    {
        QFETCH(int, failures);
        QFETCH(int, waitSecs);
        QFETCH(int, attemptsLeft);
        QFETCH(int, beforeWipe);
        QCOMPARE(LockoutPolicy::lockoutAfter(failures).count(), waitSecs);
        QCOMPARE(LockoutPolicy::attemptsLeft(failures), attemptsLeft);
        QCOMPARE(LockoutPolicy::attemptsBeforeWipe(failures), beforeWipe);
    }
};

QTEST_GUILESS_MAIN(TestLockoutPolicy)
#include "tst_lockoutpolicy.moc"
