#include "fhirexport.h"

#include "fhirjson.h"
#include "fhirmappers.h"
#include "server/office/uktime.h"
#include "server/storage/recordscan.h"

namespace careround::server::fhir {

ExportResult buildBundle(const ExportInput &input)
{
    BundleBuilder b(input);
    addPatient(b);
    addConsents(b);
    addEncounters(b); // before the doses, so that a dose can point at its visit
    addCarePlans(b);
    addMedication(b);
    addCommunications(b);
    return ExportResult {
        b.bundle(partId(input.personId,
                        QStringLiteral("bundle:") + input.now.toString(Qt::ISODateWithMs))),
        b.sourceRecordIds()};
}

Result<ExportResult> exportPerson(ServerStore &store, const ExportRequest &request)
{
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error {QStringLiteral("to"), QStringLiteral("must not be before the from date")};
    auto org = store.organisation(request.orgId);
    if (!org)
        return org.error();
    if (!org.value())
        return Error {QStringLiteral("org"), QStringLiteral("no such organisation")};
    auto people = store.personIds(request.orgId);
    if (!people)
        return people.error();
    if (!people.value().contains(request.personId))
        return Error {QStringLiteral("person"),
                      QStringLiteral("no such person in this organisation")};
    RecordQuery query;
    query.orgId = request.orgId;
    query.personIds = {request.personId};
    query.limit = 5000;
    auto stored = scanRecords(store, query);
    if (!stored)
        return stored.error();
    auto users = store.usersInOrg(request.orgId);
    if (!users)
        return users.error();
    auto links = store.familyLinksForPerson(request.orgId, request.personId);
    if (!links)
        return links.error();
    ExportInput input;
    input.orgId = request.orgId;
    input.personId = request.personId;
    input.records = recordsOf(stored.value());
    for (const User &u : users.value())
        input.users.insert(u.id, u);
    input.links = links.value();
    for (const FamilyLink &link : input.links) {
        auto history = store.consentHistory(request.orgId, link.id);
        if (!history)
            return history.error();
        input.consents.insert(link.id, history.value());
    }
    input.from = request.from;
    input.to = request.to;
    input.now = request.now;
    input.zone = ukTimeZone();
    ExportResult result = buildBundle(input);
    // Audited as a read of every record the bundle holds, as a sync pull is (one grouped entry).
    QHash<QString, QString> types;
    for (const Record &r : input.records)
        types.insert(r.id, r.type);
    QList<AuditedRecord> read;
    for (const QString &id : result.recordIds)
        read.append(AuditedRecord {request.personId, id, types.value(id)});
    const AuditEntry base {0,
                           request.orgId,
                           request.actorUserId,
                           request.deviceId,
                           QStringLiteral("record.read"),
                           {},
                           {},
                           request.now,
                           QStringLiteral("fhir export")};
    QList<AuditEntry> entries = auditGroupedByPerson(base, read);
    for (AuditEntry &entry : entries)
        entry.detail = QStringLiteral("fhir export: ") + entry.detail;
    if (entries.isEmpty()) // nothing but the person: still say who exported them
        entries.append(AuditEntry {0,
                                   request.orgId,
                                   request.actorUserId,
                                   request.deviceId,
                                   QStringLiteral("record.read"),
                                   request.personId,
                                   {},
                                   request.now,
                                   QStringLiteral("fhir export")});
    if (auto audited = store.appendAudit(entries); !audited)
        return audited.error();
    return result;
}

} // namespace careround::server::fhir
