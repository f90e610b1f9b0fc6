#pragma once
// How far a record's clock and times may lie from the receiver's own clock (docs/domain.md, "Time
// bounds"). A clock in 2099 is a broken or hostile device: accepted, it would be served to every
// colleague, and their phones adopt the clocks they receive. The server refuses such records
// (ScopeService::push); a device refuses to adopt such a clock (HybridLogicalClock::observe).
#include "record.h"
#include "result.h"
#include <QDateTime>

namespace careround::timebounds {

// A clock, device time or event time may be at most this far ahead of the receiver's clock.
inline constexpr qint64 MaxAheadMs = 24LL * 60 * 60 * 1000;
// Care days: events (a visit's notes, a dose, an incident) up to tomorrow; the office's planning
// records (rota, plans, orders, reablement episodes, and amendments of them) up to this far ahead;
// nothing older than the years care records are kept for.
inline constexpr int MaxEventDaysAhead = 1;
inline constexpr int MaxPlanDaysAhead = 400;
inline constexpr int MaxYearsBack = 8;

// Whether a received clock is within MaxAheadMs of `nowMs` (ms since the epoch).
bool clockWithinBound(qint64 wallMs, qint64 nowMs);

// The envelope (hlc, deviceTime, careDay) and the payload times that say when something happened
// (incident occurredAt and reportedTo[].at, a dose's administeredAt and prnEffect.recordedAt, a
// check-in's or check-out's location.fixTime, the same inside an amendment's replacement),
// measured against `now` (the server's clock). The first problem, naming the field.
Result<void> checkRecordTimes(const Record &record, const QDateTime &now);

} // namespace careround::timebounds
