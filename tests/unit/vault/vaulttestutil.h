#pragma once
// Shared by the vault tests: PINs, a settable clock, and raw access to the vault file.
#include "vault/keyvault.h"
#include "vault/vaultfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>
#include <memory>

namespace careround::testing {

inline const QString GoodPin = QStringLiteral("246813");
inline const QString OtherGoodPin = QStringLiteral("580417");
inline const QString WrongPin = QStringLiteral("975310");

// A clock the test moves by hand, starting at a fixed UTC instant.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    KeyVault::Clock function()
    {
        return [this] {
            return now;
        };
    }
    void advanceSecs(qint64 secs) { now = now.addSecs(secs); }
};

// A vault with the cheapest Argon2id and no platform key store (PIN-only).
inline std::unique_ptr<KeyVault> fastVault(const QString &dir,
                                           std::shared_ptr<PlatformKeyStore> store = nullptr)
{
    return std::make_unique<KeyVault>(dir, KdfParams::forTests(), std::move(store));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

inline vault::VaultState readVaultState(const QString &path)
{
    auto read = vault::VaultFile::read(path);
    if (!read || !read.value())
        return {};
    return *read.value();
}

// Edits the vault file's JSON and recomputes its checksum: a deliberate, well-formed change.
inline bool editVaultJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    edit(root);
    return writeBytes(path, vault::VaultFile::withFreshChecksum(QJsonDocument(root).toJson()));
}

inline void setNested(QJsonObject &root, const QString &object, const QString &key,
                      const QJsonValue &value)
{
    QJsonObject inner = root.value(object).toObject();
    inner.insert(key, value);
    root.insert(object, inner);
}

} // namespace careround::testing
