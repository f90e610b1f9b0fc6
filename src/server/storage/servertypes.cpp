#include "servertypes.h"

namespace careround::server {

namespace {
struct RoleName {
    Role role;
    const char *name;
};
constexpr RoleName kRoleNames[] = {
    {Role::CareWorker, "care_worker"},     {Role::Supervisor, "supervisor"},
    {Role::Coordinator, "coordinator"},    {Role::FamilyMember, "family_member"},
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

} // namespace careround::server
