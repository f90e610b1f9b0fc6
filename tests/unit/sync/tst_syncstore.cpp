// The store calls sync needs: a pulled page and its cursor in one transaction (both or neither),
// purges that never touch unsent records, the commit observer, and removing the files.
#include "core/recordtypes.h"
#include "futurewait.h"
#include "recordfactory.h"
#include "sql/database.h"
#include "store/recordstore.h"
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace careround;
using namespace careround::store;
using namespace careround::testutil;

namespace {
template<typename T>
T resultOf(const QFuture<T> &future)
{
    if (!finishes(future))
        qFatal("store call did not finish");
    return future.result();
}
const QString CursorKey = QStringLiteral("sync.cursor");
} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_key = randomKey();
        m_store = std::make_unique<RecordStore>();
        QVERIFY(resultOf(m_store->open(path(), m_key)));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void pageAndCursorCommitTogether()
    {
        const QList<Record> page {makeRecord(RecordShape::Note, QStringLiteral("one")),
                                  makeRecord(RecordShape::CheckIn, QStringLiteral("two"))};
        const auto applied = resultOf(m_store->applyPulledPage(page, {{CursorKey, "42"}}));
        QVERIFY(applied);
        QCOMPARE(applied.value(), 2);
        QCOMPARE(*resultOf(m_store->deviceState(CursorKey)).value(), QByteArray("42"));
        QCOMPARE(resultOf(m_store->pendingCount()), 0); // received records are not queued
        QCOMPARE(m_store->clockFloor(), std::max(page[0].hlc, page[1].hlc));
        // The same page again (an answer applied twice): nothing new, cursor still saved.
        QCOMPARE(resultOf(m_store->applyPulledPage(page, {{CursorKey, "40"}})).value(), 0);
        QCOMPARE(*resultOf(m_store->deviceState(CursorKey)).value(), QByteArray("40"));
    }

    void aBadRecordLeavesNeitherPageNorCursor()
    {
        QVERIFY(resultOf(m_store->setDeviceState(CursorKey, "7")));
        Record good = makeRecord(RecordShape::Note, QStringLiteral("good"));
        Record bad = invalidRecords().first().record;
        const auto applied = resultOf(m_store->applyPulledPage({good, bad}, {{CursorKey, "99"}}));
        QVERIFY(!applied);
        QVERIFY2(applied.error().field.startsWith(QStringLiteral("records[1].")),
                 qPrintable(applied.error().toString()));
        QCOMPARE(*resultOf(m_store->deviceState(CursorKey)).value(), QByteArray("7"));
        QVERIFY(resultOf(m_store->forPerson(good.personId)).isEmpty());
    }

    void aPreparedPageIsCheckedWhenPreparedAndStoredAsPrepared()
    {
        // Sync prepares pages on its decode thread: the rules run there, once, and the writer
        // stores exactly the rows prepared.
        Record good = makeRecord(RecordShape::Note, QStringLiteral("prepared"));
        const auto refused = PreparedRecords::prepare({good, invalidRecords().first().record});
        QVERIFY(!refused);
        QVERIFY2(refused.error().field.startsWith(QStringLiteral("records[1].")),
                 qPrintable(refused.error().toString()));
        const auto prepared = PreparedRecords::prepare({good});
        QVERIFY(prepared);
        QCOMPARE(resultOf(m_store->applyPulledPage(prepared.value(), {{CursorKey, "5"}})).value(),
                 1);
        QCOMPARE(*resultOf(m_store->deviceState(CursorKey)).value(), QByteArray("5"));
        const QList<Record> stored = resultOf(m_store->forPerson(good.personId));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first(), good);
    }

    void purgeDeletesPeopleButNeverUnsentRecords()
    {
        const QString person = newId();
        const Record received =
            makeRecord(RecordShape::Note, QStringLiteral("from office"), person);
        const Record unsent = makeRecord(RecordShape::CheckIn, QStringLiteral("mine"), person);
        const Record other = makeRecord(RecordShape::Note, QStringLiteral("someone else"));
        QVERIFY(resultOf(m_store->applyPulledPage({received, other}, {})));
        QVERIFY(resultOf(m_store->save(unsent)));
        const auto purged = resultOf(m_store->purge({{person}, {}, {}}));
        QVERIFY(purged);
        QCOMPARE(purged.value().deleted, 1);
        QCOMPARE(purged.value().keptPersonIds, QStringList {person});
        QVERIFY(purged.value().purgedPersonIds.isEmpty());
        const auto left = resultOf(m_store->forPerson(person));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, unsent.id);
        QCOMPARE(resultOf(m_store->forPerson(other.personId)).size(), 1);
        // Once delivered, the person goes completely.
        QVERIFY(resultOf(m_store->markSent({unsent.id})));
        const auto again = resultOf(m_store->purge({{person}, {}, {}}));
        QCOMPARE(again.value().purgedPersonIds, QStringList {person});
        QVERIFY(resultOf(m_store->forPerson(person)).isEmpty());
    }

    void historyPurgeKeepsOfficeTypesAndRecentDays()
    {
        const QDate cutoff(2025, 3, 1);
        const Record old =
            makeRecord(RecordShape::Note, QStringLiteral("old"), {}, {}, cutoff.addDays(-1));
        const Record recent =
            makeRecord(RecordShape::Note, QStringLiteral("recent"), {}, {}, cutoff);
        Record oldOffice =
            makeRecord(RecordShape::Note, QStringLiteral("office"), {}, {}, cutoff.addDays(-30));
        QVERIFY(resultOf(m_store->applyPulledPage({old, recent, oldOffice}, {})));
        const auto purged =
            resultOf(m_store->purge({{}, cutoff, {oldOffice.type + QStringLiteral(".not")}}));
        QCOMPARE(purged.value().deleted, 2);
        QVERIFY(resultOf(m_store->forDay(cutoff.addDays(-1))).isEmpty());
        QCOMPARE(resultOf(m_store->forDay(cutoff)).size(), 1);
        // Kept types survive whatever their day.
        const Record kept =
            makeRecord(RecordShape::CheckIn, QStringLiteral("kept"), {}, {}, cutoff.addDays(-9));
        QVERIFY(resultOf(m_store->applyPulledPage({kept}, {})));
        QCOMPARE(resultOf(m_store->purge({{}, cutoff, {kept.type}})).value().deleted, 0);
        QCOMPARE(resultOf(m_store->forDay(kept.careDay)).size(), 1);
    }

    void entryCodesPurgeKeepsListedPeopleAndUnsentCodes()
    {
        const auto codesOf = [](const QString &personId, const QString &code) {
            Record r = makeRecord(RecordShape::Note, code, personId);
            r.type = QString::fromLatin1(RecordType::PersonEntryCodes);
            r.schemaVersion = 1;
            r.visitId.clear();
            r.payload = QJsonObject {
                {QStringLiteral("codes"),
                 QJsonArray {QJsonObject {{QStringLiteral("label"), QStringLiteral("Key safe")},
                                          {QStringLiteral("code"), code}}}}};
            return r;
        };
        const QString visitedToday = newId(), visitedYesterday = newId(), writtenHere = newId();
        const Record kept = codesOf(visitedToday, QStringLiteral("1111"));
        const Record over = codesOf(visitedYesterday, QStringLiteral("2222"));
        const Record overNote =
            makeRecord(RecordShape::Note, QStringLiteral("stays"), visitedYesterday);
        const Record unsent = codesOf(writtenHere, QStringLiteral("3333"));
        const auto applied = resultOf(m_store->applyPulledPage({kept, over, overNote}, {}));
        QVERIFY2(applied, qPrintable(applied.error().toString()));
        QVERIFY(resultOf(m_store->save(unsent)));
        PurgeRequest request;
        request.entryCodesFor = QStringList {visitedToday};
        const auto purged = resultOf(m_store->purge(request));
        QVERIFY2(purged, qPrintable(purged.error().toString()));
        QCOMPARE(purged.value().deleted, 1);
        QCOMPARE(resultOf(m_store->forPerson(visitedToday)).size(), 1);
        const QList<Record> left = resultOf(m_store->forPerson(visitedYesterday));
        QCOMPARE(left.size(), 1); // the person's other records stay
        QCOMPARE(left.first().id, overNote.id);
        QCOMPARE(resultOf(m_store->forPerson(writtenHere)).size(), 1); // never an unsent record
        // No list (a server that says nothing of entry codes): nothing goes.
        QCOMPARE(resultOf(m_store->purge(PurgeRequest {})).value().deleted, 0);
        QCOMPARE(resultOf(m_store->forPerson(visitedToday)).size(), 1);
    }

    void commitObserverSeesLocalSavesOnly()
    {
        QMutex mutex;
        QStringList before;
        QStringList after;
        QStringList visibleBeforeCommit;
        RecordStore *store = m_store.get();
        m_store->setCommitObserver(
            {[&](const QList<Record> &records) {
                 QMutexLocker lock(&mutex);
                 for (const Record &r : records) {
                     before.append(r.id);
                     // Inside the transaction: a reader connection cannot see the record yet.
                     if (!resultOf(store->forDay(r.careDay)).isEmpty())
                         visibleBeforeCommit.append(r.id);
                 }
             },
             [&](const QList<Record> &records, bool committed) {
                 QMutexLocker lock(&mutex);
                 for (const Record &r : records)
                     after.append(r.id + (committed ? QStringLiteral(":committed") : QString()));
             }});
        const Record local = makeRecord(RecordShape::Note, QStringLiteral("local"));
        QVERIFY(resultOf(m_store->save(local)));
        QVERIFY(resultOf(m_store->save(local))); // again: nothing new committed
        QVERIFY(resultOf(m_store->applyPulledPage(
            {makeRecord(RecordShape::Note, QStringLiteral("remote"))}, {})));
        m_store->setCommitObserver({});
        QVERIFY(resultOf(m_store->save(makeRecord(RecordShape::Note, QStringLiteral("after")))));
        QMutexLocker lock(&mutex);
        QCOMPARE(before, QStringList {local.id});
        QCOMPARE(after, QStringList {local.id + QStringLiteral(":committed")});
        QCOMPARE(visibleBeforeCommit, QStringList {});
    }

    void removeFilesDeletesTheDatabase()
    {
        QVERIFY(resultOf(m_store->save(makeRecord(RecordShape::Note, QStringLiteral("x")))));
        m_store->close();
        QVERIFY(QFile::exists(path()));
        QVERIFY(RecordStore::removeFiles(path()));
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("records.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    std::unique_ptr<RecordStore> m_store;
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
