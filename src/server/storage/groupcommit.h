#pragma once
// Group commit: jobs submitted at the same time share one transaction (one lock, one fsync)
// instead of queueing one transaction each behind the single writer. The first caller to find no
// write in progress leads: it writes everything queued - its own job and those of whoever arrived
// meanwhile - in one call of `write`, and repeats until nothing is queued; the others wait for the
// batch holding their job and return their answer from it. Nobody returns before their job is
// committed or the write failed (then every job of that batch gets the error: nothing of it was
// committed). Used for audit appends and record puts (sqlserverstore_*.cpp). Thread-safe.
#include "core/result.h"
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>
#include <functional>
#include <memory>

namespace careround::server {

template<typename Job, typename Answer>
class GroupCommit
{
public:
    // One transaction for all the jobs; one answer per job, in order.
    using Write = std::function<Result<QList<Answer>>(const QList<Job> &)>;
    explicit GroupCommit(Write write)
        : m_write(std::move(write))
    { }

    Result<Answer> submit(Job job)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_queued)
            m_queued = std::make_shared<Batch>();
        const std::shared_ptr<Batch> mine = m_queued;
        const qsizetype index = mine->jobs.size();
        mine->jobs.append(std::move(job));
        if (m_writing) {
            while (!mine->done)
                m_written.wait(&m_mutex);
            return answerOf(*mine, index);
        }
        m_writing = true;
        while (m_queued) {
            const std::shared_ptr<Batch> batch = std::exchange(m_queued, nullptr);
            lock.unlock();
            Result<QList<Answer>> answers = m_write(batch->jobs);
            lock.relock();
            batch->answers = std::move(answers);
            batch->done = true;
            m_written.wakeAll();
        }
        m_writing = false;
        return answerOf(*mine, index);
    }

    int queuedJobs() // waiting for the write in progress (for tests)
    {
        QMutexLocker lock(&m_mutex);
        return m_queued ? int(m_queued->jobs.size()) : 0;
    }

private:
    struct Batch
    {
        QList<Job> jobs;
        bool done = false;
        Result<QList<Answer>> answers = Error {};
    };
    static Result<Answer> answerOf(const Batch &batch, qsizetype index)
    {
        if (!batch.answers)
            return batch.answers.error();
        return batch.answers.value().at(index);
    }

    Write m_write;
    QMutex m_mutex;
    QWaitCondition m_written;
    std::shared_ptr<Batch> m_queued; // collecting jobs while a batch is being written
    bool m_writing = false;
};

} // namespace careround::server
