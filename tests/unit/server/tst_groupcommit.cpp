// GroupCommit (as the store uses it for audit entries): appends made at the same time share one
// write; every caller returns only once its own entries are written (or the write failed);
// nothing is written twice or lost.
#include "server/storage/groupcommit.h"
#include "server/storage/servertypes.h"

#include <QMutex>
#include <QSet>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace careround;
using namespace careround::server;

class TestGroupCommit : public QObject
{
    Q_OBJECT
private slots:
    void concurrentAppendsShareWritesAndLoseNothing();
    void aFailedWriteFailsEveryCallerOfThatBatch();
};

namespace {

using AuditCommit = GroupCommit<QList<AuditEntry>, bool>;

// The write function of a test: sees every entry of the batch, answers one per job.
AuditCommit::Write writer(std::function<Result<void>(const QList<AuditEntry> &)> write)
{
    return [write](const QList<QList<AuditEntry>> &jobs) -> Result<QList<bool>> {
        QList<AuditEntry> all;
        for (const QList<AuditEntry> &entries : jobs)
            all += entries;
        if (auto r = write(all); !r)
            return r.error();
        return QList<bool>(jobs.size(), true);
    };
}

AuditEntry entry(int thread, int n)
{
    AuditEntry e;
    e.orgId = QStringLiteral("org");
    e.action = QStringLiteral("record.read");
    e.recordId = QStringLiteral("%1-%2").arg(thread).arg(n);
    e.at = QDateTime::currentDateTimeUtc();
    return e;
}

} // namespace

void TestGroupCommit::concurrentAppendsShareWritesAndLoseNothing()
{
    QMutex mutex;
    QSet<QString> written;
    int writes = 0;
    std::atomic<int> inWrite {0};
    bool overlapped = false;
    AuditCommit commit(writer([&](const QList<AuditEntry> &entries) -> Result<void> {
        overlapped = overlapped || inWrite.fetch_add(1) > 0;
        QThread::msleep(5); // a commit's fsync
        {
            QMutexLocker lock(&mutex);
            ++writes;
            for (const AuditEntry &e : entries) {
                if (written.contains(e.recordId))
                    return Error {QStringLiteral("twice"), e.recordId};
                written.insert(e.recordId);
            }
        }
        inWrite.fetch_sub(1);
        return {};
    }));
    constexpr int Threads = 8, PerThread = 25;
    std::atomic<int> notYetWritten {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int n = 0; n < PerThread; ++n) {
                const AuditEntry e = entry(t, n);
                if (!commit.submit({e}).ok())
                    notYetWritten.fetch_add(1000);
                QMutexLocker lock(&mutex);
                if (!written.contains(e.recordId)) // returned before its entry was written
                    notYetWritten.fetch_add(1);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(notYetWritten.load(), 0);
    QCOMPARE(written.size(), Threads * PerThread);
    QVERIFY(!overlapped); // one write at a time
    QVERIFY2(writes < Threads * PerThread / 2,
             qPrintable(QString::number(writes))); // batches were shared
}

void TestGroupCommit::aFailedWriteFailsEveryCallerOfThatBatch()
{
    AuditCommit *self = nullptr;
    std::atomic<bool> firstWriting {false};
    AuditCommit commit(writer([&](const QList<AuditEntry> &entries) -> Result<void> {
        // The first write holds the writer until the two other appends are queued behind it.
        if (entries.first().recordId == QLatin1String("1-0")) {
            firstWriting = true;
            for (int i = 0; i < 1000 && self->queuedJobs() < 2; ++i)
                QThread::msleep(10);
        }
        for (const AuditEntry &e : entries) {
            if (e.recordId.startsWith(QLatin1String("bad")))
                return Error {QStringLiteral("storage"), QStringLiteral("disk full")};
        }
        return {};
    }));
    self = &commit;
    AuditEntry bad = entry(0, 1);
    bad.recordId = QStringLiteral("bad");
    std::atomic<int> failed {0};
    std::vector<std::thread> threads;
    threads.emplace_back([&] { failed += commit.submit({entry(1, 0)}).ok() ? 0 : 10; });
    QTRY_VERIFY(firstWriting.load()); // the first caller leads and is writing
    threads.emplace_back([&] { failed += commit.submit({bad}).ok() ? 0 : 1; });
    threads.emplace_back([&] { failed += commit.submit({entry(2, 0)}).ok() ? 0 : 1; });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failed.load(), 2); // both members of the failed batch hear of it, the first is fine
    QVERIFY(commit.submit({entry(3, 0)}).ok()); // and later appends work again
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
