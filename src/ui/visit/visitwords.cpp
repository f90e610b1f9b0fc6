#include "visitwords.h"

#include "ui/common/durationtext.h"
#include <QLocale>

namespace careround::ui {

QString VisitWords::statusText(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Upcoming:
        return tr("Upcoming");
    case VisitStatus::Due:
        return tr("Due now");
    case VisitStatus::Late:
        return tr("Late");
    case VisitStatus::Missed:
        return tr("Missed");
    case VisitStatus::InProgress:
        return tr("In progress");
    case VisitStatus::Done:
        return tr("Done");
    case VisitStatus::NoAccess:
        return tr("No access");
    case VisitStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

VisitWords::Tone VisitWords::tone(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Due:
    case VisitStatus::InProgress:
        return Tone::Active;
    case VisitStatus::Late:
    case VisitStatus::NoAccess:
        return Tone::Attention;
    case VisitStatus::Missed:
        return Tone::Alert;
    case VisitStatus::Done:
        return Tone::Good;
    case VisitStatus::Upcoming:
    case VisitStatus::Cancelled:
        break;
    }
    return Tone::Neutral;
}

QString VisitWords::clock(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat)
                            : QString();
}

QString VisitWords::startTime(const PlannedVisit &visit)
{
    return clock(visit.plannedStart);
}

QString VisitWords::timeRange(const PlannedVisit &visit)
{
    //: planned start and end of a visit, e.g. "08:00 to 08:45"
    return tr("%1 to %2").arg(clock(visit.plannedStart), clock(visit.plannedEnd()));
}

QString VisitWords::length(int minutes)
{
    minutes = std::max(0, minutes);
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, minutes);
    const int hours = minutes / 60;
    if (minutes % 60 == 0)
        return tr("%n hour(s)", nullptr, hours);
    //: e.g. "1 hour 15 minutes"
    return tr("%1 %2").arg(tr("%n hour(s)", nullptr, hours),
                           tr("%n minute(s)", nullptr, minutes % 60));
}

QString VisitWords::callType(const QString &callType)
{
    QString words = callType.simplified();
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (words.isEmpty())
        return tr("Visit");
    words[0] = words[0].toUpper();
    //: the kind of call on the rota, e.g. "Morning call"
    return tr("%1 call").arg(words);
}

QString VisitWords::delivered(int deliveredMinutes, int plannedMinutes)
{
    //: e.g. "42 minutes delivered of 45 minutes planned"
    return tr("%1 delivered of %2 planned").arg(length(deliveredMinutes), length(plannedMinutes));
}

QString VisitWords::statusDetail(const PlannedVisit &visit, const VisitState &state,
                                 const QDateTime &now, const QString &cancelReason,
                                 const VisitTimingThresholds &thresholds)
{
    switch (state.status) {
    case VisitStatus::Upcoming:
        return tr("Starts at %1").arg(startTime(visit));
    case VisitStatus::Due:
        return now < visit.plannedStart ? tr("Due at %1").arg(startTime(visit))
                                        : tr("Was due at %1").arg(startTime(visit));
    case VisitStatus::Late: {
        const qint64 late = visit.plannedStart.secsTo(now);
        return tr("Running %1 late: not checked in").arg(DurationText::remaining(late - late % 60));
    }
    case VisitStatus::Missed:
        return tr("Not checked in by %1")
            .arg(clock(visit.plannedStart.addSecs(qint64(thresholds.missedAfterMinutes) * 60)));
    case VisitStatus::InProgress:
        return state.checkedInAt ? tr("Checked in at %1").arg(clock(*state.checkedInAt))
                                 : QString();
    case VisitStatus::Done:
        return delivered(state.deliveredMinutes, visit.durationMinutes);
    case VisitStatus::NoAccess:
        return tr("No access: the no-access steps were recorded");
    case VisitStatus::Cancelled:
        return cancelReason.simplified().isEmpty()
            ? tr("Cancelled by the office")
            : tr("Cancelled by the office: %1").arg(cancelReason.simplified());
    }
    return {};
}

} // namespace careround::ui
