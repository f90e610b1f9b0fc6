#include "demorunplanner.h"
#include <algorithm>

namespace careround::server::demo {

namespace {
QString key(const QDate &day, const QString &worker)
{
    return day.toString(Qt::ISODate) + QLatin1Char('|') + worker;
}
} // namespace

QTime DemoRunPlanner::book(const QDate &day, const QTime &slotStart, const QStringList &workerIds,
                           int minutes)
{
    int start = slotStart.msecsSinceStartOfDay() / 60000;
    for (const QString &worker : workerIds)
        start = std::max(start, m_nextFreeMinute.value(key(day, worker), start));
    // Far too many people per worker would run past midnight: the last calls then share the end
    // of the day rather than fall off it (a demo option problem, not a rota to copy).
    start = std::min(start, 24 * 60 - 1 - minutes);
    for (const QString &worker : workerIds)
        m_nextFreeMinute.insert(key(day, worker), start + minutes + TravelMinutes);
    return QTime(start / 60, start % 60);
}

} // namespace careround::server::demo
