#include "core/uuid7.h"
#include <QDateTime>
#include <QSet>
#include <QTest>
#include <limits>
#include <thread>

using namespace careround;

class TestUuid7 : public QObject
{
    Q_OBJECT
private slots:
    void newIdsAreCanonicalVersion7();
    void timestampIsNow();
    void idsIncreaseWithinOneMillisecond();
    void idsAreUniqueAcrossThreads();
    void rejectsOtherForms_data();
    void rejectsOtherForms();
    void deterministicIdsDependOnlyOnTheirInputs();
};

void TestUuid7::newIdsAreCanonicalVersion7()
{
    for (int i = 0; i < 1000; ++i) {
        const QString id = newUuid7();
        QVERIFY2(isUuid7(id), qPrintable(id));
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
    }
}

void TestUuid7::timestampIsNow()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newUuid7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QString hex = id.left(8) + id.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    QVERIFY(ok);
    // The counter may borrow a millisecond or two when many ids were made just before.
    QVERIFY2(ms >= before && ms <= after + 5,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(ms).arg(before).arg(after)));
}

void TestUuid7::idsIncreaseWithinOneMillisecond()
{
    QString previous = newUuid7();
    int sameMillisecond = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString id = newUuid7();
        QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" then ") + id));
        if (id.left(13) == previous.left(13))
            ++sameMillisecond;
        previous = id;
    }
    QVERIFY2(sameMillisecond > 0,
             "no two ids shared a millisecond: the test did not exercise the counter");
}

void TestUuid7::idsAreUniqueAcrossThreads()
{
    constexpr int Threads = 4;
    constexpr int PerThread = 5000;
    QList<QStringList> made(Threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < Threads; ++t)
        workers.emplace_back([&made, t] {
            for (int i = 0; i < PerThread; ++i)
                made[t].append(newUuid7());
        });
    for (auto &w : workers)
        w.join();
    QSet<QString> all;
    for (const QStringList &list : made) {
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i) > list.at(i - 1));
        for (const QString &id : list)
            all.insert(id);
    }
    QCOMPARE(all.size(), Threads * PerThread);
}

void TestUuid7::rejectsOtherForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("0190F3C2-8A4B-7C1D-9E2F-0123456789AB");
    QTest::newRow("version 4") << QStringLiteral("0190f3c2-8a4b-4c1d-9e2f-0123456789ab");
    QTest::newRow("variant 11") << QStringLiteral("0190f3c2-8a4b-7c1d-ce2f-0123456789ab");
    QTest::newRow("variant 0") << QStringLiteral("0190f3c2-8a4b-7c1d-7e2f-0123456789ab");
    QTest::newRow("no dashes") << QStringLiteral("0190f3c28a4b7c1d9e2f0123456789ab");
    QTest::newRow("braces") << QStringLiteral("{0190f3c2-8a4b-7c1d-9e2f-0123456789ab}");
    QTest::newRow("too short") << QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0123456789a");
    QTest::newRow("not hex") << QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0123456789ag");
    QTest::newRow("dash moved") << QStringLiteral("0190f3c28-a4b-7c1d-9e2f-0123456789ab");
}

void TestUuid7::rejectsOtherForms()
{
    QFETCH(QString, text);
    QVERIFY(!isUuid7(text));
    QVERIFY(isUuid7(QStringLiteral(
        "0190f3c2-8a4b-7c1d-9e2f-0123456789ab"))); // the valid form of the same shape
}

void TestUuid7::deterministicIdsDependOnlyOnTheirInputs()
{
    const qint64 ms = 1764000000123;
    const QString id = deterministicUuid7(ms, "conflict:a,b");
    QVERIFY2(isUuid7(id), qPrintable(id));
    QCOMPARE(deterministicUuid7(ms, "conflict:a,b"), id); // same inputs, same id
    QVERIFY(deterministicUuid7(ms, "conflict:a,c") != id);
    QVERIFY(deterministicUuid7(ms + 1, "conflict:a,b") != id);
    bool ok = false;
    QCOMPARE((id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16), ms); // the timestamp is the one given
    QVERIFY(ok);
    // The hash bits differ from one seed to the next (not just a counter), and ids stay canonical.
    QSet<QString> ids;
    for (int i = 0; i < 2000; ++i) {
        const QString other = deterministicUuid7(ms, QByteArray::number(i));
        QVERIFY2(isUuid7(other), qPrintable(other));
        ids.insert(other);
    }
    QCOMPARE(ids.size(), 2000);
    QVERIFY(isUuid7(deterministicUuid7(-5, "x")));
    QVERIFY(isUuid7(deterministicUuid7(std::numeric_limits<qint64>::max(), "x")));
}

QTEST_GUILESS_MAIN(TestUuid7)

#include "tst_uuid7.moc"
