#include "core/rules/localtime.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;

Q_DECLARE_METATYPE(careround::WallClockKind)

class TestLocalTime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(fixtures::london().isValid(), "Europe/London time zone data is missing");
    }
    void resolve_data();
    void resolve();
    void words_data();
    void words();
    void durations_data();
    void durations();
};

void TestLocalTime::resolve_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<WallClockKind>("kind");
    const QDate winter(2025, 1, 15), summer(2025, 7, 15), spring(2025, 3, 30), autumn(2025, 10, 26);
    QTest::newRow("winter: GMT") << winter << "08:00"
                                 << "2025-01-15T08:00:00Z" << WallClockKind::Normal;
    QTest::newRow("summer: BST") << summer << "08:00"
                                 << "2025-07-15T07:00:00Z" << WallClockKind::Normal;
    QTest::newRow("spring day, before") << spring << "00:30"
                                        << "2025-03-30T00:30:00Z" << WallClockKind::Normal;
    QTest::newRow("spring day, skipped 01:00") << spring << "01:00"
                                               << "2025-03-30T01:00:00Z" << WallClockKind::Skipped;
    QTest::newRow("spring day, skipped 01:30") << spring << "01:30"
                                               << "2025-03-30T01:30:00Z" << WallClockKind::Skipped;
    QTest::newRow("spring day, 02:00 exists") << spring << "02:00"
                                              << "2025-03-30T01:00:00Z" << WallClockKind::Normal;
    QTest::newRow("spring day, after") << spring << "08:00"
                                       << "2025-03-30T07:00:00Z" << WallClockKind::Normal;
    QTest::newRow("autumn day, before") << autumn << "00:30"
                                        << "2025-10-25T23:30:00Z" << WallClockKind::Normal;
    QTest::newRow("autumn day, 01:00 twice") << autumn << "01:00"
                                             << "2025-10-26T00:00:00Z" << WallClockKind::Repeated;
    QTest::newRow("autumn day, 01:30 twice") << autumn << "01:30"
                                             << "2025-10-26T00:30:00Z" << WallClockKind::Repeated;
    QTest::newRow("autumn day, 02:00 once") << autumn << "02:00"
                                            << "2025-10-26T02:00:00Z" << WallClockKind::Normal;
    QTest::newRow("autumn day, after") << autumn << "08:00"
                                       << "2025-10-26T08:00:00Z" << WallClockKind::Normal;
    QTest::newRow("day before spring") << QDate(2025, 3, 29) << "23:30"
                                       << "2025-03-29T23:30:00Z" << WallClockKind::Normal;
    QTest::newRow("midnight after autumn") << QDate(2025, 10, 27) << "00:00"
                                           << "2025-10-27T00:00:00Z" << WallClockKind::Normal;
}

void TestLocalTime::resolve()
{
    QFETCH(QDate, day);
    QFETCH(QString, time);
    QFETCH(QString, utc);
    QFETCH(WallClockKind, kind);
    const WallClockInstant at =
        resolveWallClock(day, QTime::fromString(time, QStringLiteral("HH:mm")), fixtures::london());
    QCOMPARE(at.utc.toUTC().toString(Qt::ISODate), utc);
    QCOMPARE(int(at.kind), int(kind));
}

void TestLocalTime::words_data()
{
    QTest::addColumn<QString>("instant"); // London wall time
    QTest::addColumn<QString>("reference"); // London wall time
    QTest::addColumn<QString>("expected");
    QTest::newRow("same day") << "2025-03-03 14:15"
                              << "2025-03-03 10:00"
                              << "14:15";
    QTest::newRow("tomorrow") << "2025-03-04 09:10"
                              << "2025-03-03 10:00"
                              << "09:10 on Tuesday";
    QTest::newRow("yesterday") << "2025-03-02 22:15"
                               << "2025-03-03 10:00"
                               << "22:15 on Sunday";
    QTest::newRow("a week on") << "2025-03-11 09:10"
                               << "2025-03-03 10:00"
                               << "09:10 on Tuesday 11 March";
    QTest::newRow("summer time shown locally") << "2025-07-01 08:00"
                                               << "2025-07-01 07:00"
                                               << "08:00";
}

void TestLocalTime::words()
{
    QFETCH(QString, instant);
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    QCOMPARE(whenText(fixtures::londonTime(instant).toUTC(),
                      fixtures::londonTime(reference).toUTC(), fixtures::london()),
             expected);
}

void TestLocalTime::durations_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 minute") << 1 << "1 minute";
    QTest::newRow("45 minutes") << 45 << "45 minutes";
    QTest::newRow("1 hour") << 60 << "1 hour";
    QTest::newRow("90") << 90 << "1 hour 30 minutes";
    QTest::newRow("4 hours") << 240 << "4 hours";
    QTest::newRow("4 hours 1 minute") << 241 << "4 hours 1 minute";
}

void TestLocalTime::durations()
{
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    QCOMPARE(durationText(minutes), expected);
}

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
