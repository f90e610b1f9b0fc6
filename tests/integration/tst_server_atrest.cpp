// At rest, against the real careround-server binary (embedded backend): every file it creates is
// owner-only in owner-only folders (an older, looser install is tightened at start, logged); the
// database key may live outside the data folder (--key-file, CAREROUND_KEY_FILE, the systemd
// credential, in that order) and a key in the data folder is warned about outside the demo; every
// demo install gets its own random password, written to demo-logins.json (0600), which signs in.
#include "integrationworld.h"
#include "serverprocess.h"
#include "sql/database.h"
#include "sql/privatefiles.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>
#include <sys/stat.h>

using namespace careround;
using namespace careround::server::test;

namespace {

// The file's permission bits; 0 when it is missing.
unsigned modeOf(const QString &path)
{
    return careround::files::permissions(path).value_or(0);
}

// Every file and folder at or below `root` as "relative/path mode", sorted.
QStringList modesBelow(const QString &root)
{
    QStringList out {QStringLiteral(". %1").arg(modeOf(root), 0, 8)};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.append(
            QStringLiteral("%1 %2").arg(QDir(root).relativeFilePath(path)).arg(modeOf(path), 0, 8));
    }
    out.sort();
    return out;
}

// The JSON log lines of one event in a server's stderr.
QList<QJsonObject> events(const QByteArray &log, const QString &event)
{
    QList<QJsonObject> found;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")).toString() == event)
            found.append(object);
    }
    return found;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAREROUND_KEY_FILE"));
    env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    return env;
}

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// True when the database in dataDir opens with exactly this key.
bool opensWith(const QString &dataDir, const QByteArray &key)
{
    return sql::Database::open(QDir(dataDir).filePath(QStringLiteral("server.db")), key,
                               sql::OpenMode::ReadOnly)
        .ok();
}

} // namespace

class TestServerAtRest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFileAndFolderOfAServerIsOwnerOnly();
    void looserOlderInstallIsTightenedAtStart();
    void keyFileOptionKeepsTheKeyOutOfTheDataFolder();
    void keyLocationPrecedence();
    void keyInTheDataFolderIsWarnedAboutOutsideTheDemo();
    void leftoverKeyCopyInTheDataFolderIsWarnedAbout();
    void everyDemoInstallGetsItsOwnPassword();

private:
    // Starts the server on `dataDir`; QVERIFY-fails when it does not come up.
    std::unique_ptr<ServerProcess> start(const QString &dataDir, const QStringList &extraArgs = {},
                                         const QProcessEnvironment &env = cleanEnvironment());
    QJsonObject initDemo(const QString &dataDir);

    QTemporaryDir m_dir;
    mode_t m_umask = 0;
};

void TestServerAtRest::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    // The usual shell umask, inherited by the server: left to it, files would be 0644 and folders
    // 0755. The server must not depend on whoever starts it.
    m_umask = ::umask(022);
}

void TestServerAtRest::cleanupTestCase()
{
    ::umask(m_umask);
}

std::unique_ptr<ServerProcess> TestServerAtRest::start(const QString &dataDir,
                                                       const QStringList &extraArgs,
                                                       const QProcessEnvironment &env)
{
    auto server =
        std::make_unique<ServerProcess>(BackendArgs {QStringLiteral("embedded"), dataDir, {}, {}});
    server->process().setProcessEnvironment(env);
    const QString failure = server->start(extraArgs);
    if (!failure.isEmpty()) {
        QTest::qFail(qPrintable(failure), __FILE__, __LINE__);
        return nullptr;
    }
    return server;
}

QJsonObject TestServerAtRest::initDemo(const QString &dataDir)
{
    QByteArray out, err;
    const int code = ServerProcess::runCli(
        BackendArgs {QStringLiteral("embedded"), dataDir, {}, {}},
        {QStringLiteral("init-demo"), QStringLiteral("--people"), QStringLiteral("3"),
         QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--days"),
         QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("1")},
        &out, &err);
    if (code != 0)
        qWarning("init-demo exited %d: %s", code, err.constData());
    return QJsonDocument::fromJson(out).object();
}

void TestServerAtRest::everyFileAndFolderOfAServerIsOwnerOnly()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("modes/data"));
    auto server = start(dataDir);
    QVERIFY(server);
    QVERIFY(!initDemo(dataDir).isEmpty()); // an admin command beside the running server
    // While the server runs, WAL mode keeps -wal and -shm.
    QCOMPARE(modesBelow(dataDir),
             (QStringList {
                 QStringLiteral(". 700"),
                 QStringLiteral("demo-logins.json 600"),
                 QStringLiteral("office-totp.key 600"),
                 QStringLiteral("server.db 600"),
                 QStringLiteral("server.db-shm 600"),
                 QStringLiteral("server.db-wal 600"),
                 QStringLiteral("server.key 600"),
                 QStringLiteral("tls 700"),
                 QStringLiteral("tls/dev-cert.pem 600"),
                 QStringLiteral("tls/dev-key.pem 600"),
             }));
    QCOMPARE(server->stop(), 0);
    QVERIFY(
        events(server->stderrLog(), QStringLiteral("file_mode_tightened")).isEmpty()); // made right
}

void TestServerAtRest::looserOlderInstallIsTightenedAtStart()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("older"));
    {
        auto first = start(dataDir);
        QVERIFY(first);
        QCOMPARE(first->stop(), 0);
    }
    // As a version before this one left them (and the shell's umask allowed).
    const auto file644 = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther;
    const auto folder755 =
        file644 | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QDir dir(dataDir);
    QVERIFY(QFile::setPermissions(dataDir, folder755));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("tls")), folder755));
    for (const char *name : {"server.db", "server.key", "tls/dev-cert.pem", "tls/dev-key.pem"})
        QVERIFY(QFile::setPermissions(dir.filePath(QLatin1String(name)), file644));

    auto server = start(dataDir);
    QVERIFY(server);
    QCOMPARE(modeOf(dataDir), 0700u);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("tls"))), 0700u);
    for (const char *name : {"server.db", "server.key", "tls/dev-cert.pem", "tls/dev-key.pem"})
        QCOMPARE(modeOf(dir.filePath(QLatin1String(name))), 0600u);
    QCOMPARE(server->stop(), 0);
    QStringList logged;
    for (const QJsonObject &line :
         events(server->stderrLog(), QStringLiteral("file_mode_tightened"))) {
        QCOMPARE(line.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        logged.append(QStringLiteral("%1 %2->%3")
                          .arg(dir.relativeFilePath(line.value(QStringLiteral("path")).toString()),
                               line.value(QStringLiteral("old_mode")).toString(),
                               line.value(QStringLiteral("new_mode")).toString()));
    }
    logged.sort();
    QCOMPARE(
        logged,
        (QStringList {QStringLiteral(". 0755->0700"), QStringLiteral("server.db 0644->0600"),
                      QStringLiteral("server.key 0644->0600"), QStringLiteral("tls 0755->0700"),
                      QStringLiteral("tls/dev-cert.pem 0644->0600"),
                      QStringLiteral("tls/dev-key.pem 0644->0600")}));
}

void TestServerAtRest::keyFileOptionKeepsTheKeyOutOfTheDataFolder()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("keyfile/data"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("keyfile/keys"))));
    const QString keyFile = m_dir.filePath(QStringLiteral("keyfile/keys/careround-server.key"));
    {
        auto server = start(dataDir, {QStringLiteral("--key-file"), keyFile});
        QVERIFY(server);
        QCOMPARE(server->stop(), 0);
        QVERIFY(events(server->stderrLog(), QStringLiteral("key_in_data_dir")).isEmpty());
    }
    QCOMPARE(readFile(keyFile).size(), 32);
    QCOMPARE(modeOf(keyFile), 0600u);
    QVERIFY(!QFile::exists(QDir(dataDir).filePath(QStringLiteral("server.key"))));
    QVERIFY(opensWith(dataDir, readFile(keyFile)));

    // A copy of the data folder alone opens nothing, and the server invents no new key for it.
    ServerProcess without(BackendArgs {QStringLiteral("embedded"), dataDir, {}, {}});
    without.process().setProcessEnvironment(cleanEnvironment());
    const QString refused = without.start();
    QVERIFY2(refused.contains(QLatin1String("key file is missing")), qPrintable(refused));
    QVERIFY(!QFile::exists(QDir(dataDir).filePath(QStringLiteral("server.key"))));
    // The same key through the environment (how a service file may pass it).
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("CAREROUND_KEY_FILE"), keyFile);
    auto again = start(dataDir, {}, env);
    QVERIFY(again);
    QCOMPARE(again->stop(), 0);
}

void TestServerAtRest::keyLocationPrecedence()
{
    const QString root = m_dir.filePath(QStringLiteral("precedence"));
    const QString credentials = root + QStringLiteral("/credentials");
    QVERIFY(QDir().mkpath(credentials));
    const QByteArray credentialKey = randomKey();
    const QString credentialFile = credentials + QStringLiteral("/careround-server.key");
    QVERIFY(
        writeFile(credentialFile, credentialKey, QFileDevice::ReadOwner)); // as systemd leaves it
    const QString envKey = root + QStringLiteral("/env.key");
    const QString optionKey = root + QStringLiteral("/option.key");

    // The systemd credential alone: used as it is, nothing written beside the database.
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
    {
        auto server = start(root + QStringLiteral("/a"), {}, env);
        QVERIFY(server);
        QCOMPARE(server->stop(), 0);
        QVERIFY(events(server->stderrLog(), QStringLiteral("key_in_data_dir")).isEmpty());
        const auto used = events(server->stderrLog(), QStringLiteral("key_file"));
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.first().value(QStringLiteral("source")).toString(),
                 QStringLiteral("systemd credential"));
        QCOMPARE(used.first().value(QStringLiteral("path")).toString(), credentialFile);
    }
    QVERIFY(opensWith(root + QStringLiteral("/a"), credentialKey));
    QVERIFY(!QFile::exists(root + QStringLiteral("/a/server.key")));
    QCOMPARE(modeOf(credentialFile), 0400u); // a read-only credential is left as it is

    // CAREROUND_KEY_FILE beats the credential.
    env.insert(QStringLiteral("CAREROUND_KEY_FILE"), envKey);
    {
        auto server = start(root + QStringLiteral("/b"), {}, env);
        QVERIFY(server);
        QCOMPARE(server->stop(), 0);
    }
    QVERIFY(opensWith(root + QStringLiteral("/b"), readFile(envKey)));
    QVERIFY(!opensWith(root + QStringLiteral("/b"), credentialKey));

    // --key-file beats both.
    {
        auto server =
            start(root + QStringLiteral("/c"), {QStringLiteral("--key-file"), optionKey}, env);
        QVERIFY(server);
        QCOMPARE(server->stop(), 0);
    }
    QVERIFY(opensWith(root + QStringLiteral("/c"), readFile(optionKey)));
    QVERIFY(!opensWith(root + QStringLiteral("/c"), readFile(envKey)));
    QCOMPARE(readFile(credentialFile), credentialKey);
}

void TestServerAtRest::keyInTheDataFolderIsWarnedAboutOutsideTheDemo()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("warned"));
    auto server = start(dataDir);
    QVERIFY(server);
    QCOMPARE(server->stop(), 0);
    const auto warnings = events(server->stderrLog(), QStringLiteral("key_in_data_dir"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(warnings.first().value(QStringLiteral("key_file")).toString(),
             QDir(dataDir).filePath(QStringLiteral("server.key")));
    QCOMPARE(warnings.first().value(QStringLiteral("in_use")).toBool(), true);

    // The same folder made a demo install (it holds the demo's logins): the key beside the
    // database is expected there.
    QVERIFY(!initDemo(dataDir).isEmpty());
    auto demo = start(dataDir);
    QVERIFY(demo);
    QCOMPARE(demo->stop(), 0);
    QVERIFY(events(demo->stderrLog(), QStringLiteral("listening")).size() == 1);
    QVERIFY(events(demo->stderrLog(), QStringLiteral("key_in_data_dir")).isEmpty());
}

void TestServerAtRest::leftoverKeyCopyInTheDataFolderIsWarnedAbout()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("leftover"));
    {
        auto server = start(dataDir);
        QVERIFY(server);
        QCOMPARE(server->stop(), 0);
    }
    // The key was copied to its own volume, but the old file stayed behind.
    const QString moved = m_dir.filePath(QStringLiteral("leftover-key"));
    QVERIFY(QFile::copy(QDir(dataDir).filePath(QStringLiteral("server.key")), moved));
    auto server = start(dataDir, {QStringLiteral("--key-file"), moved});
    QVERIFY(server);
    QCOMPARE(server->stop(), 0);
    const auto warnings = events(server->stderrLog(), QStringLiteral("key_in_data_dir"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().value(QStringLiteral("in_use")).toBool(), false);
}

void TestServerAtRest::everyDemoInstallGetsItsOwnPassword()
{
    const QString first = m_dir.filePath(QStringLiteral("demo-one"));
    const QString second = m_dir.filePath(QStringLiteral("demo-two"));
    const QJsonObject printedOne = initDemo(first); // same seed, same options
    const QJsonObject printedTwo = initDemo(second);
    QVERIFY(!printedOne.isEmpty() && !printedTwo.isEmpty());

    // What init-demo printed is what it wrote, owner-only.
    const QString loginsFile = QDir(first).filePath(QStringLiteral("demo-logins.json"));
    QCOMPARE(modeOf(loginsFile), 0600u);
    QCOMPARE(QJsonDocument::fromJson(readFile(loginsFile)).object(), printedOne);
    QCOMPARE(modeOf(QDir(second).filePath(QStringLiteral("demo-logins.json"))), 0600u);

    const QJsonArray loginsOne = printedOne.value(QStringLiteral("logins")).toArray();
    const QJsonArray loginsTwo = printedTwo.value(QStringLiteral("logins")).toArray();
    QCOMPARE(loginsOne.size(), loginsTwo.size());
    QVERIFY(loginsOne.size() >= 5);
    const QString passwordOne =
        loginsOne.first().toObject().value(QStringLiteral("password")).toString();
    const QString passwordTwo =
        loginsTwo.first().toObject().value(QStringLiteral("password")).toString();
    QVERIFY(passwordOne.size() >= 16);
    QVERIFY2(passwordOne != passwordTwo, "two demo installs got the same password");
    // The seed still shapes the organisation: the same staff in both.
    for (int i = 0; i < loginsOne.size(); ++i)
        QCOMPARE(loginsOne.at(i).toObject().value(QStringLiteral("display_name")),
                 loginsTwo.at(i).toObject().value(QStringLiteral("display_name")));

    // The logins file signs in on the real server, for every role; the other install's does not.
    auto server = start(first);
    QVERIFY(server);
    ApiClient client(server->port(), server->certificate());
    const QJsonArray fromFile = QJsonDocument::fromJson(readFile(loginsFile))
                                    .object()
                                    .value(QStringLiteral("logins"))
                                    .toArray();
    for (const QJsonValue &value : fromFile) {
        const QString login = value.toObject().value(QStringLiteral("login")).toString();
        QString failure;
        const auto device = enrolDevice(
            client, login, &failure, value.toObject().value(QStringLiteral("password")).toString());
        QVERIFY2(device.has_value(), qPrintable(login + QLatin1Char(' ') + failure));
    }
    const ApiReply refused =
        client.postJson(QStringLiteral("/v1/auth/login"),
                        {{QStringLiteral("login"),
                          loginsOne.first().toObject().value(QStringLiteral("login")).toString()},
                         {QStringLiteral("password"), passwordTwo}});
    QCOMPARE(refused.status, 401);
    QCOMPARE(server->stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerAtRest)
#include "tst_server_atrest.moc"
