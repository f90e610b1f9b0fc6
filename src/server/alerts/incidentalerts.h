#pragma once
// Every accepted incident raises an alert for the office (issue 7; product.md "report to the
// commissioner immediately: safeguarding concerns; serious incidents, hospital admissions,
// deaths"). Severity: urgent for a safeguarding concern, a hospital admission, a death or any
// incident of severity "serious"; warning otherwise.
// Safeguarding concerns are NEVER withheld: nothing in the incident, the person's record or a
// family link (no refusal, consent or sharing field) is consulted before raising the alert.
#include "alertrecord.h"

namespace careround::server::alerts {

QString incidentAlertSeverity(const QString &kind, const QString &incidentSeverity);
// reporterName: the display name of the incident's author ("" if unknown).
Record incidentAlert(const Record &incident, const QString &reporterName);

} // namespace careround::server::alerts
