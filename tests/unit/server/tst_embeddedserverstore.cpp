// The embedded backend's own promises: zero set-up, an owner-only key file, no plaintext on disk.
#include "server/storage/serverstorefactory.h"
#include "storetestsupport.h"
#include "testrecords.h"
#include <QDirIterator>
#include <QFile>
#include <QtTest>
#include <sys/stat.h>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class EmbeddedServerStoreTest : public QObject {
    Q_OBJECT
private slots:
    void firstRunCreatesDatabaseAndOwnerOnlyKey();
    void dataSurvivesReopening();
    void noPlaintextReachesTheDisk();
    void missingOrWrongKeyIsAClearError();
};

namespace {
int modeOf(const QString &path)
{
    struct stat info {};
    ::stat(QFile::encodeName(path).constData(), &info);
    return int(info.st_mode & 0777);
}
} // namespace

void EmbeddedServerStoreTest::firstRunCreatesDatabaseAndOwnerOnlyKey()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("server-data"));
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions{dataDir});
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    QVERIFY(store.value()->health().ok());
    const QString key = dataDir + QStringLiteral("/server.key");
    QVERIFY(QFile::exists(dataDir + QStringLiteral("/server.db")));
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(keyFile.size(), 32);
    QCOMPARE(modeOf(key), 0600);
    QCOMPARE(modeOf(dataDir), 0700);
    QVERIFY(keyFile.readAll() != QByteArray(32, '\0'));
    QCOMPARE(openEmbeddedServerStore(EmbeddedStoreOptions{}).error().field, QStringLiteral("dataDir"));
}

void EmbeddedServerStoreTest::dataSurvivesReopening()
{
    QTemporaryDir dir;
    QString orgId;
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()});
        QVERIFY(store.ok());
        auto org = createTestOrg(*store.value(), QStringLiteral("a"));
        QVERIFY(org.ok());
        orgId = org.value().org.id;
    }
    auto again = openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()});
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value()->usersInOrg(orgId).value().size(), 6);
}

void EmbeddedServerStoreTest::noPlaintextReachesTheDisk()
{
    QTemporaryDir dir;
    const QByteArray secret("Mrs Plaintext-Canary has a key safe code 4711");
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()});
        QVERIFY(store.ok());
        auto t = createTestOrg(*store.value(), QStringLiteral("a"));
        QVERIFY(t.ok());
        RecordFactory office(t.value().coordinator.id, QString());
        const QString person = newPersonId();
        QVERIFY(store.value()->putRecords(PutContext{t.value().org.id, t.value().coordinator.id, {}, QDateTime::currentDateTimeUtc()},
                                          {office.person(person, QString::fromLatin1(secret))}).ok());
    }
    int scanned = 0;
    QDirIterator files(dir.path(), QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().endsWith(QLatin1String(".key")))
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("Plaintext-Canary"), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains("aworker"), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
}

void EmbeddedServerStoreTest::missingOrWrongKeyIsAClearError()
{
    QTemporaryDir dir;
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()});
        QVERIFY(store.ok());
    }
    const QString key = dir.filePath(QStringLiteral("server.key"));
    QVERIFY(QFile::rename(key, key + QStringLiteral(".moved")));
    auto missing = openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("key file is missing")));
    QVERIFY(!QFile::exists(key)); // never silently replaced by a new key

    QFile wrong(key);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QByteArray(32, 'x'));
    wrong.close();
    auto wrongKey = openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()});
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().field, QStringLiteral("dataDir"));

    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QByteArray(16, 'x'));
    wrong.close();
    QVERIFY(openEmbeddedServerStore(EmbeddedStoreOptions{dir.path()}).error().message.contains(QLatin1String("32 bytes")));
}

QTEST_GUILESS_MAIN(EmbeddedServerStoreTest)
#include "tst_embeddedserverstore.moc"
