// The sealed escrow spool: entries written whole, listed oldest first, removed; the identity
// file; and the seal itself opens with the organisation's secret key to the device-signed record.
#include "sql/privatefiles.h"
#include "sync/devicekeys.h"
#include "sync/escrowspool.h"
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>
#include <sys/stat.h>

using namespace careround::sync;

namespace {
// The file's permission bits; 0 when it is missing.
unsigned modeOf(const QString &path)
{
    return careround::files::permissions(path).value_or(0);
}
} // namespace

class TestEscrowSpool : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void entriesRoundTrip()
    {
        QTemporaryDir dir;
        EscrowSpool spool(dir.path());
        QVERIFY(spool.recordIds().isEmpty());
        QVERIFY(spool.put(QStringLiteral("0190-b"), "second"));
        QVERIFY(spool.put(QStringLiteral("0190-a"), "first"));
        QVERIFY(spool.put(QStringLiteral("0190-a"), "first again")); // replaced whole
        QCOMPARE(spool.recordIds(),
                 (QStringList {QStringLiteral("0190-a"), QStringLiteral("0190-b")}));
        const auto taken = spool.take(1, 1 << 20);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.first().sealed, QByteArray("first again"));
        spool.remove({QStringLiteral("0190-a")});
        QCOMPARE(spool.recordIds(), QStringList {QStringLiteral("0190-b")});
        QVERIFY(QDir(EscrowSpool::directoryFor(dir.path()))
                    .entryList({QStringLiteral("*.staged")}, QDir::Files)
                    .isEmpty());
    }

    void everyFileAndFolderIsOwnerOnly()
    {
        const mode_t previous = ::umask(022); // left to it: 0644 files in a 0755 folder
        QTemporaryDir dir;
        EscrowSpool spool(dir.path());
        const bool written = spool
                                 .writeIdentity({QUrl(QStringLiteral("https://office.example")),
                                                 QStringLiteral("org"), QStringLiteral("device")})
                                 .ok()
            && spool.put(QStringLiteral("0190-a"), "sealed").ok()
            && spool.stage(QStringLiteral("0190-b"), "staged", QStringLiteral("engine1")).ok();
        ::umask(previous);
        QVERIFY(written);
        const QString folder = EscrowSpool::directoryFor(dir.path());
        QCOMPARE(modeOf(folder), 0700u);
        const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(names.size(), 3);
        for (const QString &name : names)
            QCOMPARE(modeOf(QDir(folder).filePath(name)), 0600u);
    }

    void stagedCopiesAppearOnlyWhenPublished()
    {
        QTemporaryDir dir;
        EscrowSpool spool(dir.path());
        const QString mine = QStringLiteral("engine1");
        QVERIFY(spool.stage(QStringLiteral("0190-a"), "sealed a", mine));
        QVERIFY(spool.stage(QStringLiteral("0190-b"), "sealed b", mine));
        QVERIFY(spool.recordIds().isEmpty()); // not committed yet: escrow must not send them
        QVERIFY(spool.publish(QStringLiteral("0190-a"), mine));
        spool.discard(QStringLiteral("0190-b"), mine); // its commit failed
        QCOMPARE(spool.recordIds(), QStringList {QStringLiteral("0190-a")});
        QCOMPARE(spool.take(10, 1 << 20).first().sealed, QByteArray("sealed a"));
        QVERIFY(!spool.publish(QStringLiteral("0190-b"), mine));

        // An engine that crashed between stage and publish left a file; a new engine removes it
        // at start and keeps its own staged files.
        QVERIFY(spool.stage(QStringLiteral("0190-c"), "crashed", QStringLiteral("engine0")));
        QVERIFY(spool.stage(QStringLiteral("0190-d"), "in flight", mine));
        spool.removeStaged(mine);
        QVERIFY(spool.publish(QStringLiteral("0190-d"), mine));
        QVERIFY(!spool.publish(QStringLiteral("0190-c"), QStringLiteral("engine0")));
        QCOMPARE(spool.recordIds(),
                 (QStringList {QStringLiteral("0190-a"), QStringLiteral("0190-d")}));
    }

    void unsafeIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("path") << QStringLiteral("../vault");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
    }
    void unsafeIdsAreRefused()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        EscrowSpool spool(dir.path());
        const auto put = spool.put(id, "x");
        QVERIFY(!put);
        QCOMPARE(put.error().field, QStringLiteral("id"));
        QVERIFY(spool.recordIds().isEmpty());
    }

    void identityRoundTrip()
    {
        QTemporaryDir dir;
        EscrowSpool spool(dir.path());
        QVERIFY(!spool.identity());
        const EscrowIdentity id {QUrl(QStringLiteral("https://care.example.org")),
                                 QStringLiteral("org-1"), QStringLiteral("device-1")};
        QVERIFY(spool.writeIdentity(id));
        const auto read = spool.identity();
        QVERIFY(read);
        QCOMPARE(read.value().serverUrl, id.serverUrl);
        QCOMPARE(read.value().orgId, id.orgId);
        QCOMPARE(read.value().deviceId, id.deviceId);
        spool.clear();
        QVERIFY(!spool.identity());
    }

    void sealOpensToTheSignedRecord()
    {
        unsigned char orgPublic[crypto_box_PUBLICKEYBYTES], orgSecret[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(orgPublic, orgSecret);
        const DeviceKeyPair device = DeviceKeys::generate();
        QCOMPARE(DeviceKeys::publicKeyOf(device.secretKey), device.publicKey);
        const QByteArray record = "{\"id\":\"0190\",\"type\":\"visit.note\"}";
        const QByteArray escrowKey(reinterpret_cast<const char *>(orgPublic), sizeof orgPublic);
        const QByteArray sealed = DeviceKeys::sealForEscrow(record, device.secretKey, escrowKey);
        QCOMPARE(sealed.size(),
                 qsizetype(crypto_box_SEALBYTES + crypto_sign_BYTES + record.size()));
        QVERIFY(!sealed.contains(record)); // sealed: the record cannot be read from it

        QByteArray plain(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
        QCOMPARE(crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                                      reinterpret_cast<const unsigned char *>(sealed.constData()),
                                      sealed.size(), orgPublic, orgSecret),
                 0);
        const QByteArray signature = plain.left(crypto_sign_BYTES);
        QCOMPARE(plain.mid(crypto_sign_BYTES), record);
        const QByteArray message = QByteArrayLiteral("careround-escrow-v1") + record;
        QCOMPARE(crypto_sign_verify_detached(
                     reinterpret_cast<const unsigned char *>(signature.constData()),
                     reinterpret_cast<const unsigned char *>(message.constData()), message.size(),
                     reinterpret_cast<const unsigned char *>(device.publicKey.constData())),
                 0);
        // Wrong-sized keys seal nothing.
        QVERIFY(DeviceKeys::sealForEscrow(record, device.secretKey, "short").isEmpty());
        QVERIFY(DeviceKeys::sealForEscrow(record, "short", escrowKey).isEmpty());
    }

    void enrolmentSignatureCoversChallengeAndKey()
    {
        const DeviceKeyPair device = DeviceKeys::generate();
        const QByteArray challenge(32, '\x07');
        const QByteArray signature = DeviceKeys::enrolmentSignature(challenge, device);
        const QByteArray message =
            QByteArrayLiteral("careround-enrol-v1") + challenge + device.publicKey;
        QCOMPARE(crypto_sign_verify_detached(
                     reinterpret_cast<const unsigned char *>(signature.constData()),
                     reinterpret_cast<const unsigned char *>(message.constData()), message.size(),
                     reinterpret_cast<const unsigned char *>(device.publicKey.constData())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestEscrowSpool)
#include "tst_escrowspool.moc"
