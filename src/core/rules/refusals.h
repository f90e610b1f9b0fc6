#pragma once
// "Refusals on three or more consecutive visits" must be reported to the commissioner. A refusal is
// a medication.administration with outcome refused / refused_and_destroyed, or a visit.task with
// outcome refused. Per subject (one medication order, or one task by its name) and per visit, the
// visit's last record for the subject (HLC order) decides whether that visit was a refusal; the
// streak is the number of most recent visits in a row that were refusals.
#include "core/record.h"
#include <QList>
#include <QStringList>

namespace careround {

struct RefusalStreak
{
    QString subject; // "medication:<orderId>" or "task:<task name>"
    int consecutiveVisits = 0;
    QStringList recordIds; // the refusal records in the streak, oldest first
};

constexpr int RefusalAlertThreshold = 3;
// How far back (care days) the records that make a streak are read, on the phone and the server.
constexpr int RefusalLookbackDays = 31;

// `records` are one person's records (any types; others are ignored). Amendments that withdraw a
// record remove it. Returns a streak for every subject whose latest visit was a refusal, sorted by
// subject.
QList<RefusalStreak> refusalStreaks(const QList<Record> &records);
inline bool needsRefusalAlert(const RefusalStreak &streak, int threshold = RefusalAlertThreshold)
{
    return streak.consecutiveVisits >= threshold;
}

} // namespace careround
