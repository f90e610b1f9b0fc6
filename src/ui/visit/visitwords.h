#pragma once
// How a visit reads on the round and the visit page: its status in words, a detail line that says
// what that means now ("Due at 08:00", "Running 50 minutes late"), the planned time and length,
// the call type and the delivered time. The status itself comes from the core fold; only the
// wording is here, tested.
#include "core/plannedvisit.h"
#include "core/rules/visitstatus.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace careround::ui {

class VisitWords
{
    Q_DECLARE_TR_FUNCTIONS(VisitWords)
public:
    // How a status is shown: the colour family of its chip. The words always say it too.
    enum class Tone { Neutral, Active, Attention, Alert, Good };

    static QString statusText(VisitStatus status); // "Upcoming", "Due now", "Late", …
    static Tone tone(VisitStatus status);
    // cancelReason: the rota's reason when cancelled (payload cancelReason).
    static QString statusDetail(const PlannedVisit &visit, const VisitState &state,
                                const QDateTime &now, const QString &cancelReason = {},
                                const VisitTimingThresholds &thresholds = {});
    static QString timeRange(const PlannedVisit &visit); // "08:00 to 08:45" (local time)
    static QString startTime(const PlannedVisit &visit); // "08:00"
    static QString length(int minutes); // "45 minutes", "1 hour 15 minutes"
    static QString callType(const QString &callType); // "morning" → "Morning call"
    static QString delivered(int deliveredMinutes, int plannedMinutes);
    static QString clock(const QDateTime &moment); // local short time, "08:03"
};

} // namespace careround::ui
