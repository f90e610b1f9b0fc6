#pragma once
// Who may write what: role x record type, then the per-record checks (docs/server-storage.md,
// "Write rules"). Pure: ScopeService::push gathers the context (scope, supervised workers, the
// records a batch refers to) and asks for every record.
//
//   type                                         roles that may write it
//   person, person.entrycodes, careplan,
//     medication.order, visit, alert             coordinator (office-owned)
//   reablement.episode, reablement.review        therapist (caseload), coordinator
//   goal.progress                                care worker, supervisor, therapist, coordinator
//   visit.*, medication.administration           care worker, supervisor, coordinator
//   commbook.entry, commbook.ack                 care worker, supervisor, coordinator, family
//   incident                                     care worker, supervisor, therapist, coordinator
//   spotcheck                                    supervisor - of a worker they supervise
//   spotcheck.ack                                the observed worker (care worker or supervisor)
//   amendment                                    any staff role, of a type it may write; except
//                                                coordinators, only of their own records
// Family members: only for a person linked to them with active consent, commbook.entry with
// audience "family", commbook.ack of a family-shared entry about that person.
#include "scopeservice.h"
#include <QHash>
#include <QSet>

namespace careround::server::scoping {

bool roleMayWriteType(Role role, const QString &type);

struct WriteContext
{
    User user;
    QString deviceId; // the pushing device ("" for imports)
    Scope scope;
    QSet<QString> writable; // people the user may write for (workers: 28-day rota history)
    QSet<QString> supervised; // workers the user supervises
    QHash<QString, Record> referenced; // records the batch refers to (amends, entryId, spotCheckId)
};

// Accepted (empty Result) or the field at fault and why.
Result<void> authoriseWrite(const WriteContext &ctx, const Record &record);

// Ids the record refers to and whose facts authoriseWrite needs.
QStringList referencedIds(const Record &record);

} // namespace careround::server::scoping
