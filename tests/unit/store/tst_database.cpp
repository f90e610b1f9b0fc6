// Database: opening with and without a key, the key check, connection settings, error messages.
#include "sql/database.h"
#include "sql/statement.h"
#include "storetestutil.h"
#include <QTemporaryDir>
#include <QTest>

using namespace careround;
using namespace careround::sql;

class TestDatabase : public QObject
{
    Q_OBJECT
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void encryptedRoundTrip();
    void wrongKeyIsAClearError();
    void plainFileOpenedWithKeyIsAClearError();
    void encryptedFileOpenedWithoutKeyIsAClearError();
    void keyOfWrongSizeIsRejected();
    void plainOpenIsReadableSqlite();
    void connectionIsConfiguredForDurability_data();
    void connectionIsConfiguredForDurability();
    void errorsCarrySqliteMessageAndSql();
    void readOnlyConnectionRefusesWrites();
    void userVersionRoundTrip();
};

void TestDatabase::encryptedRoundTrip()
{
    const QString path = freshPath();
    const QByteArray key = testutil::randomKey();
    {
        auto db = Database::open(path, key);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QVERIFY(db.value().isEncrypted());
        QVERIFY(db.value()
                    .exec(QStringLiteral("CREATE TABLE t(v TEXT); INSERT INTO t VALUES('hello')"))
                    .ok());
    }
    auto db = Database::open(path, key);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    auto v = db.value().queryText(QStringLiteral("SELECT v FROM t"));
    QVERIFY2(v.ok(), qPrintable(v.error().toString()));
    QCOMPARE(v.value(), QStringLiteral("hello"));
    // An encrypted file does not start with SQLite's plaintext header.
    QVERIFY(!testutil::readAll(path).startsWith("SQLite format 3"));
}

void TestDatabase::wrongKeyIsAClearError()
{
    const QString path = freshPath();
    {
        auto db = Database::open(path, testutil::randomKey());
        QVERIFY(db.ok());
        QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    }
    auto db = Database::open(path, testutil::randomKey());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().field, QStringLiteral("key"));
    QVERIFY2(db.error().message.contains(QStringLiteral("wrong key or not a CareRound database")),
             qPrintable(db.error().message));
}

void TestDatabase::plainFileOpenedWithKeyIsAClearError()
{
    const QString path = freshPath();
    {
        auto db = Database::open(path, {});
        QVERIFY(db.ok());
        QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    }
    auto db = Database::open(path, testutil::randomKey());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("wrong key or not a CareRound database")),
             qPrintable(db.error().message));
}

void TestDatabase::encryptedFileOpenedWithoutKeyIsAClearError()
{
    const QString path = freshPath();
    {
        auto db = Database::open(path, testutil::randomKey());
        QVERIFY(db.ok());
        QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    }
    auto db = Database::open(path, {});
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("wrong key or not a CareRound database")),
             qPrintable(db.error().message));
}

void TestDatabase::keyOfWrongSizeIsRejected()
{
    const QString path = freshPath();
    auto db = Database::open(path, QByteArray(16, 'k'));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().field, QStringLiteral("key"));
    QVERIFY(db.error().message.contains(QStringLiteral("32 bytes")));
    QVERIFY2(!QFile::exists(path), "a rejected key must not create the file");
}

void TestDatabase::plainOpenIsReadableSqlite()
{
    const QString path = freshPath();
    auto db = Database::open(path, {});
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QVERIFY(!db.value().isEncrypted());
    QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    QVERIFY(testutil::readAll(path).startsWith("SQLite format 3"));
}

void TestDatabase::connectionIsConfiguredForDurability_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("encrypted") << true;
    QTest::newRow("plain") << false;
}

void TestDatabase::connectionIsConfiguredForDurability()
{
    QFETCH(bool, encrypted);
    auto db = Database::open(freshPath(), encrypted ? testutil::randomKey() : QByteArray());
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    Database &d = db.value();
    QCOMPARE(d.queryText(QStringLiteral("PRAGMA journal_mode")).value(), QStringLiteral("wal"));
    QCOMPARE(d.queryInt(QStringLiteral("PRAGMA synchronous")).value(), 2); // FULL
    QCOMPARE(d.queryInt(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
    QCOMPARE(d.queryInt(QStringLiteral("PRAGMA busy_timeout")).value(), Database::BusyTimeoutMs);
    if (encrypted)
        QCOMPARE(d.queryText(QStringLiteral("PRAGMA cipher_page_size")).value(),
                 QStringLiteral("4096"));
    else
        QCOMPARE(d.queryInt(QStringLiteral("PRAGMA page_size")).value(), 4096);
}

void TestDatabase::errorsCarrySqliteMessageAndSql()
{
    auto db = Database::open(freshPath(), testutil::randomKey());
    QVERIFY(db.ok());
    const QString sql = QStringLiteral("SELECT * FROM no_such_table");
    auto stmt = db.value().prepare(sql);
    QVERIFY(!stmt.ok());
    QCOMPARE(stmt.error().field, QStringLiteral("database"));
    QVERIFY2(stmt.error().message.contains(QStringLiteral("no such table: no_such_table")),
             qPrintable(stmt.error().message));
    QVERIFY(stmt.error().message.contains(sql));

    auto exec = db.value().exec(QStringLiteral("CREATE TABLEX broken"));
    QVERIFY(!exec.ok());
    QVERIFY2(exec.error().message.contains(QStringLiteral("syntax error")),
             qPrintable(exec.error().message));
}

void TestDatabase::readOnlyConnectionRefusesWrites()
{
    const QString path = freshPath();
    const QByteArray key = testutil::randomKey();
    auto writer = Database::open(path, key);
    QVERIFY(writer.ok());
    QVERIFY(writer.value()
                .exec(QStringLiteral("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES(7)"))
                .ok());

    auto reader = Database::open(path, key, OpenMode::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.error().toString()));
    QCOMPARE(reader.value().queryInt(QStringLiteral("SELECT v FROM t")).value(), 7);
    auto write = reader.value().exec(QStringLiteral("INSERT INTO t VALUES(8)"));
    QVERIFY(!write.ok());
    QVERIFY2(write.error().message.contains(QStringLiteral("readonly")),
             qPrintable(write.error().message));

    auto missing = Database::open(freshPath(), key, OpenMode::ReadOnly);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("cannot open")),
             qPrintable(missing.error().message));
}

void TestDatabase::userVersionRoundTrip()
{
    auto db = Database::open(freshPath(), testutil::randomKey());
    QVERIFY(db.ok());
    QCOMPARE(db.value().userVersion().value(), 0);
    QVERIFY(db.value().setUserVersion(3).ok());
    QCOMPARE(db.value().userVersion().value(), 3);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
