#include "core/hlc.h"
#include <QTest>
#include <atomic>
#include <thread>

using namespace careround;

namespace {
constexpr qint64 Day = 24LL * 60 * 60 * 1000;
constexpr qint64 T0 = 1'740'816'000'000; // 2025-03-01T08:00:00Z

// A wall clock the test moves by hand.
struct ManualClock
{
    std::shared_ptr<std::atomic<qint64>> ms = std::make_shared<std::atomic<qint64>>(T0);
    HybridLogicalClock::WallClock fn() const
    {
        auto p = ms;
        return [p] {
            return p->load();
        };
    }
};
} // namespace

class TestHlc : public QObject
{
    Q_OBJECT
private slots:
    void textRoundTrips();
    void textSortsLikeTimestamps_data();
    void textSortsLikeTimestamps();
    void fromStringRejects_data();
    void fromStringRejects();
    void nowIncreasesWhenTheWallClockStandsStillOrStepsBack();
    void nowFollowsTheWallClock();
    void observeMergesRemote_data();
    void observeMergesRemote();
    void skewedClocksKeepCausalOrder_data();
    void skewedClocksKeepCausalOrder();
    void threadsGetUniqueIncreasingTimestamps();
};

void TestHlc::textRoundTrips()
{
    const HlcTimestamp t {T0, 42, QStringLiteral("device-1")};
    QCOMPARE(t.toString(), QStringLiteral("001740816000000-0000000042-device-1"));
    const auto back = HlcTimestamp::fromString(t.toString());
    QVERIFY(back.has_value());
    QCOMPARE(*back, t);
    const HlcTimestamp max {HlcTimestamp::MaxWallMs, 0xffffffffu, QStringLiteral("n")};
    QCOMPARE(*HlcTimestamp::fromString(max.toString()), max);
    // The digit-by-digit writer gives what QString::arg gives, at both ends of the range.
    for (const HlcTimestamp &c : {HlcTimestamp {0, 0, QStringLiteral("n")}, max,
                                  HlcTimestamp {1, 4294967295u, QStringLiteral("a.b_c:d@e-f")}})
        QCOMPARE(c.toString(),
                 QStringLiteral("%1-%2-%3")
                     .arg(c.wallMs, 15, 10, QLatin1Char('0'))
                     .arg(c.logical, 10, 10, QLatin1Char('0'))
                     .arg(c.node));
}

void TestHlc::textSortsLikeTimestamps_data()
{
    QTest::addColumn<HlcTimestamp>("a");
    QTest::addColumn<HlcTimestamp>("b");
    const QString n = QStringLiteral("device-1");
    QTest::newRow("wall 9 vs 10 digits")
        << HlcTimestamp {999'999'999, 5, n} << HlcTimestamp {1'000'000'000, 0, n};
    QTest::newRow("logical 9 vs 10") << HlcTimestamp {T0, 9, n} << HlcTimestamp {T0, 10, n};
    QTest::newRow("node breaks tie")
        << HlcTimestamp {T0, 1, QStringLiteral("a")} << HlcTimestamp {T0, 1, QStringLiteral("b")};
    QTest::newRow("node prefix") << HlcTimestamp {T0, 1, QStringLiteral("dev")}
                                 << HlcTimestamp {T0, 1, QStringLiteral("device")};
    QTest::newRow("wall beats logical")
        << HlcTimestamp {T0, 0xffffffffu, n} << HlcTimestamp {T0 + 1, 0, n};
    QTest::newRow("upper before lower")
        << HlcTimestamp {T0, 1, QStringLiteral("Z")} << HlcTimestamp {T0, 1, QStringLiteral("a")};
}

void TestHlc::textSortsLikeTimestamps()
{
    QFETCH(HlcTimestamp, a);
    QFETCH(HlcTimestamp, b);
    QVERIFY(a < b);
    QVERIFY(a.toString() < b.toString());
    QCOMPARE(a.toString().size() - a.node.size(), b.toString().size() - b.node.size());
}

void TestHlc::fromStringRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no node") << QStringLiteral("001740816000000-0000000042-");
    QTest::newRow("short wall") << QStringLiteral("1740816000000-0000000042-device");
    QTest::newRow("letters in wall") << QStringLiteral("00174081600000x-0000000042-device");
    QTest::newRow("sign in wall") << QStringLiteral("-01740816000000-0000000042-device");
    QTest::newRow("logical overflow") << QStringLiteral("001740816000000-4294967296-device");
    QTest::newRow("space in node") << QStringLiteral("001740816000000-0000000042-my device");
    QTest::newRow("wrong separator") << QStringLiteral("001740816000000_0000000042-device");
    QTest::newRow("node too long")
        << QStringLiteral("001740816000000-0000000042-") + QString(129, QLatin1Char('n'));
}

void TestHlc::fromStringRejects()
{
    QFETCH(QString, text);
    QVERIFY(!HlcTimestamp::fromString(text).has_value());
}

void TestHlc::nowIncreasesWhenTheWallClockStandsStillOrStepsBack()
{
    ManualClock wall;
    HybridLogicalClock clock(QStringLiteral("d"), wall.fn());
    HlcTimestamp previous = clock.now();
    for (int i = 0; i < 100; ++i) {
        if (i == 50)
            *wall.ms = T0 - Day; // the user sets the clock back a day
        const HlcTimestamp t = clock.now();
        QVERIFY(previous < t);
        QCOMPARE(t.wallMs, T0);
        previous = t;
    }
    QCOMPARE(previous.logical, 100u);
}

void TestHlc::nowFollowsTheWallClock()
{
    ManualClock wall;
    HybridLogicalClock clock(QStringLiteral("d"), wall.fn());
    clock.now();
    clock.now();
    *wall.ms = T0 + 5;
    const HlcTimestamp t = clock.now();
    QCOMPARE(t.wallMs, T0 + 5);
    QCOMPARE(t.logical, 0u);
    QCOMPARE(t.node, QStringLiteral("d"));
}

void TestHlc::observeMergesRemote_data()
{
    QTest::addColumn<qint64>("localWall");
    QTest::addColumn<HlcTimestamp>("remote");
    QTest::addColumn<qint64>("expectWall");
    QTest::addColumn<quint32>("expectLogical");
    const QString r = QStringLiteral("remote");
    // The local clock has issued {T0, 0} before each observe.
    QTest::newRow("remote behind: local wall wins")
        << T0 << HlcTimestamp {T0 - 1000, 7, r} << T0 << 1u;
    QTest::newRow("remote ahead: remote wall, its logical + 1")
        << T0 << HlcTimestamp {T0 + 1000, 7, r} << T0 + 1000 << 8u;
    QTest::newRow("same wall: max logical + 1") << T0 << HlcTimestamp {T0, 7, r} << T0 << 8u;
    QTest::newRow("physical ahead of both")
        << T0 + 5000 << HlcTimestamp {T0 + 1000, 7, r} << T0 + 5000 << 0u;
}

void TestHlc::observeMergesRemote()
{
    QFETCH(qint64, localWall);
    QFETCH(HlcTimestamp, remote);
    QFETCH(qint64, expectWall);
    QFETCH(quint32, expectLogical);
    ManualClock wall;
    HybridLogicalClock clock(QStringLiteral("local"), wall.fn());
    const HlcTimestamp before = clock.now();
    *wall.ms = localWall;
    const HlcTimestamp t = clock.observe(remote);
    QCOMPARE(t.wallMs, expectWall);
    QCOMPARE(t.logical, expectLogical);
    QVERIFY(remote < t);
    QVERIFY(before < t);
}

void TestHlc::skewedClocksKeepCausalOrder_data()
{
    QTest::addColumn<qint64>("skewA");
    QTest::addColumn<qint64>("skewB");
    QTest::newRow("A +24h, B -24h") << Day << -Day;
    QTest::newRow("A -24h, B +24h") << -Day << Day;
    QTest::newRow("A +24h, B on time") << Day << 0LL;
    QTest::newRow("both on time") << 0LL << 0LL;
}

// Messages go A -> B -> server -> A repeatedly while real time advances; every receive must be
// ordered after the send that caused it, and each clock's own events stay increasing.
void TestHlc::skewedClocksKeepCausalOrder()
{
    QFETCH(qint64, skewA);
    QFETCH(qint64, skewB);
    ManualClock real;
    auto skewed = [&real](qint64 skew) {
        auto p = real.ms;
        return HybridLogicalClock::WallClock([p, skew] { return p->load() + skew; });
    };
    HybridLogicalClock a(QStringLiteral("a"), skewed(skewA));
    HybridLogicalClock b(QStringLiteral("b"), skewed(skewB));
    HybridLogicalClock server(QStringLiteral("server"), skewed(0));
    HlcTimestamp lastA, lastB;
    for (int round = 0; round < 50; ++round) {
        *real.ms += 1000; // one second of real time per round
        const HlcTimestamp sentByA = a.now();
        QVERIFY(lastA < sentByA);
        const HlcTimestamp receivedByB = b.observe(sentByA);
        QVERIFY(sentByA < receivedByB);
        QVERIFY(lastB < receivedByB);
        const HlcTimestamp writtenByB = b.now(); // a record B writes after reading A's
        QVERIFY(receivedByB < writtenByB);
        const HlcTimestamp atServer = server.observe(writtenByB);
        QVERIFY(writtenByB < atServer);
        lastA = a.observe(atServer);
        QVERIFY(atServer < lastA);
        lastB = writtenByB;
    }
    // Bounded drift: no clock runs ahead of the fastest physical clock by more than the rounds'
    // ticks.
    const qint64 fastest = *real.ms + std::max({skewA, skewB, 0LL});
    QVERIFY(lastA.wallMs <= fastest);
}

void TestHlc::threadsGetUniqueIncreasingTimestamps()
{
    HybridLogicalClock clock(QStringLiteral("d"));
    constexpr int Threads = 4;
    constexpr int PerThread = 5000;
    std::vector<QList<HlcTimestamp>> made(Threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < Threads; ++t)
        workers.emplace_back([&, t] {
            for (int i = 0; i < PerThread; ++i)
                made[t].append(clock.now());
        });
    for (auto &w : workers)
        w.join();
    QList<HlcTimestamp> all;
    for (const auto &list : made) {
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1) < list.at(i));
        all += list;
    }
    std::sort(all.begin(), all.end());
    QCOMPARE(std::adjacent_find(all.begin(), all.end()), all.end());
}

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
