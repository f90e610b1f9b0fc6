#pragma once
// Keeps ServerStore's per-device backlog (CareRound-Pending-Records) current without a database
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
};

} // namespace careround::server::api
