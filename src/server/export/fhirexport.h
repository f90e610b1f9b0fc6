#pragma once
// FHIR R4 export of one person's records (docs/interop.md): `careround-server export fhir`.
// Reads through ServerStore (either backend), maps through fhirmappers.h, audits the read.
#include "fhirbundle.h"
#include "server/storage/serverstore.h"

namespace careround::server::fhir {

struct ExportRequest
{
    QString orgId;
    QString personId;
    QDate from, to; // care days of visits and events; invalid = open
    QString actorUserId; // who exported, for the audit
    QString deviceId;
    QDateTime now;
};

struct ExportResult
{
    QJsonObject bundle;
    QStringList recordIds; // every stored record the bundle was made from (audited as read)
};

// The Bundle of everything the input holds (pure: no store, no audit).
ExportResult buildBundle(const ExportInput &input);

// Loads the person's records, builds the Bundle and appends one "record.read" audit entry for
// the records it holds. Errors name "org", "person", "from"/"to", or "storage"; nothing is
// audited when the request is refused.
Result<ExportResult> exportPerson(ServerStore &store, const ExportRequest &request);

} // namespace careround::server::fhir
