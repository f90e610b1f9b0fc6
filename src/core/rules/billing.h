#pragma once
// Delivered-time billing per the commissioning specification. All money is integer pence; time is
// counted in "units" of 1/300 hour (12 seconds) so every band below is exact in integers.
//
// Day support (calls starting 07:00–22:00 local time), per call, payable minutes m →
//   m <= 0          : 0
//   0 < m <= 30     : 0.6 h × m/30      (a half hour is paid as 60% of an hour)
//   30 < m <= 60    : 0.6 h + 0.4 h × (m−30)/30  (45 min → 0.8 h, 60 min → 1.0 h)
//   m > 60          : m/60 h             (pro rata per minute)
// i.e. straight lines through (0,0), (30,0.6), (45,0.8), (60,1.0): no cliff edges, and a call
// delivered short is paid short ("invoice only the time actually delivered").
// Payable minutes = delivered minutes, capped at the planned length, plus emergency extra time
// beyond the plan of at most 60 minutes and only with a reason.
// Nights: 9-hour sessions (540 minutes) at a session rate, part sessions pro rata per minute.
// Payment week: Monday–Sunday. Rural uplift on the week's total: +5% town_and_fringe,
// +10% village_and_dispersed. Rounding: half up, once per week per amount (day, night, uplift).
#include "core/result.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace careround::billing {

constexpr qint64 UnitsPerHour = 300;
constexpr int NightSessionMinutes = 9 * 60;
constexpr int MaxEmergencyExtraMinutes = 60;
inline const QTime DayStart(7, 0);
inline const QTime DayEnd(22, 0);

qint64 billableUnits(int payableMinutes);
// rate × units / 300, rounded half up.
qint64 dayAmountPence(qint64 hourlyRatePence, qint64 units);
// sessionRate × minutes / 540, rounded half up.
qint64 nightAmountPence(qint64 sessionRatePence, qint64 nightMinutes);
bool isDaySupportTime(const QTime &localTime); // 07:00 <= t < 22:00

// Payable minutes of one call. Error "emergencyReason" when time beyond the plan is claimed
// without a reason; extra beyond 60 minutes is not payable (capped, not an error).
Result<int> payableMinutes(int deliveredMinutes, int plannedMinutes,
                           const QString &emergencyReason = {});

enum class RuralClass { Urban, TownAndFringe, VillageAndDispersed };
std::optional<RuralClass>
ruralClassFromCode(const QString &code); // "urban", "town_and_fringe", "village_and_dispersed"
int ruralUpliftPercent(RuralClass ruralClass); // 0, 5, 10
qint64 upliftPence(qint64 amountPence, RuralClass ruralClass); // the uplift alone, rounded half up

struct PaymentWeek
{
    QDate monday;
    QDate sunday;
    bool contains(const QDate &day) const { return day >= monday && day <= sunday; }
    friend bool operator==(const PaymentWeek &, const PaymentWeek &) = default;
};
PaymentWeek weekOf(const QDate &day);

struct DeliveredCall
{
    QDateTime localStart; // local (UK) wall time the call started
    int deliveredMinutes = 0;
    int plannedMinutes = 0;
    bool nightSession =
        false; // a booked night (sleep-in / waking night), billed in 9-hour sessions
    QString emergencyReason; // reason for time beyond the plan, if any
};

struct Rates
{
    qint64 hourlyPence = 0; // day support, per hour
    qint64 nightSessionPence = 0; // per 9-hour night session
};

struct WeeklyBill
{
    PaymentWeek week;
    qint64 dayUnits = 0;
    qint64 nightMinutes = 0;
    int callsOutsideDayHours =
        0; // day calls that started before 07:00 or from 22:00: billed, but flagged
    qint64 dayPence = 0;
    qint64 nightPence = 0;
    qint64 upliftPence = 0;
    qint64 totalPence = 0;
};

// One bill per payment week that has calls, in week order. Errors name the call:
// "calls[3].emergencyReason".
Result<QList<WeeklyBill>> billByWeek(const QList<DeliveredCall> &calls, const Rates &rates,
                                     RuralClass ruralClass);

} // namespace careround::billing
