#pragma once
// The alert records of the rules the scheduler evaluates (alertscheduler.h; the rules are core's:
// rules/visitalerts.h, dosealerts.h, oversightalerts.h). Like every server-raised alert, the whole
// content and the id derive from the subject and the slot (the instant the rule became true),
// never from when or where it was noticed: two server processes raise byte-identical records.
#include "alertrecord.h"
#include "core/plannedvisit.h"
#include "core/rules/duedoses.h"
#include "core/rules/visitalerts.h"

namespace careround::server::alerts {

// `workerNames`: the visit's workers, in words ("Ann Smith and Bob Jones").
Record visitAlert(const PlannedVisit &visit, const VisitAlertFinding &finding,
                  const QString &workerNames);
// `medicine`: "Insulin 10 units" style words (empty: the order's id is named).
Record timeCriticalDoseAlert(const DueDose &dose, const QString &personId);
Record notGivenAlert(const Record &administration, const QString &medicine);
Record incidentReportDueAlert(const Record &incident, const QDateTime &due);
// `episode`: the episode record (its first version: the id is the episode's).
Record reablementExitAlert(const Record &episode, const QDate &lastWeekFrom,
                           const QDate &plannedEnd);
// A worker overdue for observed practice (rule spot_check_due) or supervision (supervision_due):
// one alert per worker and due day. No person: it reaches coordinators (docs/alerts.md).
Record oversightAlert(const QString &rule, const QString &workerId, const QString &workerName,
                      const QDate &last, const QDate &dueFrom);

} // namespace careround::server::alerts
