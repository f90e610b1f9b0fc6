#include "orgadmin.h"
#include "core/uuid7.h"
#include "passwordhash.h"
#include <sodium.h>

namespace careround::server {

OrgAdmin::OrgAdmin(ServerStore &store)
    : m_store(store)
{ }

Result<Organisation> OrgAdmin::createOrganisation(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error {QStringLiteral("name"), QStringLiteral("is required")};
    if (sodium_init() < 0)
        return Error {QStringLiteral("name"), QStringLiteral("libsodium could not be initialised")};
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                       reinterpret_cast<unsigned char *>(secretKey.data()));
    const Organisation org {newUuid7(), name.trimmed(), publicKey, QDateTime::currentDateTimeUtc()};
    auto created = m_store.createOrganisation(org, secretKey);
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    if (!created)
        return created.error();
    return org;
}

Result<User> OrgAdmin::createUser(const NewUser &newUser)
{
    User user;
    user.id = newUuid7();
    user.orgId = newUser.orgId;
    user.role = newUser.role;
    user.displayName = newUser.displayName.trimmed();
    user.loginName = newUser.loginName.trimmed().toLower();
    user.createdAt = QDateTime::currentDateTimeUtc();
    if (user.displayName.isEmpty())
        return Error {QStringLiteral("displayName"), QStringLiteral("is required")};
    // Cheap checks first: a bad login name should not cost an Argon2id hash.
    auto existing = m_store.userByLogin(user.loginName);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error {QStringLiteral("loginName"), QStringLiteral("is already taken")};
    auto hash = hashPassword(newUser.password);
    if (!hash)
        return hash.error();
    user.passwordHash = hash.value();
    if (auto r = m_store.createUser(user); !r)
        return r.error();
    return user;
}

Result<void> OrgAdmin::setPassword(const QString &userId, const QString &password)
{
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return m_store.setPasswordHash(userId, hash.value());
}

Result<void> OrgAdmin::setDisabled(const QString &userId, bool disabled)
{
    return m_store.setUserDisabled(userId, disabled);
}

Result<void> OrgAdmin::addSupervision(const QString &orgId, const QString &supervisorId,
                                      const QString &workerId)
{
    return m_store.addSupervision(orgId, supervisorId, workerId);
}

Result<void> OrgAdmin::addToCaseload(const QString &orgId, const QString &therapistId,
                                     const QString &personId)
{
    return m_store.addToCaseload(orgId, therapistId, personId);
}

Result<FamilyLink> OrgAdmin::linkFamily(const QString &orgId, const QString &familyUserId,
                                        const QString &personId, const QString &relationship)
{
    FamilyLink link;
    link.id = newUuid7();
    link.orgId = orgId;
    link.familyUserId = familyUserId;
    link.personId = personId;
    link.relationship = relationship;
    if (auto r = m_store.createFamilyLink(link); !r)
        return r.error();
    return link;
}

namespace {
Result<void> consent(ServerStore &store, const QString &orgId, const QString &linkId, bool given,
                     const QString &recordedBy, const QString &note, const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error {QStringLiteral("note"),
                      given ? QStringLiteral("say how consent was obtained")
                            : QStringLiteral("say why consent was withdrawn")};
    return store.recordConsent(orgId,
                               ConsentEvent {linkId, given,
                                             at.isValid() ? at : QDateTime::currentDateTimeUtc(),
                                             recordedBy, note.trimmed()});
}
} // namespace

Result<void> OrgAdmin::giveConsent(const QString &orgId, const QString &linkId,
                                   const QString &recordedBy, const QString &note,
                                   const QDateTime &at)
{
    return consent(m_store, orgId, linkId, true, recordedBy, note, at);
}

Result<void> OrgAdmin::withdrawConsent(const QString &orgId, const QString &linkId,
                                       const QString &recordedBy, const QString &note,
                                       const QDateTime &at)
{
    return consent(m_store, orgId, linkId, false, recordedBy, note, at);
}

} // namespace careround::server
