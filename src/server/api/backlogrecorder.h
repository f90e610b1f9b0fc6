#pragma once
// Keeps ServerStore's per-device backlog (CareRound-Pending-Records) and clock skew
// (CareRound-Device-Time) current without a database
// write on every request: a report is written when the count changed since this process last
// wrote it, or when a minute has passed (so the time of the report stays fresh). With several
// server processes a report may lag by at most that minute. Best effort, like the device's
// last-seen time: a failed write is logged, never fails the request. Thread-safe.
#include "server/storage/serverstore.h"
#include <QHash>
#include <QMutex>

namespace careround::server::api {

class BacklogRecorder
{
public:
    explicit BacklogRecorder(ServerStore &store, qint64 refreshIntervalMs = 60'000);
    void report(const QString &deviceId, const BacklogReport &report, const QDateTime &now);
    // The device's clock skew (CareRound-Device-Time), for the office's devices report: written
    // when it moved by more than kClockSkewStepMs since last written, or the interval passed.
    void reportClock(const QString &deviceId, qint64 skewMs, const QDateTime &now);
    static constexpr qint64 kClockSkewStepMs = 60'000; // network delays move it by less

private:
    struct Written
    {
        std::optional<BacklogReport> report;
        qint64 atMs = 0;
    };
    ServerStore &m_store;
    qint64 m_refreshIntervalMs;
    QMutex m_mutex;
    QHash<QString, Written> m_written;
    struct WrittenClock
    {
        qint64 skewMs = 0;
        qint64 atMs = -1;
    };
    QHash<QString, WrittenClock> m_clocks;
};

} // namespace careround::server::api
