#include "vault/securekey.h"

#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace careround;

class TestSecureKey : public QObject
{
    Q_OBJECT

private slots:
    void randomKeysAreDistinctAndFull()
    {
        const SecureKey a = SecureKey::random();
        const SecureKey b = SecureKey::random();
        QVERIFY(!a.isNull());
        QVERIFY(!a.equals(b));
        const QByteArray raw = a.toRawForDatabaseOpen();
        QCOMPARE(raw.size(), qsizetype(SecureKey::Size));
        QVERIFY(raw != QByteArray(SecureKey::Size, '\0'));
    }

    void fromBytesCopiesExactlyThirtyTwoBytes()
    {
        const QByteArray bytes =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        auto key = SecureKey::fromBytes(bytes);
        QVERIFY(key.ok());
        QCOMPARE(key.value().toRawForDatabaseOpen(), bytes);
        int calls = 0;
        key.value().withBytes([&](const unsigned char *data, std::size_t size) {
            ++calls;
            QCOMPARE(size, SecureKey::Size);
            QCOMPARE(data[31], 0x1f);
        });
        QCOMPARE(calls, 1);
    }

    void fromBytesRejectsOtherSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("31") << 31;
        QTest::newRow("33") << 33;
    }

    void fromBytesRejectsOtherSizes()
    {
        QFETCH(int, size);
        auto key = SecureKey::fromBytes(QByteArray(size, 'k'));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().field, QStringLiteral("key"));
        QVERIFY(key.error().message.contains(QStringLiteral("32 bytes")));
    }

    void moveLeavesTheSourceNull()
    {
        SecureKey original = SecureKey::random();
        const QByteArray raw = original.toRawForDatabaseOpen();
        SecureKey moved = std::move(original);
        QVERIFY(original.isNull()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(original.toRawForDatabaseOpen(), QByteArray());
        QCOMPARE(moved.toRawForDatabaseOpen(), raw);
        SecureKey assigned;
        assigned = std::move(moved);
        QCOMPARE(assigned.toRawForDatabaseOpen(), raw);
        QVERIFY(moved.isNull()); // NOLINT(bugprone-use-after-move)
    }

    void nullKeyNeverCallsBack()
    {
        SecureKey key;
        bool called = false;
        key.withBytes([&](const unsigned char *, std::size_t) { called = true; });
        QVERIFY(!called);
        QVERIFY(key.equals(SecureKey()));
        QVERIFY(!key.equals(SecureKey::random()));
    }

    void clearMakesItNull()
    {
        SecureKey key = SecureKey::random();
        key.clear();
        QVERIFY(key.isNull());
        QCOMPARE(key.toRawForDatabaseOpen(), QByteArray());
    }

    void nestedAccessAndSelfComparison()
    {
        const SecureKey key = SecureKey::random();
        QVERIFY(key.equals(key)); // nests withBytes on one object
        QCOMPARE(key.toRawForDatabaseOpen().size(), qsizetype(SecureKey::Size)); // still usable
    }

    void bytesAreUnreadableOutsideWithBytes()
    {
        // The pages are PROT_NONE between accesses: a stray read (say, a pointer kept past the
        // callback) faults instead of leaking the key. Proven in a child process.
        const SecureKey key = SecureKey::random();
        const unsigned char *kept = nullptr;
        key.withBytes([&](const unsigned char *bytes, std::size_t) { kept = bytes; });
        QVERIFY(kept);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            std::signal(SIGSEGV, SIG_DFL); // no test-runner crash report from the child
            std::signal(SIGBUS, SIG_DFL);
            volatile unsigned char sink = kept[0];
            (void)sink;
            _exit(0); // reached only if the read did not fault
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status), "reading the key outside withBytes() did not fault");
        QVERIFY(WTERMSIG(status) == SIGSEGV || WTERMSIG(status) == SIGBUS);
    }
};

QTEST_GUILESS_MAIN(TestSecureKey)
#include "tst_securekey.moc"
