#pragma once
// Plans each demo worker's day as a run: calls booked in time order follow one another with
// travel time between them, never before their slot opens (morning, lunch, tea, bed) and never
// two at once. A double-handed call starts when both of its workers are free.
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTime>

namespace careround::server::demo {

class DemoRunPlanner
{
public:
    static constexpr int TravelMinutes = 15;

    // The start of a call of `minutes` whose slot opens at `slotStart` on `day`, for
    // `workerIds`; books the workers until the call ends plus travel. Book in slot order.
    QTime book(const QDate &day, const QTime &slotStart, const QStringList &workerIds, int minutes);

private:
    QHash<QString, int> m_nextFreeMinute; // "day|worker" -> minute of the day
};

} // namespace careround::server::demo
