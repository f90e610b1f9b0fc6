// RecordStore: the asynchronous API, its signals, shutdown, and one writer racing many readers.
#include "futurewait.h"
#include "recordfactory.h"
#include "sql/database.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careround;
using namespace careround::store;

namespace {

constexpr int SignalTimeoutMs = 5000;
using testutil::finishes;
using testutil::FutureTimeoutMs;

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QByteArray m_key = testutil::randomKey();
    QString freshPath() { return m_dir.filePath(QStringLiteral("store%1.db").arg(++m_counter)); }

    bool openStore(RecordStore &store, const QString &path)
    {
        auto opened = store.open(path, m_key);
        return finishes(opened) && opened.result().ok();
    }

private slots:
    void saveThenQueryAsynchronously();
    void savedAndPendingCountSignals();
    void badInputIsReportedAndStoresNothing();
    void queriesIssuedBeforeOpenFinishesWaitForIt();
    void closeFinishesQueuedWrites();
    void callsAfterCloseFail();
    void wrongKeyFailsOpenAndLaterSaves();
    void readersSeeConsistentPrefixWhileWriterSaves();
    void syncCallsReceiveListAndClearTheOutbox();
};

void TestRecordStore::saveThenQueryAsynchronously()
{
    RecordStore store;
    QVERIFY(openStore(store, freshPath()));
    QVERIFY(store.isOpen());
    const QString person = testutil::newId();
    const QString visit = testutil::newId();
    const QDate day(2024, 7, 1);
    const Record record = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("async"),
                                               person, visit, day);
    auto saved = store.save(record);
    QVERIFY(finishes(saved));
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().toString()));
    for (auto future : {store.forPerson(person), store.forVisit(visit), store.forDay(day)}) {
        QVERIFY(finishes(future));
        QCOMPARE(future.result().size(), 1);
        QVERIFY(future.result().first() == record);
    }
    auto count = store.pendingCount();
    QVERIFY(finishes(count));
    QCOMPARE(count.result(), 1);
}

void TestRecordStore::savedAndPendingCountSignals()
{
    RecordStore store;
    QVERIFY(openStore(store, freshPath()));
    QSignalSpy saved(&store, &RecordStore::saved);
    QSignalSpy pending(&store, &RecordStore::pendingCountChanged);
    const Record first = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("first"));
    QVERIFY(finishes(store.save(first)));
    QVERIFY(saved.wait(SignalTimeoutMs) || saved.size() == 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), first.id);
    QTRY_COMPARE_WITH_TIMEOUT(pending.size(), 1, SignalTimeoutMs);
    QCOMPARE(pending.last().first().toInt(), 1);

    // An identical re-save changes nothing and announces nothing.
    auto again = store.save(first);
    QVERIFY(finishes(again));
    QVERIFY(again.result().ok());
    const Record second =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("second"));
    QVERIFY(finishes(store.save(second)));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, SignalTimeoutMs);
    QCOMPARE(saved.last().first().toString(), second.id);
    QTRY_COMPARE_WITH_TIMEOUT(pending.last().first().toInt(), 2, SignalTimeoutMs);
}

void TestRecordStore::badInputIsReportedAndStoresNothing()
{
    RecordStore store;
    QVERIFY(openStore(store, freshPath()));
    QSignalSpy saved(&store, &RecordStore::saved);
    const auto bad = testutil::invalidRecords().first();
    auto result = store.save(bad.record);
    QVERIFY(finishes(result));
    QVERIFY(!result.result().ok());
    QVERIFY2(result.result().error().field.startsWith(bad.field),
             qPrintable(result.result().error().toString()));
    auto count = store.pendingCount();
    QVERIFY(finishes(count));
    QCOMPARE(count.result(), 0);
    QCOMPARE(saved.size(), 0);

    // A query with a bad argument answers empty and says why.
    QSignalSpy errors(&store, &RecordStore::errorOccurred);
    auto empty = store.forDay(QDate());
    QVERIFY(finishes(empty));
    QVERIFY(empty.result().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, SignalTimeoutMs);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("careDay")));
}

void TestRecordStore::queriesIssuedBeforeOpenFinishesWaitForIt()
{
    const QString path = freshPath();
    const Record record =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("already there"));
    {
        RecordStore first;
        QVERIFY(openStore(first, path));
        QVERIFY(finishes(first.save(record)));
    }
    RecordStore store;
    auto opened = store.open(path, m_key);
    auto rows = store.forPerson(record.personId); // not waiting for open first
    QVERIFY(finishes(rows));
    QCOMPARE(rows.result().size(), 1);
    QVERIFY(finishes(opened));
}

void TestRecordStore::closeFinishesQueuedWrites()
{
    const QString path = freshPath();
    constexpr int Count = 400;
    QList<QFuture<Result<void>>> futures;
    QStringList ids;
    {
        RecordStore store;
        QVERIFY(openStore(store, path));
        for (int i = 0; i < Count; ++i) {
            const Record r = testutil::makeRecord(testutil::RecordShape::Note,
                                                  QStringLiteral("queued %1").arg(i));
            ids << r.id;
            futures << store.save(r);
        }
        store.close(); // returns once every queued save is committed
        for (const auto &f : futures) {
            QVERIFY(f.isFinished());
            QVERIFY2(f.result().ok(), qPrintable(f.result().error().toString()));
        }
    }
    auto db = sql::Database::open(path, m_key);
    QVERIFY(db.ok());
    RecordRepository repo(db.value());
    QCOMPARE(repo.counts().value().records, Count);
    QCOMPARE(repo.counts().value().outbox, Count);
    for (const QString &id : std::as_const(ids))
        QVERIFY(repo.byId(id).value().has_value());
    // The last connection to close checkpointed the WAL away.
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
}

void TestRecordStore::callsAfterCloseFail()
{
    RecordStore store;
    QVERIFY(openStore(store, freshPath()));
    store.close();
    QVERIFY(!store.isOpen());
    auto result =
        store.save(testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("late")));
    QVERIFY(finishes(result));
    QVERIFY(!result.result().ok());
    QCOMPARE(result.result().error().message, QStringLiteral("store is closed"));
    auto rows = store.forDay(QDate(2024, 1, 1));
    QVERIFY(finishes(rows));
    QVERIFY(rows.result().isEmpty());
}

void TestRecordStore::wrongKeyFailsOpenAndLaterSaves()
{
    const QString path = freshPath();
    {
        RecordStore store;
        QVERIFY(openStore(store, path));
    }
    RecordStore store;
    QSignalSpy errors(&store, &RecordStore::errorOccurred);
    auto opened = store.open(path, testutil::randomKey());
    QVERIFY(finishes(opened));
    QVERIFY(!opened.result().ok());
    QVERIFY2(opened.result().error().message.contains(QStringLiteral("wrong key")),
             qPrintable(opened.result().error().toString()));
    QVERIFY(!store.isOpen());
    auto save = store.save(testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("x")));
    QVERIFY(finishes(save));
    QVERIFY(save.result().error().message.contains(QStringLiteral("wrong key")));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), SignalTimeoutMs);
}

void TestRecordStore::readersSeeConsistentPrefixWhileWriterSaves()
{
    // Saves commit in submission order, so any snapshot a reader gets must be a prefix 0..k-1 of
    // the sequence, and k may only grow from one read to the next on the same data.
    RecordStore store;
    QVERIFY(openStore(store, freshPath()));
    const QString person = testutil::newId();
    constexpr int Count = 3000;
    QList<QFuture<Result<void>>> saves;
    saves.reserve(Count);
    for (int i = 0; i < Count; ++i)
        saves << store.save(
            testutil::makeRecord(testutil::RecordShape::Note, QString::number(i), person));

    int reads = 0;
    int partialReads = 0;
    qsizetype lastSeen = 0;
    auto checkPrefix = [&](const QList<Record> &records) -> bool {
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (testutil::recordText(records[i]) != QString::number(i))
                return false;
        }
        return true;
    };
    for (;;) {
        // Two reads in flight at once: both reader connections are busy while the writer commits.
        auto a = store.forPerson(person);
        auto b = store.forPerson(person);
        QVERIFY(finishes(a));
        QVERIFY(finishes(b));
        for (const auto &records : {a.result(), b.result()}) {
            ++reads;
            QVERIFY2(checkPrefix(records), "a reader saw a gap or an out-of-order record");
            if (records.size() > 0 && records.size() < Count)
                ++partialReads;
        }
        // Both were issued after the previous reads had returned: neither may see less than they
        // did.
        QVERIFY(a.result().size() >= lastSeen);
        QVERIFY(b.result().size() >= lastSeen);
        lastSeen = std::max(a.result().size(), b.result().size());
        if (a.result().size() == Count && b.result().size() == Count)
            break;
    }
    for (const auto &f : saves)
        QVERIFY(f.isFinished() && f.result().ok());
    QVERIFY2(partialReads > 0,
             "no read overlapped the writer; the test did not exercise concurrency");
    qInfo("reads=%d of which during writing=%d", reads, partialReads);
}

void TestRecordStore::syncCallsReceiveListAndClearTheOutbox()
{
    RecordStore store;
    QVERIFY(openStore(store, freshPath()));
    QSignalSpy saved(&store, &RecordStore::saved);
    QSignalSpy pending(&store, &RecordStore::pendingCountChanged);
    const QDate day(2024, 8, 1);
    const QString person = testutil::newId();

    QList<Record> pulled;
    for (int i = 0; i < 3; ++i)
        pulled << testutil::makeRecord(testutil::RecordShape::Note,
                                       QStringLiteral("pulled %1").arg(i), person, {}, day);
    auto received = store.saveReceived(pulled);
    QVERIFY(finishes(received));
    QVERIFY2(received.result().ok(), qPrintable(received.result().error().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, SignalTimeoutMs);
    auto count = store.pendingCount();
    QVERIFY(finishes(count));
    QCOMPARE(count.result(), 0); // pulled records are not uploaded again

    // A batch with one bad record stores none of it.
    QList<Record> mixed {
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("ok"), person, {}, day),
        testutil::invalidRecords().first().record};
    auto refused = store.saveReceived(mixed);
    QVERIFY(finishes(refused));
    QVERIFY(!refused.result().ok());
    QVERIFY2(refused.result().error().field.startsWith(QStringLiteral("records[1].")),
             qPrintable(refused.result().error().toString()));
    auto rows = store.forDay(day);
    QVERIFY(finishes(rows));
    QCOMPARE(rows.result().size(), 3);

    const Record mine =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("mine"), person, {}, day);
    const Record also =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("also"), person, {}, day);
    QVERIFY(finishes(store.save(mine)));
    QVERIFY(finishes(store.save(also)));
    auto outbox = store.pendingOutbox(10);
    QVERIFY(finishes(outbox));
    QCOMPARE(outbox.result().size(), 2);
    QCOMPARE(outbox.result().first().recordId, mine.id);

    auto sent = store.markSent({mine.id});
    QVERIFY(finishes(sent));
    QCOMPARE(sent.result().value(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pending.last().first().toInt(), 1, SignalTimeoutMs);
    store.close();
    auto late = store.markSent({also.id});
    QVERIFY(finishes(late));
    QCOMPARE(late.result().error().message, QStringLiteral("store is closed"));
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
