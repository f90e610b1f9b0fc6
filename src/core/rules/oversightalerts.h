#pragma once
// The oversight alerts the server raises (docs/alerts.md), from product.md:
//   spot_check_due       "direct observation at least yearly with the person's consent": no spot
//                        check with consent in the last ObservationMonths (12) calendar months;
//   supervision_due      "supervision quarterly": no supervision record in SupervisionMonths (3);
//   incident_report_due  "incidents: phone, then written within 12 hours": an incident reported
//                        by phone whose written report (written or e-mail) is not on record
//                        IncidentWrittenReportHours (12) after the phone call;
//   reablement_exit_due  an episode in its last ReablementLastWeekDays (7) before its planned
//                        end (or past it) with no exit outcome.
// Dates are care days (Europe/London); instants are compared as instants (any zone).
#include "core/record.h"
#include <QDate>
#include <optional>

namespace careround {

constexpr int ObservationMonths = 12;
constexpr int SupervisionMonths = 3;
constexpr int IncidentWrittenReportHours = 12;
constexpr int ReablementLastWeekDays = 7;

// The first day on which a worker last seen on `last` is overdue (last + months); an invalid
// `last` (never) is overdue from `since` (the day the worker started, or any day before `asOf`).
QDate oversightDueFrom(const QDate &last, int months, const QDate &since);
// Whether it is overdue on `asOf`: asOf >= oversightDueFrom(...).
bool oversightOverdue(const QDate &last, int months, const QDate &since, const QDate &asOf);

// The instant the written report of `incident` became due (first phone report + 12 h), or
// nothing when there is no phone report or a written (or e-mail) report is on record.
std::optional<QDateTime> incidentWrittenReportDue(const Record &incident);
// Due and not done at `now`: now >= the due instant.
std::optional<QDateTime> overdueIncidentReport(const Record &incident, const QDateTime &now);

// The first care day of the episode's last week (plannedEnd - 7 days), when the episode (a
// reablement.episode payload) has no exitOutcome and `asOf` is on or after it; else nothing.
std::optional<QDate> reablementExitDue(const QJsonObject &episode, const QDate &asOf);

} // namespace careround
