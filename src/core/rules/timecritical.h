#pragma once
// Time-critical medicines (Parkinson's, insulin, anti-epileptics) are flagged on the round: for
// each visit that gives one, the earliest such dose, e.g. "Insulin 08:00 ±30 min".
#include "duedoses.h"
#include <QHash>

namespace careround {

struct TimeCriticalFlag
{
    QString visitId;
    DueDose earliest; // the time-critical dose with the earliest window start
    int doseCount = 0; // time-critical doses the visit gives
    QString label() const; // "Insulin 08:00 ±30 min", "… and 1 more"
};

// Planned doses (planDoses, any number of people and days) → a flag for every visit that gives a
// time-critical dose, keyed by visitId. The earliest window start decides which dose is named.
QHash<QString, TimeCriticalFlag> timeCriticalFlags(const QList<DueDose> &doses);

// Time-critical doses that no visit covers: each needs a "time_critical_medication" alert.
QList<DueDose> uncoveredTimeCriticalDoses(const QList<DueDose> &doses);

} // namespace careround
