#pragma once
// Who may open which person file in the office console, and the reads themselves, each audited:
// coordinators the whole organisation, supervisors their supervised workers' people, therapists
// their caseload (ScopeService decides, as for their phone); care workers and family members are
// refused. A person outside the reader's scope, or of another organisation, is "not found": the
// answer never says whether it exists.
#include "server/scope/scopeservice.h"

namespace careround::server {

struct PersonListEntry
{
    QString personId, name, preferredName, nhsNumber, postcode;
    QDate dateOfBirth;
};

// Error field "role" (the user may not use the console), "storage" (the store failed).
class OfficePeople
{
public:
    explicit OfficePeople(ServerStore &store);

    // The people in the user's scope whose name or preferred name contains `search` (case and
    // surrounding spaces ignored; empty: everyone), by name. Audited "report.read" per person.
    Result<QList<PersonListEntry>> list(const User &user, const QString &deviceId,
                                        const QString &search, const QDateTime &now);
    // Every record of the person, or nullopt when not found / not in scope. Audited "record.read"
    // (one entry naming every record read) with `detail` ("office person file").
    Result<std::optional<QList<Record>>> read(const User &user, const QString &deviceId,
                                              const QString &personId, const QString &detail,
                                              const QDateTime &now);
    // May the user open this person's file? (not audited: nothing of the person is read)
    Result<bool> inScope(const User &user, const QString &personId, const QDateTime &now);
    // The organisation's user names by id.
    Result<QHash<QString, QString>> userNames(const QString &orgId);

private:
    ServerStore &m_store;
    ScopeService m_scope;
};

} // namespace careround::server
