// Where the embedded store's key file is taken from: --key-file, then CAREROUND_KEY_FILE, then the
// systemd credential careround-server.key (when it exists), then DATA_DIR/server.key; and whether
// the chosen file lies in the data folder (the server warns about that outside the demo).
#include "server/storage/keylocation.h"
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace careround::server;

class KeyLocationTest : public QObject
{
    Q_OBJECT
private slots:
    void precedence_data();
    void precedence();
    void credentialIsUsedOnlyWhenItsFileExists();
    void keyBelowTheDataFolderIsInside();
    void symbolicLinksAreResolved();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void KeyLocationTest::precedence_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("credential");
    QTest::addColumn<QString>("expected"); // file name under m_dir
    QTest::addColumn<int>("source");
    using S = KeyLocation::Source;
    QTest::newRow("option beats everything") << "option.key"
                                             << "env.key" << true << "option.key" << int(S::Option);
    QTest::newRow("environment beats the credential")
        << ""
        << "env.key" << true << "env.key" << int(S::Environment);
    QTest::newRow("credential beats the data folder")
        << ""
        << "" << true << "credentials/careround-server.key" << int(S::Credential);
    QTest::newRow("data folder last") << ""
                                      << "" << false << "data/server.key" << int(S::DataDir);
}

void KeyLocationTest::precedence()
{
    QFETCH(QString, option);
    QFETCH(QString, environment);
    QFETCH(bool, credential);
    QFETCH(QString, expected);
    QFETCH(int, source);
    QVERIFY(QDir().mkpath(path(QStringLiteral("credentials"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("data"))));
    QFile credentialFile(path(QStringLiteral("credentials/careround-server.key")));
    QVERIFY(credentialFile.open(QIODevice::WriteOnly));
    credentialFile.write(QByteArray(32, 'k'));
    credentialFile.close();
    QProcessEnvironment env;
    if (!environment.isEmpty())
        env.insert(QStringLiteral("CAREROUND_KEY_FILE"), path(environment));
    if (credential)
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), path(QStringLiteral("credentials")));
    const KeyLocation location = resolveKeyLocation(option.isEmpty() ? QString() : path(option),
                                                    path(QStringLiteral("data")), env);
    QCOMPARE(location.path, path(expected));
    QCOMPARE(int(location.source), source);
    QCOMPARE(location.insideDataDir, source == int(KeyLocation::Source::DataDir));
}

void KeyLocationTest::credentialIsUsedOnlyWhenItsFileExists()
{
    QTemporaryDir credentials; // systemd set the directory, but not this credential
    QProcessEnvironment env;
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
    const KeyLocation location = resolveKeyLocation({}, path(QStringLiteral("data")), env);
    QCOMPARE(location.source, KeyLocation::Source::DataDir);
    QCOMPARE(location.path, path(QStringLiteral("data/server.key")));
    QVERIFY(location.insideDataDir);
}

void KeyLocationTest::keyBelowTheDataFolderIsInside()
{
    const QString data = path(QStringLiteral("data"));
    QVERIFY(resolveKeyLocation(data + QStringLiteral("/keys/k"), data, {}).insideDataDir);
    QVERIFY(resolveKeyLocation(data + QStringLiteral("/../data/k"), data, {}).insideDataDir);
    // A sibling whose name starts the same is not inside.
    QVERIFY(!resolveKeyLocation(path(QStringLiteral("data-keys/k")), data, {}).insideDataDir);
    QVERIFY(!isInsideFolder(path(QStringLiteral("elsewhere/k")), data));
}

void KeyLocationTest::symbolicLinksAreResolved()
{
    const QString data = path(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    const QString link = path(QStringLiteral("link-to-data"));
    QVERIFY(QFile::link(data, link));
    // The key "elsewhere" through a link is still in the data folder.
    QVERIFY(resolveKeyLocation(link + QStringLiteral("/server.key"), data, {}).insideDataDir);
    QVERIFY(isInsideFolder(data + QStringLiteral("/k"), link));
}

QTEST_GUILESS_MAIN(KeyLocationTest)
#include "tst_keylocation.moc"
