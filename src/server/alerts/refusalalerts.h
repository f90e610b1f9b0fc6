#pragma once
// "Refusals on three or more consecutive visits" (product.md), raised by the server from the task
// and medication refusal records it holds (core rules/refusals.h), never written by a phone.
// ONE alert per streak: its id derives from the first RefusalAlertThreshold refusals of the
// streak, so a fourth refusal, a retried push or another server process raises a Duplicate.
#include "alertrecord.h"
#include "core/rules/refusals.h"
#include <QHash>
#include <functional>

namespace careround::server::alerts {

// Whether `record` is a refusal (a refused task or dose): only then can a streak have grown.
bool isRefusal(const Record &record);

struct RefusalNames
{
    QHash<QString, QString> userNames; // user id -> display name
    QString subject; // "“Personal care”" or "Amlodipine 5 mg tablet"
};

// The alerts the streaks among `personRecords` (one person's tasks, doses and amendments) call
// for: one for each streak of at least the threshold. `names(streak)` gives its words.
QList<Record> threeRefusalsAlerts(const QList<Record> &personRecords,
                                  const std::function<RefusalNames(const RefusalStreak &)> &names,
                                  int threshold = RefusalAlertThreshold);

} // namespace careround::server::alerts
