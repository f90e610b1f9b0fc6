#include "tst_keyvault.h"

#include "vaulttestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTest>
#include <sys/stat.h>

using namespace careround;
using namespace careround::testing;

QString TestKeyVault::freshDir()
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("vault%1").arg(++m_dirCount));
    QDir().mkpath(path);
    return path;
}

void TestKeyVault::setUpThenUnlockGivesTheSameKey()
{
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    QVERIFY(!vault->isSetUp());
    auto created = vault->setUp(GoodPin);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    QVERIFY(vault->isSetUp());
    QCOMPARE(vault->attemptsLeft(), KeyVault::MaxAttempts);
    QCOMPARE(created.value().toRawForDatabaseOpen().size(), 32);

    auto unlocked = fastVault(dir)->unlock(GoodPin);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().toString()));
    QVERIFY(unlocked.value().equals(created.value()));
}

void TestKeyVault::setUpRejectsBadPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << "Enter a PIN";
    QTest::newRow("five digits") << "24681"
                                 << "at least 6";
    QTest::newRow("thirteen digits") << "2468135791357"
                                     << "at most 12";
    QTest::newRow("letters") << "24a813"
                             << "digits 0 to 9";
    QTest::newRow("space") << "246 813"
                           << "digits 0 to 9";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("٢٤٦٨١٣") << "digits 0 to 9";
    QTest::newRow("all same") << "777777"
                              << "repeat";
    QTest::newRow("ascending") << "123456"
                               << "in a row";
    QTest::newRow("descending") << "654321"
                                << "in a row";
    QTest::newRow("long ascending") << "0123456789"
                                    << "in a row";
}

void TestKeyVault::setUpRejectsBadPins()
{
    QFETCH(QString, pin);
    QFETCH(QString, messagePart);
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    auto created = vault->setUp(pin);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, QStringLiteral("pin"));
    QVERIFY2(created.error().message.contains(messagePart), qPrintable(created.error().message));
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::InvalidPin);
    QVERIFY(!QFileInfo::exists(vault->filePath())); // nothing stored
}

void TestKeyVault::setUpTwiceIsRefused()
{
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    auto first = vault->setUp(GoodPin);
    QVERIFY(first.ok());
    const QByteArray before = fileBytes(vault->filePath());
    auto second = vault->setUp(OtherGoodPin);
    QVERIFY(!second.ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::AlreadySetUp);
    QCOMPARE(fileBytes(vault->filePath()), before);
    QVERIFY(vault->unlock(GoodPin).value().equals(first.value()));
}

void TestKeyVault::unlockBeforeSetUpSaysSo()
{
    auto vault = fastVault(freshDir());
    auto unlocked = vault->unlock(GoodPin);
    QVERIFY(!unlocked.ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::NotSetUp);
    QVERIFY(unlocked.error().message.contains(QStringLiteral("No PIN is set up")));
    QVERIFY(!QFileInfo::exists(vault->filePath()));
}

void TestKeyVault::emptyPinIsNotCounted()
{
    auto vault = fastVault(freshDir());
    QVERIFY(vault->setUp(GoodPin).ok());
    auto unlocked = vault->unlock(QString());
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().field, QStringLiteral("pin"));
    QCOMPARE(vault->attemptsLeft(), KeyVault::MaxAttempts);
}

void TestKeyVault::saltNonceAndKeyAreNewAtEverySetUp()
{
    QSet<QByteArray> salts, nonces, keys;
    constexpr int SetUps = 6;
    for (int i = 0; i < SetUps; ++i) {
        auto vault = fastVault(freshDir());
        auto created = vault->setUp(GoodPin); // the same PIN every time
        QVERIFY(created.ok());
        const vault::VaultState state = readVaultState(vault->filePath());
        QCOMPARE(state.salt.size(), KdfParams::SaltSize);
        QCOMPARE(state.nonce.size(), vault::VaultState::NonceSize);
        salts.insert(state.salt);
        nonces.insert(state.nonce);
        keys.insert(created.value().toRawForDatabaseOpen());
    }
    QCOMPARE(salts.size(), SetUps);
    QCOMPARE(nonces.size(), SetUps);
    QCOMPARE(keys.size(), SetUps);
}

void TestKeyVault::changePinKeepsTheDataKey()
{
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    auto created = vault->setUp(GoodPin);
    QVERIFY(created.ok());
    const vault::VaultState before = readVaultState(vault->filePath());

    auto changed = vault->changePin(GoodPin, OtherGoodPin);
    QVERIFY2(changed.ok(), qPrintable(changed.error().toString()));
    const vault::VaultState after = readVaultState(vault->filePath());
    QVERIFY(after.salt != before.salt);
    QVERIFY(after.nonce != before.nonce);
    QVERIFY(after.wrappedKey != before.wrappedKey);

    auto restarted = fastVault(dir);
    auto withOld = restarted->unlock(GoodPin);
    QVERIFY(!withOld.ok());
    QCOMPARE(restarted->lastFailure(), KeyVault::Failure::WrongPin);
    auto withNew = restarted->unlock(OtherGoodPin);
    QVERIFY2(withNew.ok(), qPrintable(withNew.error().toString()));
    QVERIFY(withNew.value().equals(created.value())); // same data key: no re-encryption needed
    QCOMPARE(restarted->attemptsLeft(), KeyVault::MaxAttempts);
}

void TestKeyVault::changePinWithWrongOldPinCountsAnAttempt()
{
    auto vault = fastVault(freshDir());
    QVERIFY(vault->setUp(GoodPin).ok());
    auto changed = vault->changePin(WrongPin, OtherGoodPin);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().field, QStringLiteral("oldPin"));
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::WrongPin);
    QCOMPARE(vault->attemptsLeft(), KeyVault::MaxAttempts - 1);
    QVERIFY(vault->unlock(GoodPin).ok());
    QVERIFY(!vault->unlock(OtherGoodPin).ok());
}

void TestKeyVault::changePinRejectsBadNewPin_data()
{
    QTest::addColumn<QString>("newPin");
    QTest::newRow("too short") << "2468";
    QTest::newRow("ascending") << "345678";
    QTest::newRow("same as old") << GoodPin;
}

void TestKeyVault::changePinRejectsBadNewPin()
{
    QFETCH(QString, newPin);
    auto vault = fastVault(freshDir());
    QVERIFY(vault->setUp(GoodPin).ok());
    const QByteArray before = fileBytes(vault->filePath());
    auto changed = vault->changePin(GoodPin, newPin);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().field, QStringLiteral("newPin"));
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::InvalidPin);
    QCOMPARE(fileBytes(vault->filePath()), before); // nothing changed, no attempt counted
}

void TestKeyVault::fileIsPrivateAndHoldsNoKey()
{
    auto vault = fastVault(freshDir());
    auto created = vault->setUp(GoodPin);
    QVERIFY(created.ok());
    const QFileInfo info(vault->filePath());
    QCOMPARE(info.permissions()
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QByteArray key = created.value().toRawForDatabaseOpen();
    const QByteArray file = fileBytes(vault->filePath());
    QVERIFY(!file.contains(key));
    QVERIFY(!file.contains(key.toBase64()));
    QVERIFY(!file.contains(key.toHex()));
    QVERIFY(!file.contains(GoodPin.toUtf8()));
}

void TestKeyVault::newFolderIsPrivateAndALooseFileIsTightened()
{
    const mode_t previous = ::umask(022); // left to it, the folder would be 0755
    const QString folder = freshDir() + QStringLiteral("/new");
    auto vault = fastVault(folder);
    const bool created = vault->setUp(GoodPin).ok();
    ::umask(previous);
    QVERIFY(created);
    QCOMPARE(QFileInfo(folder).permissions()
                 & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A copy restored with looser modes is tightened when it is next read.
    const auto loose = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(vault->filePath(), loose));
    QVERIFY(fastVault(folder)->unlock(GoodPin).ok());
    QCOMPARE(QFileInfo(vault->filePath()).permissions()
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestKeyVault)
