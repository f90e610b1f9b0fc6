// The AEAD wrap of the data key and what its associated data binds.
#include "vault/keywrap.h"

#include <QTest>

using namespace careround;
using namespace careround::vault;

namespace {
VaultState sampleState()
{
    VaultState state;
    state.kdf = KdfParams {3, std::size_t(64) << 20, 0};
    state.salt = QByteArray(KdfParams::SaltSize, '\x11');
    return state;
}
} // namespace

class TestKeyWrap : public QObject
{
    Q_OBJECT

private slots:
    void wrapRoundTrips()
    {
        const SecureKey dataKey = SecureKey::random();
        const SecureKey kek = SecureKey::random();
        const QByteArray ad = associatedData(sampleState());
        const WrappedKey wrapped = wrapKey(dataKey, kek, ad);
        QCOMPARE(wrapped.nonce.size(), VaultState::NonceSize);
        QCOMPARE(wrapped.ciphertext.size(), VaultState::WrappedKeySize);
        const SecureKey opened = unwrapKey(wrapped.nonce, wrapped.ciphertext, kek, ad);
        QVERIFY(!opened.isNull());
        QVERIFY(opened.equals(dataKey));
        QVERIFY(!wrapped.ciphertext.contains(dataKey.toRawForDatabaseOpen()));
    }

    void wrongKeyOrTamperingFails()
    {
        const SecureKey dataKey = SecureKey::random();
        const SecureKey kek = SecureKey::random();
        const QByteArray ad = associatedData(sampleState());
        const WrappedKey wrapped = wrapKey(dataKey, kek, ad);
        QVERIFY(unwrapKey(wrapped.nonce, wrapped.ciphertext, SecureKey::random(), ad).isNull());
        QByteArray flipped = wrapped.ciphertext;
        flipped[5] = char(flipped[5] ^ 0x20);
        QVERIFY(unwrapKey(wrapped.nonce, flipped, kek, ad).isNull());
        QByteArray otherNonce = wrapped.nonce;
        otherNonce[0] = char(otherNonce[0] ^ 0x01);
        QVERIFY(unwrapKey(otherNonce, wrapped.ciphertext, kek, ad).isNull());
        QVERIFY(unwrapKey(wrapped.nonce, wrapped.ciphertext.left(20), kek, ad).isNull());
    }

    void associatedDataBindsEveryParameter_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("format version") << 0;
        QTest::newRow("opslimit") << 1;
        QTest::newRow("memlimit") << 2;
        QTest::newRow("salt") << 3;
        QTest::newRow("platform key marker") << 4;
    }

    void associatedDataBindsEveryParameter()
    {
        QFETCH(int, field);
        const VaultState original = sampleState();
        VaultState changed = original;
        switch (field) {
        case 0:
            changed.formatVersion = 2;
            break;
        case 1:
            changed.kdf.opslimit = 2;
            break;
        case 2:
            changed.kdf.memlimit = std::size_t(32) << 20;
            break;
        case 3:
            changed.salt[0] = '\x12';
            break;
        case 4:
            changed.platformKeyName = QStringLiteral("vault-abc");
            break;
        }
        QVERIFY(associatedData(changed) != associatedData(original));

        // The same key-encryption key cannot open a wrap made under the other parameters.
        const SecureKey dataKey = SecureKey::random();
        const SecureKey kek = SecureKey::random();
        const WrappedKey wrapped = wrapKey(dataKey, kek, associatedData(original));
        QVERIFY(
            unwrapKey(wrapped.nonce, wrapped.ciphertext, kek, associatedData(changed)).isNull());
    }

    void platformKeyChangesTheKeyEncryptionKey()
    {
        const SecureKey pinKey = SecureKey::random();
        const SecureKey platformA = SecureKey::random();
        const SecureKey platformB = SecureKey::random();
        const SecureKey pinOnly = keyEncryptionKey(pinKey, nullptr);
        const SecureKey withA = keyEncryptionKey(pinKey, &platformA);
        QVERIFY(pinOnly.equals(pinKey));
        QVERIFY(!withA.equals(pinKey));
        QVERIFY(!withA.equals(keyEncryptionKey(pinKey, &platformB)));
        QVERIFY(withA.equals(keyEncryptionKey(pinKey, &platformA))); // deterministic
    }
};

QTEST_GUILESS_MAIN(TestKeyWrap)
#include "tst_keywrap.moc"
