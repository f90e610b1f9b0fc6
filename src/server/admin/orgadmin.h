#pragma once
// Organisation set-up: the admin CLI subcommands call these. Every input is validated and
// reported by field; nothing is written when an input is bad.
#include "core/result.h"
#include "server/storage/serverstore.h"

namespace careround::server {

struct NewUser
{
    QString orgId;
    Role role = Role::CareWorker;
    QString displayName;
    QString loginName; // 3..64 chars of [a-z0-9._-], unique server-wide
    QString password; // hashed with Argon2id before storing
};

class OrgAdmin
{
public:
    explicit OrgAdmin(ServerStore &store);

    // Generates the organisation's escrow crypto_box key pair; the secret key stays server-side.
    Result<Organisation> createOrganisation(const QString &name);
    Result<User> createUser(const NewUser &newUser);
    Result<void> setPassword(const QString &userId, const QString &password);
    Result<void> setDisabled(const QString &userId, bool disabled);

    Result<void> addSupervision(const QString &orgId, const QString &supervisorId,
                                const QString &workerId);
    Result<void> addToCaseload(const QString &orgId, const QString &therapistId,
                               const QString &personId);

    // Family link; consent is NOT active until giveConsent().
    Result<FamilyLink> linkFamily(const QString &orgId, const QString &familyUserId,
                                  const QString &personId, const QString &relationship);
    Result<void> giveConsent(const QString &orgId, const QString &linkId, const QString &recordedBy,
                             const QString &note, const QDateTime &at);
    Result<void> withdrawConsent(const QString &orgId, const QString &linkId,
                                 const QString &recordedBy, const QString &note,
                                 const QDateTime &at);

private:
    ServerStore &m_store;
};

} // namespace careround::server
