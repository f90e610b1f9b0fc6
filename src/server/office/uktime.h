#pragma once
// UK wall time for what the office reads: rota days, payment weeks and times in alert summaries
// are in Europe/London (GMT/BST), whatever the server's own zone.
#include <QDateTime>
#include <QTimeZone>

namespace careround::server {

QTimeZone ukTimeZone();
QDateTime ukLocal(const QDateTime &instant);
QString ukClock(const QDateTime &instant); // "08:05"
QDate ukDay(const QDateTime &instant);
QDateTime ukStartOfDay(const QDate &day); // 00:00 UK time on `day`, as a UTC instant

} // namespace careround::server
