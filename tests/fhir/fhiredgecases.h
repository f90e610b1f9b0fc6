#pragma once
// An organisation of edge cases for the FHIR export's tests (docs/interop.md): every medication
// outcome, PRN, refusals, amended and withdrawn records, a double-handed visit, location
// evidence, reablement, family consent, and a person without an NHS number. Written through
// ServerStore::putRecords, so the records are those the server accepts.
#include "server/storage/serverstore.h"

namespace careround::server::test {

struct FhirEdgeCases
{
    QString orgId;
    QString edith; // everything above
    QString noNumber; // a person with no NHS number and nothing else
    QStringList people() const { return {edith, noNumber}; }
    // Ids written for Edith, to check the mapping against.
    QString regularOrder, prnOrder, doubleVisit, amendedDose, withdrawnDose, amendedEntry;
    QStringList doseIds; // every medication.administration, one per outcome and a PRN dose
};

Result<FhirEdgeCases> writeFhirEdgeCases(ServerStore &store, const QString &loginPrefix,
                                         const QDateTime &now);

} // namespace careround::server::test
