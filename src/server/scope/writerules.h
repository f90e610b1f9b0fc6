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
//   supervision                                  supervisor - of a worker they supervise, as
//                                                supervisorUserId; coordinator
//   amendment                                    any staff role, of a type it may write; except
//                                                coordinators, only of their own records
//   alert.action                                 coordinator, supervisor, therapist - on an alert
//                                                they see: same person (in their scope) and care
//                                                day as the alert; a person-less alert only by a
//                                                coordinator or the supervisor of its worker;
//                                                assigned only to an active office colleague
// Family members: only for a person linked to them with active consent, commbook.entry with
// audience "family", commbook.ack of a family-shared entry about that person.
//
// A record that names a visit (visitId; the rota's own `visit` records aside) must name a visit
// the server knows, of the record's person; and for care workers and supervisors one they are
// assigned to - a spot check: one the observed worker is assigned to. An incident (safeguarding
// is never blocked by the rota) and a therapist's or coordinator's record need only the person
// to match. Any version of the visit counts (an offline visit reassigned since still lands).
// Family members write no visit records.
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
    QHash<QString, Record> referenced; // records the batch refers to (amends, entryId, spotCheckId,
                                       // alertId)
    // Active coordinators, supervisors and therapists of the organisation (alert assignments).
    QSet<QString> officeColleagues;
    // Versions of the visits the batch names: the rota row first, then earlier versions when the
    // rota row does not let the record in (visitHistoryNeeded).
    QHash<QString, QList<VisitAssignment>> visits;
};

// Accepted (empty Result) or the field at fault and why.
Result<void> authoriseWrite(const WriteContext &ctx, const Record &record);

// Ids the record refers to and whose facts authoriseWrite needs.
QStringList referencedIds(const Record &record);

// The visit the record names whose versions authoriseWrite needs (empty: none).
QString namedVisitId(const Record &record);
// The visit is known but none of the versions in ctx lets the record in: earlier versions of the
// visit may (ScopeService::push looks them up for the batch at once).
bool visitHistoryNeeded(const WriteContext &ctx, const Record &record);

} // namespace careround::server::scoping
