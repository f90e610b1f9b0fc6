#include "uktime.h"

namespace careround::server {

QTimeZone ukTimeZone()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

QDateTime ukLocal(const QDateTime &instant)
{
    return instant.toTimeZone(ukTimeZone());
}

QString ukClock(const QDateTime &instant)
{
    return ukLocal(instant).toString(QStringLiteral("HH:mm"));
}

QDate ukDay(const QDateTime &instant)
{
    return ukLocal(instant).date();
}

QDateTime ukStartOfDay(const QDate &day)
{
    return day.startOfDay(ukTimeZone()).toUTC();
}

} // namespace careround::server
