#pragma once
// The mappers from CareRound records to FHIR R4 resources, one file per kind of record
// (docs/interop.md has the table). Each reads the records through core's folds and adds its
// resources to the builder.
#include "core/medicationoutcome.h"
#include "fhirbundle.h"

namespace careround::server::fhir {

void addPatient(BundleBuilder &b); // Patient, AllergyIntolerance, Flag (fhirpatient.cpp)
void addConsents(BundleBuilder &b); // Consent per family link (fhirpatient.cpp)
void addEncounters(BundleBuilder &b); // Encounter, Location per visit (fhirvisits.cpp)
void addCommunications(BundleBuilder &b); // Communication per commbook entry (fhirvisits.cpp)
void addCarePlans(BundleBuilder &b); // CarePlan, Goal, Observation (fhircareplan.cpp)
void addMedication(BundleBuilder &b); // MedicationRequest, MedicationAdministration

// MedicationAdministration.status for an outcome: completed (given-type) or not-done.
QString administrationStatus(MedicationOutcome outcome);

} // namespace careround::server::fhir
