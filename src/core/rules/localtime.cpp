#include "localtime.h"
#include <QCoreApplication>
#include <QLocale>

namespace careround {

namespace {

constexpr qint64 HalfDaySecs = 12 * 3600;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("LocalTime", text, nullptr, n);
}

} // namespace

WallClockInstant resolveWallClock(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    // The wall time read as if it were UTC; an instant u shows it in `zone` iff u + offset(u) ==
    // it.
    const QDateTime naive(day, time, QTimeZone::utc());
    const int before = zone.offsetFromUtc(naive.addSecs(-HalfDaySecs));
    const int after = zone.offsetFromUtc(naive.addSecs(HalfDaySecs));
    const QDateTime withBefore = naive.addSecs(-before);
    const QDateTime withAfter = naive.addSecs(-after);
    const bool beforeFits = zone.offsetFromUtc(withBefore) == before;
    const bool afterFits = zone.offsetFromUtc(withAfter) == after;
    if (beforeFits && afterFits && before != after)
        return {std::min(withBefore, withAfter), WallClockKind::Repeated};
    if (beforeFits)
        return {withBefore, WallClockKind::Normal};
    if (afterFits)
        return {withAfter, WallClockKind::Normal};
    return {withBefore, WallClockKind::Skipped};
}

QString clockText(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
}

QString whenText(const QDateTime &instant, const QDateTime &reference, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const QDate refDay = reference.toTimeZone(zone).date();
    const QString clock = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == refDay)
        return clock;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString weekday = english.dayName(local.date().dayOfWeek());
    if (qAbs(refDay.daysTo(local.date())) <= 6)
        return tr("%1 on %2").arg(clock, weekday);
    return tr("%1 on %2 %3")
        .arg(clock, weekday, english.toString(local.date(), QStringLiteral("d MMMM")));
}

QString durationText(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    const QString h = hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    const QString m = rest == 1 ? tr("1 minute") : tr("%1 minutes").arg(rest);
    if (hours == 0)
        return m;
    return rest == 0 ? h : h + QLatin1Char(' ') + m;
}

} // namespace careround
