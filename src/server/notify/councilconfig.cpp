#include "councilconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace careround::server::notify {

namespace {

constexpr int MinSecretBytes = 32;

Error configError(const QString &key, const QString &message)
{
    return Error {QStringLiteral("council-config: ") + key, message};
}

// A file named relative to the configuration file's folder; its content, trimmed.
Result<QByteArray> readSecret(const QString &key, const QString &name, const QString &baseDir)
{
    QFile file(QDir(baseDir).absoluteFilePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return configError(key, QStringLiteral("cannot read %1").arg(file.fileName()));
    return file.readAll().trimmed();
}

QString absolute(const QString &name, const QString &baseDir)
{
    return name.isEmpty() ? name : QDir(baseDir).absoluteFilePath(name);
}

Result<SmtpSettings> smtpFrom(const QJsonObject &o, const QString &baseDir)
{
    SmtpSettings smtp;
    smtp.url = o.value(QLatin1String("url")).toString();
    smtp.from = o.value(QLatin1String("from")).toString();
    smtp.username = o.value(QLatin1String("username")).toString();
    smtp.caFile = absolute(o.value(QLatin1String("caFile")).toString(), baseDir);
    if (!smtp.url.startsWith(QLatin1String("smtp://"))
        && !smtp.url.startsWith(QLatin1String("smtps://")))
        return configError(QStringLiteral("smtp.url"),
                           QStringLiteral("must start with smtp:// or smtps://"));
    if (!smtp.from.contains(QLatin1Char('@')))
        return configError(QStringLiteral("smtp.from"), QStringLiteral("must be an address"));
    const QString passwordFile = o.value(QLatin1String("passwordFile")).toString();
    if (!passwordFile.isEmpty()) {
        auto password = readSecret(QStringLiteral("smtp.passwordFile"), passwordFile, baseDir);
        if (!password)
            return password.error();
        smtp.password = QString::fromUtf8(password.value());
    }
    return smtp;
}

Result<CouncilContact> councilFrom(const QJsonObject &o, const QString &key, const QString &baseDir)
{
    CouncilContact c;
    c.orgId = o.value(QLatin1String("orgId")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.email = o.value(QLatin1String("email")).toString();
    c.webhookUrl = o.value(QLatin1String("webhookUrl")).toString();
    c.caFile = absolute(o.value(QLatin1String("caFile")).toString(), baseDir);
    if (c.orgId.isEmpty())
        return configError(key + QStringLiteral(".orgId"), QStringLiteral("is required"));
    if (c.name.isEmpty())
        return configError(key + QStringLiteral(".name"), QStringLiteral("is required"));
    if (c.email.isEmpty() && c.webhookUrl.isEmpty())
        return configError(key, QStringLiteral("needs an email or a webhookUrl"));
    if (!c.email.isEmpty() && !c.email.contains(QLatin1Char('@')))
        return configError(key + QStringLiteral(".email"), QStringLiteral("must be an address"));
    if (!c.webhookUrl.isEmpty()) {
        if (!c.webhookUrl.startsWith(QLatin1String("https://")))
            return configError(key + QStringLiteral(".webhookUrl"),
                               QStringLiteral("must start with https://"));
        auto secret = readSecret(key + QStringLiteral(".webhookSecretFile"),
                                 o.value(QLatin1String("webhookSecretFile")).toString(), baseDir);
        if (!secret)
            return secret.error();
        if (secret.value().size() < MinSecretBytes)
            return configError(
                key + QStringLiteral(".webhookSecretFile"),
                QStringLiteral("the secret must be at least %1 bytes").arg(MinSecretBytes));
        c.webhookSecret = secret.value();
    }
    return c;
}

} // namespace

QStringList CouncilConfig::channelsFor(const QString &orgId) const
{
    QStringList channels;
    const auto it = councils.constFind(orgId);
    if (it == councils.constEnd())
        return channels;
    if (!it->email.isEmpty())
        channels.append(QStringLiteral("email"));
    if (!it->webhookUrl.isEmpty())
        channels.append(QStringLiteral("webhook"));
    return channels;
}

Result<CouncilConfig> parseCouncilConfig(const QByteArray &json, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return configError(QStringLiteral("(file)"),
                           QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject root = doc.object();
    CouncilConfig config;
    const QJsonArray councils = root.value(QLatin1String("councils")).toArray();
    bool anyEmail = false;
    for (qsizetype i = 0; i < councils.size(); ++i) {
        auto council =
            councilFrom(councils.at(i).toObject(), QStringLiteral("councils[%1]").arg(i), baseDir);
        if (!council)
            return council.error();
        if (config.councils.contains(council.value().orgId))
            return configError(QStringLiteral("councils[%1].orgId").arg(i),
                               QStringLiteral("one council per organisation"));
        anyEmail = anyEmail || !council.value().email.isEmpty();
        config.councils.insert(council.value().orgId, council.value());
    }
    if (anyEmail || root.contains(QLatin1String("smtp"))) {
        auto smtp = smtpFrom(root.value(QLatin1String("smtp")).toObject(), baseDir);
        if (!smtp)
            return smtp.error();
        config.smtp = smtp.value();
    }
    return config;
}

Result<CouncilConfig> loadCouncilConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QStringLiteral("(file)"), QStringLiteral("cannot read ") + path);
    return parseCouncilConfig(file.readAll(), QFileInfo(path).absolutePath());
}

} // namespace careround::server::notify
