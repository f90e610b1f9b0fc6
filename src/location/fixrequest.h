#pragma once
// One position fix with a timeout, for a check-in or check-out. Starts the source, takes the first
// update accurate to maxAccuracyM, or when the time is up (or the source fails) the most accurate
// update seen so far, or none. finishNow() stops waiting at once ("check in without waiting").
// Never blocks: finished() is emitted exactly once, always from the event loop (never inside
// start() or finishNow()).
#include "locationfix.h"
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QGeoPositionInfo;
class QGeoPositionInfoSource;

namespace careround::location {

class FixRequest : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the source; a null source finishes with no fix as soon as started.
    explicit FixRequest(std::unique_ptr<QGeoPositionInfoSource> source, QObject *parent = nullptr);
    ~FixRequest() override;

    void start(int timeoutMs, double maxAccuracyM);
    void finishNow(); // stop waiting: the best fix so far, if any, follows in finished()
    bool isRunning() const { return m_running; }
    int remainingMs() const; // until the timeout, while running

    // Why there is no fix, in a few words for logs ("timed out", "no position source", …).
    QString problem() const { return m_problem; }

signals:
    void finished(const std::optional<careround::location::LocationFix> &fix);

private:
    void onPosition(const QGeoPositionInfo &info);
    void onSourceError();
    void finish();

    std::unique_ptr<QGeoPositionInfoSource> m_source;
    QTimer m_timeout;
    std::optional<LocationFix> m_best;
    double m_maxAccuracyM = 0;
    bool m_running = false;
    bool m_finished = false;
    QString m_problem;
};

} // namespace careround::location

Q_DECLARE_METATYPE(std::optional<careround::location::LocationFix>)
