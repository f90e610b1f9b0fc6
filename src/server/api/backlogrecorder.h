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
    // The last value written for a device, and when.
    template<typename T>
    struct Written
    {
        T value;
        qint64 atMs = 0;
    };
    // Writes (`write`) unless `unchanged` says the last value written still stands and the
    // interval has not passed; a failed write is logged as `failedEvent` and tried again next time.
    template<typename T, typename Unchanged, typename Write>
    void writeWhenDue(QHash<QString, Written<T>> &written, const QString &deviceId, const T &value,
                      const QDateTime &now, Unchanged unchanged, Write write,
                      const QString &failedEvent);

    ServerStore &m_store;
    qint64 m_refreshIntervalMs;
    QMutex m_mutex;
    QHash<QString, Written<BacklogReport>> m_written;
    QHash<QString, Written<qint64>> m_clocks; // skew in ms
};

} // namespace careround::server::api
