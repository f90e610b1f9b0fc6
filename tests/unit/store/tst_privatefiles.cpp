// Owner-only files and folders (sql/privatefiles.h) and the SQLCipher files opened through
// Database: created 0600 in 0700 folders whatever the umask, looser ones tightened and reported.
#include "sql/database.h"
#include "sql/privatefiles.h"
#include "storetestutil.h"
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace careround;

namespace {

// The file's permission bits; 0 when it is missing.
unsigned modeOf(const QString &path)
{
    return careround::files::permissions(path).value_or(0);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_reported;
    mode_t m_umask = 0;

private slots:
    void init();
    void cleanup();
    void foldersAreCreatedOwnerOnly();
    void looserFolderIsTightenedAndReported();
    void fileIsCreatedOwnerOnly();
    void looserFileIsTightenedAndReported();
    void missingFileIsLeftMissing();
    void writtenFilesAreOwnerOnlyAndReplacedWhole();
    void fileWhereTheFolderShouldBeIsAnError();
    void databaseFilesAreOwnerOnly();
    void looserDatabaseFilesAreTightenedAtOpen();
};

void TestPrivateFiles::init()
{
    // The usual desktop umask: without explicit modes, files would be 0644 and folders 0755.
    m_umask = ::umask(022);
    m_reported.clear();
    files::setTightenedReporter([this](const QString &path, unsigned oldMode, unsigned newMode) {
        m_reported.append(QStringLiteral("%1 %2->%3")
                              .arg(QFileInfo(path).fileName())
                              .arg(oldMode, 0, 8)
                              .arg(newMode, 0, 8));
    });
}

void TestPrivateFiles::cleanup()
{
    files::setTightenedReporter({});
    ::umask(m_umask);
}

void TestPrivateFiles::foldersAreCreatedOwnerOnly()
{
    const QString top = m_dir.filePath(QStringLiteral("fresh"));
    const QString leaf = top + QStringLiteral("/device/escrow");
    QVERIFY2(files::ensurePrivateFolder(leaf).ok(), "cannot create");
    QCOMPARE(modeOf(top), 0700u);
    QCOMPARE(modeOf(top + QStringLiteral("/device")), 0700u);
    QCOMPARE(modeOf(leaf), 0700u);
    QVERIFY(m_reported.isEmpty()); // nothing was tightened: it was made right
    QVERIFY(files::ensurePrivateFolder(leaf).ok()); // again: no change, no error
}

void TestPrivateFiles::looserFolderIsTightenedAndReported()
{
    const QString folder = m_dir.filePath(QStringLiteral("old"));
    QVERIFY(QDir().mkdir(folder));
    QCOMPARE(modeOf(folder), 0755u);
    QVERIFY(files::ensurePrivateFolder(folder).ok());
    QCOMPARE(modeOf(folder), 0700u);
    QCOMPARE(m_reported, QStringList {QStringLiteral("old 755->700")});
}

void TestPrivateFiles::fileIsCreatedOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("new.db"));
    QVERIFY(files::ensurePrivateFile(path).ok());
    QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestPrivateFiles::looserFileIsTightenedAndReported()
{
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kept");
    file.close();
    QCOMPARE(modeOf(path), 0644u);
    QVERIFY(files::ensurePrivateFile(path).ok());
    QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(testutil::readAll(path), QByteArray("kept"));
    QCOMPARE(m_reported, QStringList {QStringLiteral("old.db 644->600")});
}

void TestPrivateFiles::writtenFilesAreOwnerOnlyAndReplacedWhole()
{
    // The escrow identity and the key vault file are written this way.
    const QString folder = m_dir.filePath(QStringLiteral("written"));
    QVERIFY(files::ensurePrivateFolder(folder).ok());
    const QString path = QDir(folder).filePath(QStringLiteral("vault.json"));
    QVERIFY(files::writePrivateFile(path, "first, and longer").ok());
    QCOMPARE(modeOf(path), 0600u);
    QVERIFY(files::writePrivateFile(path, "second", files::Write::Durable).ok());
    QCOMPARE(testutil::readAll(path), QByteArray("second"));
    QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("vault.json")}); // no temporary left beside it
    const auto refused = files::writePrivateFile(m_dir.filePath(QStringLiteral("none/x")), "x");
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("none/x")));
}

void TestPrivateFiles::missingFileIsLeftMissing()
{
    const QString path = m_dir.filePath(QStringLiteral("absent"));
    files::tighten(path);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(m_reported.isEmpty());
}

void TestPrivateFiles::fileWhereTheFolderShouldBeIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("plainfile"));
    QVERIFY(files::ensurePrivateFile(path).ok());
    const auto made = files::ensurePrivateFolder(path);
    QVERIFY(!made.ok());
    QVERIFY2(made.error().message.contains(QLatin1String("plainfile")),
             qPrintable(made.error().message));
}

void TestPrivateFiles::databaseFilesAreOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("records.db"));
    auto db = sql::Database::open(path, testutil::randomKey());
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QVERIFY(
        db.value().exec(QStringLiteral("CREATE TABLE t(v TEXT); INSERT INTO t VALUES('x')")).ok());
    // While open, WAL mode keeps all three files.
    for (const QString &name :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(name), qPrintable(name));
        QCOMPARE(modeOf(name), 0600u);
    }
    QVERIFY(m_reported.isEmpty());
}

void TestPrivateFiles::looserDatabaseFilesAreTightenedAtOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("server.db"));
    const QByteArray key = testutil::randomKey();
    auto first = sql::Database::open(path, key);
    QVERIFY(first.ok());
    QVERIFY(first.value()
                .exec(QStringLiteral("CREATE TABLE t(v TEXT); INSERT INTO t VALUES('x')"))
                .ok());
    // As an older version left them.
    for (const QString &name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QVERIFY(QFile::setPermissions(name,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto second = sql::Database::open(path, key);
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    for (const QString &name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QCOMPARE(modeOf(name), 0600u);
    QCOMPARE(m_reported,
             (QStringList {QStringLiteral("server.db 644->600"),
                           QStringLiteral("server.db-wal 644->600"),
                           QStringLiteral("server.db-shm 644->600")}));
    QCOMPARE(second.value().queryText(QStringLiteral("SELECT v FROM t")).value(),
             QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
