#include "durationtext.h"

#include <QLocale>

namespace careround::ui {

QString DurationText::remaining(qint64 seconds)
{
    if (seconds <= 0)
        return tr("a moment");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600) {
        const int minutes = int(seconds / 60);
        const int rest = int(seconds % 60);
        if (rest == 0)
            return tr("%n minute(s)", nullptr, minutes);
        //: e.g. "4 minutes 30 seconds"
        return tr("%1 %2").arg(tr("%n minute(s)", nullptr, minutes),
                               tr("%n second(s)", nullptr, rest));
    }
    const qint64 totalMinutes = (seconds + 59) / 60;
    const int hours = int(totalMinutes / 60);
    const int minutes = int(totalMinutes % 60);
    if (minutes == 0)
        return tr("%n hour(s)", nullptr, hours);
    //: e.g. "1 hour 5 minutes"
    return tr("%1 %2").arg(tr("%n hour(s)", nullptr, hours), tr("%n minute(s)", nullptr, minutes));
}

QString DurationText::clockTime(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return time;
    //: day and time, e.g. "Tue 14:35"
    return tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
}

} // namespace careround::ui
