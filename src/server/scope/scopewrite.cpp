// Push: per-record write authorisation, then the store.
#include "scopeservice_p.h"
#include "server/storage/recordfacts.h"

namespace careround::server {

namespace scoping {

Result<void> authoriseWrite(const User &user, const QString &deviceId, const Scope &scope,
                            const QSet<QString> &writable, const Record &record)
{
    if (record.authorUserId != user.id)
        return Error{QStringLiteral("authorUserId"), QStringLiteral("must be the signed-in user")};
    if (!deviceId.isEmpty() && record.deviceId != deviceId)
        return Error{QStringLiteral("deviceId"), QStringLiteral("must be the device that pushes it")};
    switch (user.role) {
    case Role::Coordinator:
        return {}; // the whole organisation; the store checks the person belongs to it
    case Role::FamilyMember:
        if (!facts::isCommbookEntry(record))
            return Error{QStringLiteral("type"), QStringLiteral("family members may only write communication book entries")};
        if (facts::audience(record) != facts::familyAudience())
            return Error{QStringLiteral("payload.audience"),
                         QStringLiteral("must be \"%1\" for an entry written by family").arg(facts::familyAudience())};
        if (!scope.personIds.contains(record.personId))
            return Error{QStringLiteral("personId"), QStringLiteral("not a person you are linked to with active consent")};
        return {};
    case Role::CareWorker:
    case Role::Supervisor:
    case Role::Therapist:
        if (facts::isOfficeOwned(record))
            return Error{QStringLiteral("type"), QStringLiteral("only the office may write %1 records").arg(record.type)};
        if (!record.personId.isEmpty() && !writable.contains(record.personId))
            return Error{QStringLiteral("personId"), QStringLiteral("not a person in your scope")};
        return {};
    }
    return Error{QStringLiteral("role"), QStringLiteral("unknown role")};
}

} // namespace scoping

Result<QList<PutResult>> ScopeService::push(const QString &userId, const QString &deviceId,
                                            const QList<Record> &records, const QDateTime &now)
{
    auto user = scoping::activeUser(m_store, userId);
    if (!user)
        return user.error();
    if (auto device = scoping::activeDevice(m_store, user.value(), deviceId); !device)
        return device.error();
    auto scope = scoping::computeScope(m_store, user.value(), now);
    if (!scope)
        return scope.error();
    auto writableList = scoping::writablePeople(m_store, user.value(), scope.value(), now);
    if (!writableList)
        return writableList.error();
    const QSet<QString> writable(writableList.value().cbegin(), writableList.value().cend());

    QList<PutResult> results(records.size());
    QList<Record> allowed;
    QList<int> allowedAt;
    QList<AuditEntry> refused;
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        if (auto ok = scoping::authoriseWrite(user.value(), deviceId, scope.value(), writable, record); !ok) {
            results[i] = PutResult{record.id, PutStatus::Rejected, 0, ok.error()};
            refused.append(AuditEntry{0, user.value().orgId, userId, deviceId, QStringLiteral("record.rejected"),
                                      record.personId, record.id, now, ok.error().toString()});
            continue;
        }
        allowed.append(record);
        allowedAt.append(i);
    }
    if (!allowed.isEmpty()) {
        auto stored = m_store.putRecords(PutContext{user.value().orgId, userId, deviceId, now}, allowed);
        if (!stored)
            return stored.error();
        for (int j = 0; j < allowedAt.size(); ++j) {
            const PutResult &result = stored.value().at(j);
            results[allowedAt.at(j)] = result;
            if (result.status == PutStatus::Rejected) {
                const Record &record = allowed.at(j);
                refused.append(AuditEntry{0, user.value().orgId, userId, deviceId, QStringLiteral("record.rejected"),
                                          record.personId, record.id, now, result.error.toString()});
            }
        }
    }
    if (!refused.isEmpty()) {
        if (auto r = m_store.appendAudit(refused); !r)
            return r.error();
    }
    return results;
}

} // namespace careround::server
