#include "ratelimiter.h"

#include <QMutexLocker>

namespace careround::server::auth {

void RateLimiter::prune(Entry &entry, qint64 nowMs) const
{
    while (!entry.failures.empty() && entry.failures.front() <= nowMs - m_policy.windowMs)
        entry.failures.pop_front();
}

void RateLimiter::forgetStale(qint64 nowMs)
{
    if (nowMs - m_lastCleanupMs < m_policy.windowMs)
        return;
    m_lastCleanupMs = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool stale =
            it->blockedUntilMs <= nowMs && nowMs - it->lastSeenMs > m_policy.maxBlockMs;
        it = stale ? m_entries.erase(it) : std::next(it);
    }
}

qint64 RateLimiter::retryAfterMs(const QString &key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return 0;
    return qMax<qint64>(0, it->blockedUntilMs - nowMs);
}

void RateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    forgetStale(nowMs);
    Entry &entry = m_entries[key];
    entry.lastSeenMs = nowMs;
    prune(entry, nowMs);
    entry.failures.push_back(nowMs);
    if (static_cast<int>(entry.failures.size()) >= m_policy.allowedFailures) {
        const int shift = qMin(entry.blocks, 20);
        const qint64 block = qMin(m_policy.maxBlockMs, m_policy.baseBlockMs << shift);
        entry.blockedUntilMs = nowMs + block;
        ++entry.blocks;
    }
}

void RateLimiter::recordSuccess(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
}

} // namespace careround::server::auth
