// The lockout screen's wording for time left and the clock time it ends.
#include "ui/common/durationtext.h"
#include "ui/common/translations.h"

#include <QLocale>
#include <QTest>

using namespace careround::ui;

class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remaining_data();
    void remaining();
    void clockTimeShowsTheDayOnlyWhenNeeded();
};

void TestDurationText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale()));
}

void TestDurationText::remaining_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("over") << qint64(0) << QStringLiteral("a moment");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("a moment");
    QTest::newRow("one second") << qint64(1) << QStringLiteral("1 second");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 seconds");
    QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 minute");
    QTest::newRow("minute and a second") << qint64(61) << QStringLiteral("1 minute 1 second");
    QTest::newRow("minutes and seconds") << qint64(270) << QStringLiteral("4 minutes 30 seconds");
    QTest::newRow("just under an hour") << qint64(3599) << QStringLiteral("59 minutes 59 seconds");
    QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 hour");
    QTest::newRow("rounds minutes up") << qint64(3601) << QStringLiteral("1 hour 1 minute");
    QTest::newRow("hours and minutes")
        << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 hours 5 minutes");
    QTest::newRow("a day") << qint64(24 * 3600) << QStringLiteral("24 hours");
}

void TestDurationText::remaining()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(DurationText::remaining(seconds), expected);
}

void TestDurationText::clockTimeShowsTheDayOnlyWhenNeeded()
{
    const QDateTime now(QDate(2025, 3, 4), QTime(14, 0)); // a Tuesday, local time
    QCOMPARE(DurationText::clockTime(QDateTime(QDate(2025, 3, 4), QTime(14, 35)), now),
             QStringLiteral("14:35"));
    QCOMPARE(DurationText::clockTime(QDateTime(QDate(2025, 3, 5), QTime(9, 5)), now),
             QStringLiteral("Wed 09:05"));
    QCOMPARE(DurationText::clockTime(QDateTime(), now), QString());
}

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
