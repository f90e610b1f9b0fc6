#pragma once
// Every record type, as the string stored in Record::type. The payload of each is described in
// docs/domain.md and checked by validateRecord (recordvalidation.h).
#include <QString>
#include <QStringList>

namespace careround {

namespace RecordType {
// Office-owned, versioned entities
inline constexpr auto Person = "person";
inline constexpr auto PersonEntryCodes =
    "person.entrycodes"; // key-safe / door codes, kept apart from name and address
inline constexpr auto CarePlan = "careplan";
inline constexpr auto MedicationOrder = "medication.order";
inline constexpr auto Visit = "visit"; // a planned call on the rota
// Reablement
inline constexpr auto ReablementEpisode = "reablement.episode";
inline constexpr auto ReablementReview = "reablement.review";
inline constexpr auto GoalProgress = "goal.progress";
// Events against a visit (append-only)
inline constexpr auto VisitCheckIn = "visit.checkin";
inline constexpr auto VisitCheckOut = "visit.checkout";
inline constexpr auto VisitTask = "visit.task";
inline constexpr auto VisitNote = "visit.note";
inline constexpr auto VisitFinance = "visit.finance";
inline constexpr auto VisitNoAccess = "visit.noaccess";
inline constexpr auto VisitFileRead = "visit.fileread";
inline constexpr auto MedicationAdministration = "medication.administration";
// Derived by the server for a family member's device from a delivered visit (date, time, the
// worker's first name); never written by a device.
inline constexpr auto VisitSummary = "visit.summary";
// Communication book, observed practice, incidents
inline constexpr auto CommbookEntry = "commbook.entry";
inline constexpr auto CommbookAck = "commbook.ack";
inline constexpr auto SpotCheck = "spotcheck";
inline constexpr auto SpotCheckAck = "spotcheck.ack";
// A supervision session of a worker (supervisor, worker, date, notes, actions): no person.
inline constexpr auto Supervision = "supervision";
inline constexpr auto Incident = "incident";
// Corrections and rule output
inline constexpr auto Amendment = "amendment";
inline constexpr auto Alert = "alert";
// A person's action on an alert (acknowledge, assign, resolve): append-only, folded into the
// alert's state by rules/alertstate.h.
inline constexpr auto AlertAction = "alert.action";
} // namespace RecordType

// All types above, in declaration order.
const QStringList &allRecordTypes();
bool isKnownRecordType(const QString &type);
// The payload version this build writes for `type` (>= 1); 0 for an unknown type.
int currentSchemaVersion(const QString &type);
// Whether the envelope must carry a visitId (visit events, spot checks) or a personId (all but
// alert, alert.action and supervision, which may concern a worker rather than a person).
bool recordTypeNeedsVisit(const QString &type);
bool recordTypeNeedsPerson(const QString &type);

} // namespace careround
