// Interoperability and secrecy checked with an independent tool: Debian's sqlcipher shell reads the
// store given the hex key and cipher_page_size 4096, and cannot read it without them.
#include "recordfactory.h"
#include "sql/database.h"
#include "store/migrations.h"
#include "store/recordrepository.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace careround;

namespace {

const QString Shell = QStringLiteral("/usr/bin/sqlcipher");
constexpr int ShellTimeoutMs = 10000;

struct ShellRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ShellRun runShell(const QString &path, const QByteArray &script)
{
    QProcess shell;
    shell.start(Shell, {QStringLiteral("-batch"), path});
    ShellRun run;
    if (!shell.waitForStarted(ShellTimeoutMs)) {
        run.err = shell.errorString();
        return run;
    }
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(ShellTimeoutMs);
    run.exitCode = shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
    run.out = QString::fromUtf8(shell.readAllStandardOutput());
    run.err = QString::fromUtf8(shell.readAllStandardError());
    return run;
}

QByteArray keyPragma(const QByteArray &key)
{
    return "PRAGMA key = \"x'" + key.toHex() + "'\";\n";
}

} // namespace

class TestSqlcipherShell : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key = testutil::randomKey();
    QStringList m_ids;

private slots:
    void initTestCase();
    void shellReadsRowsWithKey();
    void shellFailsWithoutKey();
    void shellFailsWithWrongKey();
    void shellFailsWithoutPageSize();
};

void TestSqlcipherShell::initTestCase()
{
    if (!QFileInfo::exists(Shell))
        QSKIP("/usr/bin/sqlcipher is missing: install the Debian package 'sqlcipher' "
              "(scripts/install-deps.sh does)");
    m_path = m_dir.filePath(QStringLiteral("store.db"));
    auto db = sql::Database::open(m_path, m_key);
    QVERIFY(db.ok());
    QVERIFY(store::migrate(db.value()).ok());
    store::RecordRepository repo(db.value());
    for (int i = 0; i < 3; ++i) {
        const Record r =
            testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("shell %1").arg(i));
        QVERIFY(repo.save(r).ok());
        m_ids << r.id;
    }
    m_ids.sort();
}

void TestSqlcipherShell::shellReadsRowsWithKey()
{
    const ShellRun run = runShell(m_path,
                                  keyPragma(m_key)
                                      + "PRAGMA cipher_page_size = 4096;\n"
                                        "SELECT id FROM records ORDER BY id;\n"
                                        "SELECT count(*) FROM outbox;\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.mid(0, 3), m_ids);
    QCOMPARE(lines.value(3), QStringLiteral("3"));
}

void TestSqlcipherShell::shellFailsWithoutKey()
{
    const ShellRun run = runShell(m_path, "SELECT count(*) FROM records;\n");
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("file is encrypted or is not a database")),
             qPrintable(run.err));
    QVERIFY(!run.out.contains(m_ids.first()));
}

void TestSqlcipherShell::shellFailsWithWrongKey()
{
    const ShellRun run = runShell(m_path,
                                  keyPragma(testutil::randomKey())
                                      + "PRAGMA cipher_page_size = 4096;\n"
                                        "SELECT count(*) FROM records;\n");
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("file is encrypted or is not a database")),
             qPrintable(run.err));
}

void TestSqlcipherShell::shellFailsWithoutPageSize()
{
    // The page size is not stored in the file: a reader must set it, as Database::open does.
    const ShellRun run = runShell(m_path, keyPragma(m_key) + "SELECT count(*) FROM records;\n");
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("file is encrypted or is not a database")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSqlcipherShell)
#include "tst_sqlcipher_shell.moc"
