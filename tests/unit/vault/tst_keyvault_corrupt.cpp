// Damaged and deliberately edited vault files.
#include "tst_keyvault.h"

#include "vaulttestutil.h"

#include <QTest>

using namespace careround;
using namespace careround::testing;

namespace {
using Mutation = std::function<QByteArray(const QByteArray &)>;

// Re-encodes an edited JSON object with a correct checksum, so the typed checks are what fail.
Mutation jsonEdit(std::function<void(QJsonObject &)> edit)
{
    return [edit](const QByteArray &bytes) {
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        edit(root);
        return vault::VaultFile::withFreshChecksum(QJsonDocument(root).toJson());
    };
}

// Replaces one character inside a base64 value with another valid base64 character.
QByteArray flipInValue(const QByteArray &bytes, const QByteArray &key)
{
    QByteArray out = bytes;
    const qsizetype at = out.indexOf("\"" + key + "\": \"") + key.size() + 6;
    out[at] = out[at] == 'A' ? 'B' : 'A';
    return out;
}
} // namespace

Q_DECLARE_METATYPE(Mutation)

void TestKeyVault::damagedFileIsNamedAndLeftAlone_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("byte flipped in the wrapped key")
        << Mutation([](const QByteArray &b) { return flipInValue(b, "ciphertext"); })
        << "checksum does not match";
    QTest::newRow("byte flipped in the salt")
        << Mutation([](const QByteArray &b) { return flipInValue(b, "salt"); })
        << "checksum does not match";
    QTest::newRow("bit flipped in the middle") << Mutation([](const QByteArray &b) {
        QByteArray out = b;
        out[out.size() / 2] = char(out[out.size() / 2] ^ 0x01);
        return out;
    }) << "vault.json is damaged";
    QTest::newRow("truncated") << Mutation([](const QByteArray &b) { return b.left(b.size() / 2); })
                               << "not valid JSON";
    QTest::newRow("empty") << Mutation([](const QByteArray &) { return QByteArray(); })
                           << "not valid JSON";
    QTest::newRow("array") << Mutation([](const QByteArray &) { return QByteArray("[1, 2]"); })
                           << "not a JSON object";
    QTest::newRow("no checksum") << Mutation([](const QByteArray &b) {
        QJsonObject root = QJsonDocument::fromJson(b).object();
        root.remove(QStringLiteral("checksum"));
        return QJsonDocument(root).toJson();
    }) << "checksum is missing";
    QTest::newRow("opslimit is text") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("opslimit"), QStringLiteral("1"));
    }) << "kdf.opslimit";
    QTest::newRow("memlimit of a terabyte") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("memlimit"), double(qint64(1) << 40));
    }) << "kdf.memlimit";
    QTest::newRow("opslimit fractional") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("opslimit"), 1.5);
    }) << "kdf.opslimit";
    QTest::newRow("salt too short") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("salt"), QStringLiteral("AAAA"));
    }) << "kdf.salt";
    QTest::newRow("nonce not base64") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("wrap"), QStringLiteral("nonce"), QStringLiteral("%%%%"));
    }) << "wrap.nonce";
    QTest::newRow("failures negative") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("attempts"), QStringLiteral("failures"), -1);
    }) << "attempts.failures";
    QTest::newRow("lockedUntil not a time") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("attempts"), QStringLiteral("lockedUntil"),
                  QStringLiteral("soon"));
    }) << "attempts.lockedUntil";
    QTest::newRow("wiped is a number")
        << jsonEdit([](QJsonObject &root) { root.insert(QStringLiteral("wiped"), 0); }) << "wiped";
    QTest::newRow("wrap missing") << jsonEdit([](QJsonObject &root) {
        root.remove(QStringLiteral("wrap"));
    }) << "wrap is missing";
    QTest::newRow("newer version")
        << jsonEdit([](QJsonObject &root) { root.insert(QStringLiteral("version"), 2); })
        << "newer CareRound";
    QTest::newRow("other algorithm") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("algorithm"),
                  QStringLiteral("pbkdf2"));
    }) << "kdf.algorithm";
}

void TestKeyVault::damagedFileIsNamedAndLeftAlone()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, messagePart);
    auto vault = fastVault(freshDir());
    QVERIFY(vault->setUp(GoodPin).ok());
    const QByteArray damaged = mutate(fileBytes(vault->filePath()));
    QVERIFY(writeBytes(vault->filePath(), damaged));

    auto unlocked = vault->unlock(GoodPin);
    QVERIFY(!unlocked.ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::Corrupt);
    QCOMPARE(unlocked.error().field, QStringLiteral("vault"));
    QVERIFY2(unlocked.error().message.contains(messagePart), qPrintable(unlocked.error().message));
    QVERIFY(unlocked.error().message.contains(vault->filePath()));
    QVERIFY(unlocked.error().message.contains(QStringLiteral("Nothing was changed")));
    QVERIFY(vault->fileError().has_value());

    // Nothing else rewrites it either.
    QVERIFY(!vault->changePin(GoodPin, OtherGoodPin).ok());
    QVERIFY(!vault->setUp(OtherGoodPin).ok());
    QCOMPARE(vault->attemptsLeft(), 0);
    QCOMPARE(fileBytes(vault->filePath()), damaged);
}

void TestKeyVault::swappedParametersDoNotUnlock_data()
{
    // Well-formed edits someone with write access could make to the Argon2id parameters: the
    // right PIN no longer opens the wrap (and the attempt counts). tst_keywrap checks the
    // associated data on its own.
    QTest::addColumn<Mutation>("mutate");
    QTest::newRow("opslimit raised") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("opslimit"), 2);
    });
    QTest::newRow("memlimit raised") << jsonEdit([](QJsonObject &root) {
        setNested(root, QStringLiteral("kdf"), QStringLiteral("memlimit"), 16384);
    });
}

void TestKeyVault::swappedParametersDoNotUnlock()
{
    QFETCH(Mutation, mutate);
    auto vault = fastVault(freshDir());
    QVERIFY(vault->setUp(GoodPin).ok());
    QVERIFY(writeBytes(vault->filePath(), mutate(fileBytes(vault->filePath()))));
    auto unlocked = vault->unlock(GoodPin);
    QVERIFY(!unlocked.ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::WrongPin);
    QCOMPARE(vault->attemptsLeft(), KeyVault::MaxAttempts - 1);
}
