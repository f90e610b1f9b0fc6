#pragma once
// Failed-login throttling per key ("login:ann", "ip:10.0.0.7"). Up to `allowedFailures` failures
// in a sliding window are free; every failure past that blocks the key for a doubling delay
// (base × 2^k, capped). A success clears the key. In memory, per server process: with several
// instances behind one address an attacker gets at most that many times the allowance.
#include <QHash>
#include <QMutex>
#include <QString>
#include <deque>

namespace careround::server::auth {

class RateLimiter
{
public:
    struct Policy
    {
        int allowedFailures = 5;
        qint64 windowMs = 60'000;
        qint64 baseBlockMs = 60'000;
        qint64 maxBlockMs = 60 * 60'000;
    };
    explicit RateLimiter(Policy policy)
        : m_policy(policy)
    { }

    // 0 when an attempt may go ahead now, else how long to wait.
    qint64 retryAfterMs(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void recordSuccess(const QString &key);

private:
    struct Entry
    {
        std::deque<qint64> failures; // inside the window
        int blocks = 0; // consecutive blocks, for the doubling
        qint64 blockedUntilMs = 0;
        qint64 lastSeenMs = 0;
    };
    void prune(Entry &entry, qint64 nowMs) const;
    void forgetStale(qint64 nowMs);

    Policy m_policy;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qint64 m_lastCleanupMs = 0;
};

} // namespace careround::server::auth
