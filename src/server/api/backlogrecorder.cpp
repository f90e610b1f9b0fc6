#include "backlogrecorder.h"

#include "server/http/jsonlog.h"

#include <QMutexLocker>
#include <cstdlib>

namespace careround::server::api {

BacklogRecorder::BacklogRecorder(ServerStore &store, qint64 refreshIntervalMs)
    : m_store(store)
    , m_refreshIntervalMs(refreshIntervalMs)
{ }

void BacklogRecorder::report(const QString &deviceId, const BacklogReport &report,
                             const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        Written &last = m_written[deviceId];
        if (last.report == report && nowMs - last.atMs < m_refreshIntervalMs)
            return;
        last = Written {report, nowMs};
    }
    if (auto stored = m_store.reportDeviceBacklog(deviceId, report, now); !stored) {
        {
            QMutexLocker lock(&m_mutex);
            m_written.remove(deviceId); // try again on the next request
        }
        http::JsonLog::warning(QStringLiteral("backlog_report_failed"),
                               {{QStringLiteral("device"), deviceId},
                                {QStringLiteral("detail"), stored.error().toString().left(200)}});
    }
}

void BacklogRecorder::reportClock(const QString &deviceId, qint64 skewMs, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        WrittenClock &last = m_clocks[deviceId];
        if (last.atMs >= 0 && std::abs(last.skewMs - skewMs) <= kClockSkewStepMs
            && nowMs - last.atMs < m_refreshIntervalMs)
            return;
        last = WrittenClock {skewMs, nowMs};
    }
    if (auto stored = m_store.reportDeviceClock(deviceId, skewMs, now); !stored) {
        {
            QMutexLocker lock(&m_mutex);
            m_clocks.remove(deviceId); // try again on the next request
        }
        http::JsonLog::warning(QStringLiteral("clock_report_failed"),
                               {{QStringLiteral("device"), deviceId},
                                {QStringLiteral("detail"), stored.error().toString().left(200)}});
    }
}

} // namespace careround::server::api
