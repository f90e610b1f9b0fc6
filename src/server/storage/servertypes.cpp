#include "servertypes.h"

namespace careround::server {

namespace {
struct RoleName
{
    Role role;
    const char *name;
};
constexpr RoleName kRoleNames[] = {
    {Role::CareWorker, "care_worker"},  {Role::Supervisor, "supervisor"},
    {Role::Coordinator, "coordinator"}, {Role::FamilyMember, "family_member"},
    {Role::Therapist, "therapist"},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &entry : kRoleNames) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &entry : kRoleNames) {
        if (name == QLatin1String(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

QString putStatusName(PutStatus status)
{
    switch (status) {
    case PutStatus::Accepted:
        return QStringLiteral("accepted");
    case PutStatus::Duplicate:
        return QStringLiteral("duplicate");
    case PutStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QList<AuditEntry> auditGroupedByPerson(const AuditEntry &base, const QList<AuditedRecord> &records)
{
    QList<AuditEntry> entries;
    QHash<QString, qsizetype> entryOfPerson;
    QList<QStringList> typesOf;
    for (const AuditedRecord &record : records) {
        auto at = entryOfPerson.constFind(record.personId);
        if (at == entryOfPerson.cend()) {
            AuditEntry entry = base;
            entry.personId = record.personId;
            entry.recordId.clear();
            at = entryOfPerson.insert(record.personId, entries.size());
            entries.append(entry);
            typesOf.append(QStringList());
        }
        entries[*at].recordIds.append(record.id);
        if (!typesOf.at(*at).contains(record.type))
            typesOf[*at].append(record.type);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        typesOf[i].sort();
        entries[i].detail = typesOf.at(i).join(QStringLiteral(", ")).left(2000);
    }
    return entries;
}

} // namespace careround::server
