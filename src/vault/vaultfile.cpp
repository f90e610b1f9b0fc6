#include "vaultfile.h"

#include "sodium.h"
#include "sql/privatefiles.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace careround::vault {

namespace {

const QString FormatName = QStringLiteral("careround-key-vault");
const QString KdfAlgorithm = QStringLiteral("argon2id13");
const QString WrapAlgorithm = QStringLiteral("xchacha20poly1305-ietf");

Error damaged(const QString &what)
{
    return Error {QStringLiteral("vault"), what};
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray checksumOf(const QJsonObject &withoutChecksum)
{
    const QByteArray body = QJsonDocument(withoutChecksum).toJson(QJsonDocument::Compact);
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char *>(body.constData()),
                       quint64(body.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

// Typed readers: each names the JSON path of what is wrong.
class Reader
{
public:
    std::optional<Error> error;

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isObject())
            fail(path + QStringLiteral(" is missing or not an object"));
        return value.toObject();
    }
    QString string(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isString())
            fail(path + QStringLiteral(" is missing or not text"));
        return value.toString();
    }
    qint64 integer(const QJsonObject &parent, const QString &key, const QString &path, qint64 min,
                   qint64 max)
    {
        const QJsonValue value = parent.value(key);
        const double number = value.toDouble(NAN);
        if (!value.isDouble() || std::floor(number) != number || number < double(min)
            || number > double(max)) {
            fail(path + QStringLiteral(" is not a whole number from %1 to %2").arg(min).arg(max));
            return min;
        }
        return qint64(number);
    }
    bool boolean(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isBool())
            fail(path + QStringLiteral(" is missing or not true/false"));
        return value.toBool();
    }
    QByteArray base64(const QJsonObject &parent, const QString &key, const QString &path, int size)
    {
        const QString text = string(parent, key, path);
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!error && (!decoded || decoded.decoded.size() != size))
            fail(path + QStringLiteral(" is not %1 bytes of base64").arg(size));
        return decoded.decoded;
    }
    QDateTime time(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QString text = string(parent, key, path);
        if (text.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!error && !parsed.isValid())
            fail(path + QStringLiteral(" is not an ISO 8601 time"));
        return parsed.toUTC();
    }

private:
    void fail(const QString &what)
    {
        if (!error) // the first problem is the one worth reporting
            error = damaged(what);
    }
};

QJsonObject toJson(const VaultState &state)
{
    QJsonObject kdf {
        {QStringLiteral("algorithm"), KdfAlgorithm},
        {QStringLiteral("opslimit"), double(state.kdf.opslimit)},
        {QStringLiteral("memlimit"), double(state.kdf.memlimit)},
        {QStringLiteral("calibratedMs"), std::round(state.kdf.measuredMs * 10) / 10},
        {QStringLiteral("salt"), QString::fromLatin1(state.salt.toBase64())},
    };
    QJsonObject root {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), state.formatVersion},
        {QStringLiteral("createdAt"), isoOrEmpty(state.createdAt)},
        {QStringLiteral("kdf"), kdf},
        {QStringLiteral("platformKeyStore"),
         QJsonObject {{QStringLiteral("keyName"), state.platformKeyName},
                      {QStringLiteral("note"), state.platformNote}}},
        {QStringLiteral("attempts"),
         QJsonObject {{QStringLiteral("failures"), state.failures},
                      {QStringLiteral("lockedUntil"), isoOrEmpty(state.lockedUntil)}}},
        {QStringLiteral("wiped"), state.wiped},
        {QStringLiteral("wipedAt"), isoOrEmpty(state.wipedAt)},
    };
    if (!state.wiped) {
        root.insert(
            QStringLiteral("wrap"),
            QJsonObject {
                {QStringLiteral("algorithm"), WrapAlgorithm},
                {QStringLiteral("nonce"), QString::fromLatin1(state.nonce.toBase64())},
                {QStringLiteral("ciphertext"), QString::fromLatin1(state.wrappedKey.toBase64())}});
    }
    return root;
}

Result<VaultState> fromJson(const QJsonObject &root)
{
    Reader read;
    VaultState state;
    if (read.string(root, QStringLiteral("format"), QStringLiteral("format")) != FormatName
        && !read.error)
        return damaged(QStringLiteral("format is not \"%1\"").arg(FormatName));
    state.formatVersion =
        int(read.integer(root, QStringLiteral("version"), QStringLiteral("version"), 1, 1000));
    if (!read.error && state.formatVersion != VaultState::CurrentFormatVersion)
        return damaged(QStringLiteral("version %1 was written by a newer CareRound; update the app")
                           .arg(state.formatVersion));
    state.createdAt = read.time(root, QStringLiteral("createdAt"), QStringLiteral("createdAt"));

    const QJsonObject kdf = read.object(root, QStringLiteral("kdf"), QStringLiteral("kdf"));
    if (read.string(kdf, QStringLiteral("algorithm"), QStringLiteral("kdf.algorithm"))
            != KdfAlgorithm
        && !read.error)
        return damaged(QStringLiteral("kdf.algorithm is not %1").arg(KdfAlgorithm));
    state.kdf.opslimit = std::uint64_t(
        read.integer(kdf, QStringLiteral("opslimit"), QStringLiteral("kdf.opslimit"),
                     crypto_pwhash_argon2id_OPSLIMIT_MIN, qint64(KdfParams::MaxOpslimit)));
    state.kdf.memlimit = std::size_t(
        read.integer(kdf, QStringLiteral("memlimit"), QStringLiteral("kdf.memlimit"),
                     crypto_pwhash_argon2id_MEMLIMIT_MIN, qint64(KdfParams::MaxMemlimit)));
    state.kdf.measuredMs = kdf.value(QStringLiteral("calibratedMs")).toDouble();
    state.salt =
        read.base64(kdf, QStringLiteral("salt"), QStringLiteral("kdf.salt"), KdfParams::SaltSize);

    const QJsonObject platform =
        read.object(root, QStringLiteral("platformKeyStore"), QStringLiteral("platformKeyStore"));
    state.platformKeyName = read.string(platform, QStringLiteral("keyName"),
                                        QStringLiteral("platformKeyStore.keyName"));
    state.platformNote =
        read.string(platform, QStringLiteral("note"), QStringLiteral("platformKeyStore.note"));

    const QJsonObject attempts =
        read.object(root, QStringLiteral("attempts"), QStringLiteral("attempts"));
    state.failures = int(read.integer(attempts, QStringLiteral("failures"),
                                      QStringLiteral("attempts.failures"), 0, 1000));
    state.lockedUntil =
        read.time(attempts, QStringLiteral("lockedUntil"), QStringLiteral("attempts.lockedUntil"));

    state.wiped = read.boolean(root, QStringLiteral("wiped"), QStringLiteral("wiped"));
    state.wipedAt = read.time(root, QStringLiteral("wipedAt"), QStringLiteral("wipedAt"));
    if (!state.wiped) {
        const QJsonObject wrap = read.object(root, QStringLiteral("wrap"), QStringLiteral("wrap"));
        if (read.string(wrap, QStringLiteral("algorithm"), QStringLiteral("wrap.algorithm"))
                != WrapAlgorithm
            && !read.error)
            return damaged(QStringLiteral("wrap.algorithm is not %1").arg(WrapAlgorithm));
        state.nonce = read.base64(wrap, QStringLiteral("nonce"), QStringLiteral("wrap.nonce"),
                                  VaultState::NonceSize);
        state.wrappedKey =
            read.base64(wrap, QStringLiteral("ciphertext"), QStringLiteral("wrap.ciphertext"),
                        VaultState::WrappedKeySize);
    }
    if (read.error)
        return *read.error;
    return state;
}

} // namespace

QByteArray VaultFile::serialize(const VaultState &state)
{
    QJsonObject root = toJson(state);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksumOf(root)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray VaultFile::withFreshChecksum(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(QStringLiteral("checksum"));
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksumOf(root)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<VaultState> VaultFile::parse(const QByteArray &bytes)
{
    ensureSodium();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(QStringLiteral("not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return damaged(QStringLiteral("not a JSON object"));
    QJsonObject root = document.object();
    const QJsonValue checksum = root.take(QStringLiteral("checksum"));
    if (!checksum.isString())
        return damaged(QStringLiteral("checksum is missing"));
    if (checksum.toString().toLatin1() != checksumOf(root))
        return damaged(QStringLiteral("checksum does not match the content"));
    return fromJson(root);
}

Result<std::optional<VaultState>> VaultFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<VaultState>();
    if (!file.open(QIODevice::ReadOnly))
        return damaged(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    files::tighten(path); // written 0600 since the start, but a copy or an old backup may be looser
    if (file.size() > MaxFileSize)
        return damaged(QStringLiteral("is %1 bytes, far larger than a vault").arg(file.size()));
    auto parsed = parse(file.readAll());
    if (!parsed)
        return parsed.error();
    return std::optional<VaultState>(std::move(parsed).value());
}

Result<void> VaultFile::write(const QString &path, const VaultState &state)
{
    if (auto written = files::writePrivateFile(path, serialize(state), files::Write::Durable);
        !written)
        return Error {QStringLiteral("vault"), written.error().message};
    return {};
}

} // namespace careround::vault
