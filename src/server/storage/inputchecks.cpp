#include "inputchecks.h"
#include "core/uuid7.h"
#include <QRegularExpression>

namespace careround::server::checks {

namespace {
Error bad(const QString &field, const QString &message)
{
    return Error {field, message};
}
} // namespace

Result<void> id(const QString &field, const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    if (value.isEmpty())
        return bad(field, QStringLiteral("is required"));
    if (!pattern.match(value).hasMatch())
        return bad(field, QStringLiteral("must be 1 to 64 letters, digits or . _ : -"));
    return {};
}

Result<void> text(const QString &field, const QString &value, int maxLength, bool required)
{
    if (required && value.trimmed().isEmpty())
        return bad(field, QStringLiteral("is required"));
    if (value.size() > maxLength)
        return bad(field, QStringLiteral("is longer than %1 characters").arg(maxLength));
    return {};
}

Result<void> organisation(const Organisation &org, const QByteArray &escrowSecretKey)
{
    if (auto r = id(QStringLiteral("id"), org.id); !r)
        return r;
    if (auto r = text(QStringLiteral("name"), org.name, 200); !r)
        return r;
    if (org.escrowPublicKey.size() != 32)
        return bad(QStringLiteral("escrowPublicKey"),
                   QStringLiteral("must be a 32-byte crypto_box public key"));
    if (escrowSecretKey.size() != 32)
        return bad(QStringLiteral("escrowSecretKey"),
                   QStringLiteral("must be a 32-byte crypto_box secret key"));
    if (!org.createdAt.isValid())
        return bad(QStringLiteral("createdAt"), QStringLiteral("is required"));
    return {};
}

Result<void> loginName(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{3,64}$"));
    if (!pattern.match(value).hasMatch())
        return bad(QStringLiteral("loginName"), QStringLiteral("must be 3 to 64 of a-z 0-9 . _ -"));
    return {};
}

Result<void> passwordHash(const QString &value)
{
    if (!value.startsWith(QLatin1String("$argon2id$")) || value.size() > 256)
        return bad(QStringLiteral("passwordHash"),
                   QStringLiteral("must be an Argon2id crypto_pwhash_str hash"));
    return {};
}

Result<void> user(const User &user)
{
    if (auto r = id(QStringLiteral("id"), user.id); !r)
        return r;
    if (auto r = id(QStringLiteral("orgId"), user.orgId); !r)
        return r;
    if (auto r = text(QStringLiteral("displayName"), user.displayName, 200); !r)
        return r;
    if (auto r = loginName(user.loginName); !r)
        return r;
    return passwordHash(user.passwordHash);
}

Result<void> familyLink(const FamilyLink &link)
{
    for (const auto &[field, value] :
         {std::pair {QStringLiteral("id"), link.id},
          std::pair {QStringLiteral("orgId"), link.orgId},
          std::pair {QStringLiteral("familyUserId"), link.familyUserId},
          std::pair {QStringLiteral("personId"), link.personId}}) {
        if (auto r = id(field, value); !r)
            return r;
    }
    return text(QStringLiteral("relationship"), link.relationship, 100);
}

Result<void> consentEvent(const ConsentEvent &event)
{
    if (auto r = id(QStringLiteral("linkId"), event.linkId); !r)
        return r;
    if (!event.at.isValid())
        return bad(QStringLiteral("at"), QStringLiteral("is required"));
    if (auto r = id(QStringLiteral("recordedByUserId"), event.recordedByUserId); !r)
        return r;
    return text(QStringLiteral("note"), event.note, 2000, false);
}

Result<void> device(const Device &device)
{
    if (auto r = id(QStringLiteral("id"), device.id); !r)
        return r;
    if (auto r = id(QStringLiteral("userId"), device.userId); !r)
        return r;
    if (auto r = id(QStringLiteral("orgId"), device.orgId); !r)
        return r;
    if (device.publicKey.size() != 32)
        return bad(QStringLiteral("publicKey"),
                   QStringLiteral("must be a 32-byte Ed25519 public key"));
    if (auto r = text(QStringLiteral("label"), device.label, 200, false); !r)
        return r;
    if (!device.enrolledAt.isValid())
        return bad(QStringLiteral("enrolledAt"), QStringLiteral("is required"));
    return {};
}

Result<void> tokenHash(const QByteArray &hash)
{
    if (hash.size() < 16 || hash.size() > 128)
        return bad(QStringLiteral("tokenHash"), QStringLiteral("must be 16 to 128 bytes"));
    return {};
}

Result<void> session(const Session &session)
{
    if (auto r = tokenHash(session.tokenHash); !r)
        return r;
    if (auto r = id(QStringLiteral("userId"), session.userId); !r)
        return r;
    if (!session.deviceId.isEmpty()) {
        if (auto r = id(QStringLiteral("deviceId"), session.deviceId); !r)
            return r;
    }
    if (!session.chainId.isEmpty()) {
        if (auto r = id(QStringLiteral("chainId"), session.chainId); !r)
            return r;
    }
    if (!session.issuedAt.isValid() || !session.expiresAt.isValid()
        || session.expiresAt <= session.issuedAt)
        return bad(QStringLiteral("expiresAt"), QStringLiteral("must be a time after issuedAt"));
    return {};
}

Result<void> auditEntry(const AuditEntry &entry)
{
    if (auto r = id(QStringLiteral("orgId"), entry.orgId); !r)
        return r;
    if (auto r = text(QStringLiteral("action"), entry.action, 64); !r)
        return r;
    if (!entry.at.isValid())
        return bad(QStringLiteral("at"), QStringLiteral("is required"));
    for (const QString &recordId : entry.recordIds) {
        if (!isUuid7(recordId)) // what makes matching one id of a group exact (queryAudit)
            return bad(QStringLiteral("recordIds"),
                       QStringLiteral("must be record ids (lower-case UUIDv7)"));
    }
    return text(QStringLiteral("detail"), entry.detail, 2000, false);
}

Result<void> recordQuery(const RecordQuery &query)
{
    if (auto r = id(QStringLiteral("orgId"), query.orgId); !r)
        return r;
    if (query.afterSeq < 0)
        return bad(QStringLiteral("afterSeq"), QStringLiteral("must not be negative"));
    if (query.limit < 1 || query.limit > 5000)
        return bad(QStringLiteral("limit"), QStringLiteral("must be 1 to 5000"));
    if (query.windowFrom.isValid() != query.windowTo.isValid())
        return bad(QStringLiteral("windowTo"), QStringLiteral("window needs both ends"));
    if (query.visitIds.size() > 500)
        return bad(QStringLiteral("visitIds"), QStringLiteral("at most 500 visits per query"));
    if (query.gatedType.isEmpty()
        && (!query.gatedTypePersons.isEmpty() || !query.gatedBackfillUpTo.isEmpty()))
        return bad(QStringLiteral("gatedType"), QStringLiteral("is required with gated people"));
    return {};
}

} // namespace careround::server::checks
