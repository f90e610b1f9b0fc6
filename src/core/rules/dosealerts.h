#pragma once
// The medication alerts the server raises (docs/alerts.md):
//   time_critical_medication  a time-critical dose (duedoses.h: its order's narrow window) with
//                             no administration record when its window has closed;
//   medication_not_given      a dose recorded as not given for a reason the commissioning
//                             specification says to report (product.md "report to the
//                             commissioner immediately"): in hospital (a hospital admission),
//                             no visit (a missed call), not available (a supply failure: a
//                             medication error) and nausea/vomiting (deterioration). Refusals
//                             are reported as streaks (three_refusals, refusals.h), not one by
//                             one.
#include "core/medicationoutcome.h"
#include "duedoses.h"

namespace careround {

// Whether a dose recorded with `outcome` must be reported (the list above).
bool isReportableNotGiven(MedicationOutcome outcome);

// The time-critical doses of `doses` whose window ended at or before `now` and whose slot has
// no administration record (not withdrawn) among `personRecords` (one person's records, any
// types, amendments included).
QList<DueDose> overdueTimeCriticalDoses(const QList<DueDose> &doses,
                                        const QList<Record> &personRecords, const QDateTime &now);

// The administration records among `personRecords` (amendments applied: a corrected outcome
// counts, a withdrawn record does not) whose outcome is reportable.
QList<Record> reportableNotGivenRecords(const QList<Record> &personRecords);

} // namespace careround
