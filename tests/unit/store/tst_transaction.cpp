// Transaction: rollback unless committed, commit persists, no silent nesting.
#include "sql/database.h"
#include "sql/statement.h"
#include "sql/transaction.h"
#include "storetestutil.h"
#include <QTemporaryDir>
#include <QTest>

using namespace careround;
using namespace careround::sql;

class TestTransaction : public QObject
{
    Q_OBJECT
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void transactionRollsBackUnlessCommitted();
};

void TestTransaction::transactionRollsBackUnlessCommitted()
{
    auto opened = Database::open(freshPath(), testutil::randomKey());
    QVERIFY(opened.ok());
    Database &db = opened.value();
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(v INTEGER)")).ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES(1)")).ok());
        // Leaves scope without commit: rolled back.
    }
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES(2)")).ok());
        QVERIFY(tx.value().commit().ok());
        QVERIFY(!tx.value().isActive());
    }
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
    // A nested BEGIN fails with SQLite's words rather than silently nesting.
    auto outer = Transaction::begin(db);
    QVERIFY(outer.ok());
    auto inner = Transaction::begin(db);
    QVERIFY(!inner.ok());
    QVERIFY2(inner.error().message.contains(QStringLiteral("within a transaction")),
             qPrintable(inner.error().message));
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
