// Statement: binding every supported type and reading it back; named parameters; step errors.
#include "sql/database.h"
#include "sql/statement.h"
#include "storetestutil.h"
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careround;
using namespace careround::sql;

class TestStatement : public QObject
{
    Q_OBJECT
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void bindAndReadBack_data();
    void bindAndReadBack();
    void bindByName();
    void unknownParameterNameIsAnError();
    void constraintErrorsCarrySqliteMessage();
};

void TestStatement::bindAndReadBack_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text") << "text";
    QTest::newRow("unicode text") << "unicode";
    QTest::newRow("blob with zero bytes") << "blob";
    QTest::newRow("UTF-8 bytes as text, borrowed") << "borrowedtext";
    QTest::newRow("blob borrowed") << "borrowedblob";
    QTest::newRow("empty UTF-8 bytes bind NULL") << "emptytext";
    QTest::newRow("int64 extremes") << "int64";
    QTest::newRow("double") << "double";
    QTest::newRow("null") << "null";
    QTest::newRow("null QString") << "nullstring";
    QTest::newRow("date") << "date";
    QTest::newRow("datetime as UTC ISO text") << "datetime";
}

void TestStatement::bindAndReadBack()
{
    QFETCH(QString, kind);
    auto db = Database::open(freshPath(), testutil::randomKey());
    QVERIFY(db.ok());
    QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(v)")).ok());
    auto insert = db.value().prepare(QStringLiteral("INSERT INTO t(v) VALUES(?1)"));
    QVERIFY(insert.ok());
    Statement &in = insert.value();

    const QByteArray blob("a\0b\xff", 4);
    const QByteArray utf8 = QStringLiteral("Zoë’s tea ☕").toUtf8();
    const QDate date(2024, 2, 29);
    const QDateTime local(QDate(2024, 3, 31), QTime(1, 30, 5, 123), QTimeZone(3600));
    Result<void> bound;
    if (kind == "text")
        bound = in.bind(1, QStringLiteral("plain text"));
    else if (kind == "unicode")
        bound = in.bind(1, QStringLiteral("Zoë’s tea ☕"));
    else if (kind == "blob")
        bound = in.bind(1, blob);
    else if (kind == "borrowedtext") // SQLite reads the caller's bytes when the row is written
        bound = in.bindText(1, utf8, Statement::Keep::Borrow);
    else if (kind == "borrowedblob")
        bound = in.bind(1, blob, Statement::Keep::Borrow);
    else if (kind == "emptytext")
        bound = in.bindText(1, QByteArray(""));
    else if (kind == "int64")
        bound = in.bind(1, std::numeric_limits<qint64>::min());
    else if (kind == "double")
        bound = in.bind(1, 2.5);
    else if (kind == "null")
        bound = in.bind(1, nullptr);
    else if (kind == "nullstring")
        bound = in.bind(1, QString());
    else if (kind == "date")
        bound = in.bind(1, date);
    else if (kind == "datetime")
        bound = in.bind(1, local);
    QVERIFY2(bound.ok(), qPrintable(bound.error().toString()));
    QVERIFY(in.run().ok());

    auto select = db.value().prepare(QStringLiteral("SELECT v, typeof(v) FROM t"));
    QVERIFY(select.ok());
    Statement &out = select.value();
    auto row = out.step();
    QVERIFY(row.ok() && row.value());
    if (kind == "text")
        QCOMPARE(out.text(0), QStringLiteral("plain text"));
    else if (kind == "unicode")
        QCOMPARE(out.text(0), QStringLiteral("Zoë’s tea ☕"));
    else if (kind == "blob" || kind == "borrowedblob") {
        QCOMPARE(out.text(1), QStringLiteral("blob"));
        QCOMPARE(out.blob(0), blob);
    } else if (kind == "borrowedtext") {
        QCOMPARE(out.text(1), QStringLiteral("text"));
        QCOMPARE(out.text(0), QStringLiteral("Zoë’s tea ☕"));
    } else if (kind == "int64")
        QCOMPARE(out.int64(0), std::numeric_limits<qint64>::min());
    else if (kind == "double")
        QCOMPARE(out.real(0), 2.5);
    else if (kind == "null" || kind == "nullstring" || kind == "emptytext") {
        QVERIFY(out.isNull(0));
        QVERIFY(out.text(0).isNull());
    } else if (kind == "date") {
        QCOMPARE(out.text(0), QStringLiteral("2024-02-29"));
        QCOMPARE(out.date(0), date);
    } else if (kind == "datetime") {
        QCOMPARE(out.text(0), QStringLiteral("2024-03-31T00:30:05.123Z"));
        QCOMPARE(out.dateTime(0), local);
        QCOMPARE(out.dateTime(0).timeSpec(), Qt::UTC);
    }
    auto end = out.step();
    QVERIFY(end.ok() && !end.value());
}

void TestStatement::bindByName()
{
    auto db = Database::open(freshPath(), {});
    QVERIFY(db.ok());
    QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(a TEXT, b INTEGER)")).ok());
    auto insert = db.value().prepare(QStringLiteral("INSERT INTO t(a, b) VALUES(:a, :b)"));
    QVERIFY(insert.ok());
    QVERIFY(insert.value().bind(":b", qint64(42)).ok());
    QVERIFY(insert.value().bind(":a", QStringLiteral("x")).ok());
    QVERIFY(insert.value().run().ok());
    QCOMPARE(db.value().queryText(QStringLiteral("SELECT a || b FROM t")).value(),
             QStringLiteral("x42"));
}

void TestStatement::unknownParameterNameIsAnError()
{
    auto db = Database::open(freshPath(), {});
    QVERIFY(db.ok());
    auto stmt = db.value().prepare(QStringLiteral("SELECT :known"));
    QVERIFY(stmt.ok());
    auto r = stmt.value().bind(":unknown", qint64(1));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral(":unknown")));
}

void TestStatement::constraintErrorsCarrySqliteMessage()
{
    auto db = Database::open(freshPath(), testutil::randomKey());
    QVERIFY(db.ok());
    QVERIFY(db.value().exec(QStringLiteral("CREATE TABLE t(id TEXT PRIMARY KEY)")).ok());
    auto insert = db.value().prepare(QStringLiteral("INSERT INTO t(id) VALUES(?)"));
    QVERIFY(insert.ok());
    QVERIFY(insert.value().bind(1, QStringLiteral("a")).ok());
    QVERIFY(insert.value().run().ok());
    insert.value().reset();
    auto again = insert.value().run();
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("UNIQUE constraint failed: t.id")),
             qPrintable(again.error().message));
    QVERIFY(again.error().message.contains(QStringLiteral("INSERT INTO t(id) VALUES(?)")));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
