#pragma once
// Where the commissioning council of each organisation is told about alerts, read from the
// file given to `serve --council-config` (docs/server.md, "Council notifications"). Contracts
// are not records yet: until they are, this file stands in for the contract's addresses.
#include "core/result.h"
#include <QHash>
#include <QString>

namespace careround::server::notify {

struct SmtpSettings
{
    QString url; // smtp://host:port (STARTTLS is always required) or smtps://host:port
    QString from; // the envelope and From: address
    QString username; // optional
    QString password; // read from passwordFile
    QString caFile; // optional: CA bundle to trust instead of the system's
};

struct CouncilContact
{
    QString orgId;
    QString name; // the council, for the e-mail's To: line
    QString email; // optional (one of email / webhookUrl is required)
    QString webhookUrl; // optional, https:// only
    QByteArray webhookSecret; // read from webhookSecretFile; ≥ 32 bytes
    QString caFile; // optional: CA bundle for the webhook's certificate
};

struct CouncilConfig
{
    SmtpSettings smtp;
    QHash<QString, CouncilContact> councils; // by orgId
    QStringList channelsFor(const QString &orgId) const; // "email", "webhook"
};

// Parses and checks the file; every mistake is an Error naming the key.
Result<CouncilConfig> loadCouncilConfig(const QString &path);
Result<CouncilConfig> parseCouncilConfig(const QByteArray &json, const QString &baseDir);

} // namespace careround::server::notify
