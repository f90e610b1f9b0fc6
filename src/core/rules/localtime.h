#pragma once
// Wall-clock (Europe/London) times of day made into instants, and the words care workers read.
// The zone is always passed in, so tests can pin it and no rule reads the machine's zone.
#include <QDateTime>
#include <QTimeZone>

namespace careround {

enum class WallClockKind {
    Normal, // the time happens once that day
    Skipped, // the clocks went forward over it (01:30 on the spring day in the UK)
    Repeated, // the clocks went back over it: it happens twice (01:30 on the autumn day)
};

struct WallClockInstant
{
    QDateTime utc; // the instant, in UTC
    WallClockKind kind = WallClockKind::Normal;
};

// The instant of `time` on `day` in `zone`:
//  - Skipped: the offset from before the change is used, so the time keeps its distance from
//    midnight: 01:30 on the UK spring day is 01:30 UTC = 02:30 BST;
//  - Repeated: the first occurrence (01:30 BST on the UK autumn day): a dose happens once.
WallClockInstant resolveWallClock(const QDate &day, const QTime &time, const QTimeZone &zone);

// "14:15" in `zone`.
QString clockText(const QDateTime &instant, const QTimeZone &zone);
// "14:15" when on the same local day as `reference`, "09:10 on Tuesday" within the next or last
// six days, else "09:10 on Tuesday 11 March".
QString whenText(const QDateTime &instant, const QDateTime &reference, const QTimeZone &zone);
// "4 hours", "1 hour 30 minutes", "45 minutes", "1 minute".
QString durationText(int minutes);

} // namespace careround
