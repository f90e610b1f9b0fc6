#pragma once
// Delivered hours of a payment week (Monday-Sunday, by the UK date the call started), per person
// and per worker, by core's billing rules (rules/billing.h): day calls in units of 1/300 h with
// the 60/80/100 % bands then pro rata, night sessions (callType "night", "sleep_in" or
// "waking_night") in minutes of 9-hour sessions, the rural uplift of the person's ruralClass.
// Only delivered visits count (status done). Time beyond the plan is paid only with a check-out
// "emergencyReason" and at most 60 minutes; the rest is reported as unpaid. Workers are billed
// without uplift (it belongs to the person's address). Amounts are 0 when no rates are given.
#include "core/rules/billing.h"
#include "officedata.h"

namespace careround::server {

struct HoursLine
{
    QString id; // person or worker id
    QString name;
    QString ruralClass; // people: the code from the person record, "" when unknown (no uplift)
    int calls = 0;
    int deliveredMinutes = 0; // as checked in and out
    int unpaidMinutesBeyondPlan = 0;
    billing::WeeklyBill bill; // units, minutes and pence
};

struct HoursReport
{
    billing::PaymentWeek week;
    billing::Rates rates;
    QList<HoursLine> people; // by name, then id
    QList<HoursLine> workers;
};

bool isNightSession(const PlannedVisit &visit);

// `day` must cover the week's visits (loadOfficeDay over the week, a day either side).
Result<HoursReport> buildHoursReport(const OfficeDay &day, const billing::PaymentWeek &week,
                                     const billing::Rates &rates, const OfficeViewer &viewer);

} // namespace careround::server
