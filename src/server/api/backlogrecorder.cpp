#include "backlogrecorder.h"

#include "server/http/jsonlog.h"

#include <QMutexLocker>
#include <cstdlib>

namespace careround::server::api {

BacklogRecorder::BacklogRecorder(ServerStore &store, qint64 refreshIntervalMs)
    : m_store(store)
    , m_refreshIntervalMs(refreshIntervalMs)
{ }

template<typename T, typename Unchanged, typename Write>
void BacklogRecorder::writeWhenDue(QHash<QString, Written<T>> &written, const QString &deviceId,
                                   const T &value, const QDateTime &now, Unchanged unchanged,
                                   Write write, const QString &failedEvent)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        const auto last = written.constFind(deviceId);
        if (last != written.cend() && unchanged(last->value)
            && nowMs - last->atMs < m_refreshIntervalMs)
            return;
        written.insert(deviceId, Written<T> {value, nowMs});
    }
    if (auto stored = write(); !stored) {
        {
            QMutexLocker lock(&m_mutex);
            written.remove(deviceId); // try again on the next request
        }
        http::JsonLog::warning(failedEvent,
                               {{QStringLiteral("device"), deviceId},
                                {QStringLiteral("detail"), stored.error().toString().left(200)}});
    }
}

void BacklogRecorder::report(const QString &deviceId, const BacklogReport &report,
                             const QDateTime &now)
{
    writeWhenDue(
        m_written, deviceId, report, now, [&](const BacklogReport &last) { return last == report; },
        [&] { return m_store.reportDeviceBacklog(deviceId, report, now); },
        QStringLiteral("backlog_report_failed"));
}

void BacklogRecorder::reportClock(const QString &deviceId, qint64 skewMs, const QDateTime &now)
{
    writeWhenDue(
        m_clocks, deviceId, skewMs, now,
        [&](qint64 last) { return std::abs(last - skewMs) <= kClockSkewStepMs; },
        [&] { return m_store.reportDeviceClock(deviceId, skewMs, now); },
        QStringLiteral("clock_report_failed"));
}

} // namespace careround::server::api
