#pragma once
// Payload validators, one file per record family. Each checks the current schema version of its
// type's payload; the field names are documented in docs/domain.md.
#include "fieldcheck.h"

namespace careround::validation {

// person.cpp
void checkPerson(FieldCheck &c);
void checkPersonEntryCodes(FieldCheck &c);
// careplan.cpp
void checkCarePlan(FieldCheck &c);
void checkSmartGoal(FieldCheck &g); // shared with reablement episodes
// reablement.cpp
void checkReablementEpisode(FieldCheck &c);
void checkReablementReview(FieldCheck &c);
void checkGoalProgress(FieldCheck &c);
// visit.cpp
void checkVisit(FieldCheck &c);
void checkVisitTask(FieldCheck &c);
void checkVisitNote(FieldCheck &c);
void checkVisitFinance(FieldCheck &c);
void checkVisitNoAccess(FieldCheck &c);
void checkVisitFileRead(FieldCheck &c);
void checkVisitSummary(FieldCheck &c); // derived by the server for family devices
// A refusal's reason (refusalreasons.h): "reasonCode" of the fixed list, only on a refusal, and
// "reason" in words when the code is "other". Optional, so records made before the list stay valid.
void checkRefusalReasonFields(FieldCheck &c, bool refused);
// visitpresence.cpp
void checkVisitPresence(FieldCheck &c); // check-in and check-out
// medication.cpp
void checkMedicationOrder(FieldCheck &c);
void checkMedicationAdministration(FieldCheck &c);
// commbook.cpp
void checkCommbookEntry(FieldCheck &c);
void checkCommbookAck(FieldCheck &c);
// spotcheck.cpp
void checkSpotCheck(FieldCheck &c);
void checkSpotCheckAck(FieldCheck &c);
// supervision.cpp
void checkSupervision(FieldCheck &c);
// incident.cpp
void checkIncident(FieldCheck &c);
void checkAlert(FieldCheck &c);
void checkAlertAction(FieldCheck &c);
// amendment.cpp
void checkAmendment(FieldCheck &c);

// authorName, authorRole: who wrote it, so any device can say so without a directory (the server
// checks them against the writer: scope/writerules.cpp).
void knowAuthorFields(FieldCheck &c);

// Shared value lists (also used by the typed views and the UI pickers).
const QStringList &ruralClasses(); // urban, town_and_fringe, village_and_dispersed
const QStringList &supportLevels(); // prompt, assist, administer
const QStringList &medicationRoutes();
const QStringList &spotCheckItems(); // arrival_on_time, id_badge, …
const QStringList &incidentKinds(); // accident, fall, safeguarding, …

} // namespace careround::validation
