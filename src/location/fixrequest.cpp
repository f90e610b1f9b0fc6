#include "fixrequest.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>

namespace careround::location {

namespace {

std::optional<LocationFix> fixFrom(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return std::nullopt;
    LocationFix fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        fix.accuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    fix.fixTime = info.timestamp().toUTC();
    return fix;
}

bool moreAccurate(const LocationFix &a, const LocationFix &b)
{
    if (!a.accuracyM)
        return false;
    return !b.accuracyM || *a.accuracyM < *b.accuracyM;
}

} // namespace

FixRequest::FixRequest(std::unique_ptr<QGeoPositionInfoSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_best)
            m_problem = QStringLiteral("timed out");
        finish();
    });
    if (m_source) {
        connect(m_source.get(), &QGeoPositionInfoSource::positionUpdated, this,
                &FixRequest::onPosition);
        connect(m_source.get(), &QGeoPositionInfoSource::errorOccurred, this,
                &FixRequest::onSourceError);
    }
}

FixRequest::~FixRequest()
{
    if (m_source && m_running)
        m_source->stopUpdates();
}

void FixRequest::start(int timeoutMs, double maxAccuracyM)
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_maxAccuracyM = maxAccuracyM;
    if (!m_source) {
        m_problem = QStringLiteral("no position source");
        finish();
        return;
    }
    m_timeout.start(std::max(0, timeoutMs));
    m_source->startUpdates();
}

void FixRequest::finishNow()
{
    if (m_running)
        finish();
}

int FixRequest::remainingMs() const
{
    return m_running && m_timeout.isActive() ? m_timeout.remainingTime() : 0;
}

void FixRequest::onPosition(const QGeoPositionInfo &info)
{
    if (!m_running)
        return;
    const auto fix = fixFrom(info);
    if (!fix)
        return;
    if (!m_best || moreAccurate(*fix, *m_best))
        m_best = fix;
    if (m_best->accuracyM && *m_best->accuracyM <= m_maxAccuracyM)
        finish();
}

void FixRequest::onSourceError()
{
    if (!m_running)
        return;
    const auto error = m_source->error();
    // ClosedError is the end of a replayed log: keep waiting would only run into the timeout.
    m_problem = error == QGeoPositionInfoSource::AccessError
        ? QStringLiteral("location access refused")
        : error == QGeoPositionInfoSource::ClosedError ? QStringLiteral("position source closed")
        : error == QGeoPositionInfoSource::UpdateTimeoutError
        ? QStringLiteral("timed out")
        : QStringLiteral("position source error");
    if (error == QGeoPositionInfoSource::UpdateTimeoutError)
        return; // a receiver still searching: the request's own timeout decides
    finish();
}

void FixRequest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_timeout.stop();
    if (m_source)
        m_source->stopUpdates();
    if (m_best)
        m_problem.clear();
    // Always from the event loop: a replayed source can deliver its first fix inside
    // startUpdates(), and callers must never get the answer inside their own call.
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_best); }, Qt::QueuedConnection);
}

} // namespace careround::location
