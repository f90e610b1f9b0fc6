#include "escrowspool.h"
#include "sql/privatefiles.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace careround::sync {

namespace {
const QString Suffix = QStringLiteral(".sealed");
const QString StagedSuffix = QStringLiteral(".staged");
const QString IdentityFile = QStringLiteral("identity.json");

bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

EscrowSpool::EscrowSpool(const QString &dataDirectory)
    : m_dir(directoryFor(dataDirectory))
{ }

QString EscrowSpool::directoryFor(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("escrow"));
}

QString EscrowSpool::path(const QString &recordId) const
{
    return QDir(m_dir).filePath(recordId + Suffix);
}

Result<void> EscrowSpool::writeIdentity(const EscrowIdentity &identity)
{
    if (!files::ensurePrivateFolder(m_dir))
        return Error {QStringLiteral("escrow"), QStringLiteral("cannot create %1").arg(m_dir)};
    const QByteArray json =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("server_url"), identity.serverUrl.toString()},
                          {QStringLiteral("org_id"), identity.orgId},
                          {QStringLiteral("device_id"), identity.deviceId},
                      })
            .toJson(QJsonDocument::Compact);
    if (auto written = files::writePrivateFile(QDir(m_dir).filePath(IdentityFile), json); !written)
        return Error {QStringLiteral("escrow"), written.error().message};
    return {};
}

Result<EscrowIdentity> EscrowSpool::identity() const
{
    QFile file(QDir(m_dir).filePath(IdentityFile));
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("escrow"),
                      QStringLiteral("no escrow identity on this device")};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    EscrowIdentity id {QUrl(o.value(QLatin1String("server_url")).toString()),
                       o.value(QLatin1String("org_id")).toString(),
                       o.value(QLatin1String("device_id")).toString()};
    if (!id.isValid())
        return Error {QStringLiteral("escrow"), QStringLiteral("the escrow identity is damaged")};
    return id;
}

QString EscrowSpool::stagedPath(const QString &recordId, const QString &tag) const
{
    return path(recordId) + QLatin1Char('.') + tag + StagedSuffix;
}

Result<void> EscrowSpool::put(const QString &recordId, const QByteArray &sealed)
{
    const QString tag = QStringLiteral("put");
    if (auto staged = stage(recordId, sealed, tag); !staged)
        return staged;
    return publish(recordId, tag);
}

Result<void> EscrowSpool::stage(const QString &recordId, const QByteArray &sealed,
                                const QString &tag)
{
    if (!isSafeId(recordId))
        return Error {QStringLiteral("id"), QStringLiteral("not a record id: %1").arg(recordId)};
    if (!files::ensurePrivateFolder(m_dir))
        return Error {QStringLiteral("escrow"), QStringLiteral("cannot create %1").arg(m_dir)};
    // No fsync: a copy lost in a power cut is sealed again from the outbox at the next unlock.
    // Owner-only from creation: sealed, but who wrote what and when shows in its size and time.
    QFile file(stagedPath(recordId, tag));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(sealed) != sealed.size()) {
        file.remove();
        return Error {QStringLiteral("escrow"), file.errorString()};
    }
    return {};
}

Result<void> EscrowSpool::publish(const QString &recordId, const QString &tag)
{
    if (!isSafeId(recordId))
        return Error {QStringLiteral("id"), QStringLiteral("not a record id: %1").arg(recordId)};
    const QString staged = stagedPath(recordId, tag);
    QFile::remove(path(recordId));
    if (!QFile::rename(staged, path(recordId)))
        return Error {QStringLiteral("escrow"), QStringLiteral("cannot rename %1").arg(staged)};
    return {};
}

void EscrowSpool::discard(const QString &recordId, const QString &tag)
{
    if (isSafeId(recordId))
        QFile::remove(stagedPath(recordId, tag));
}

void EscrowSpool::removeStaged(const QString &keepTag)
{
    const QString kept = QLatin1Char('.') + keepTag + StagedSuffix;
    QDir dir(m_dir);
    const auto names = dir.entryList({QStringLiteral("*") + StagedSuffix}, QDir::Files);
    for (const QString &name : names) {
        if (!name.endsWith(kept))
            dir.remove(name);
    }
}

void EscrowSpool::remove(const QStringList &recordIds)
{
    for (const QString &id : recordIds) {
        if (isSafeId(id))
            QFile::remove(path(id));
    }
}

QStringList EscrowSpool::recordIds() const
{
    QStringList ids;
    const auto names =
        QDir(m_dir).entryList({QStringLiteral("*") + Suffix}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        ids.append(name.chopped(Suffix.size()));
    return ids;
}

QList<SpoolEntry> EscrowSpool::take(int maxEntries, qsizetype maxBytes) const
{
    QList<SpoolEntry> entries;
    qsizetype bytes = 0;
    for (const QString &id : recordIds()) {
        if (entries.size() >= maxEntries || (bytes >= maxBytes && !entries.isEmpty()))
            break;
        QFile file(path(id));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SpoolEntry entry {id, file.readAll()};
        bytes += entry.sealed.size();
        entries.append(entry);
    }
    return entries;
}

void EscrowSpool::clear()
{
    QDir(m_dir).removeRecursively();
}

} // namespace careround::sync
