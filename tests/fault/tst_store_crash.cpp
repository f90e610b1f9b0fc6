// Crash safety of local saves: a child saving records in a loop is SIGKILLed at random moments,
// over and over, on the same database. Afterwards every save it acknowledged must be there, once,
// with its outbox and audit entries, and the database must pass its integrity check. Records that
// were submitted but not acknowledged are retried, as the app would: the id makes that safe.
#include "core/recordcodec.h"
#include "recordfactory.h"
#include "sql/database.h"
#include "store/recordrepository.h"
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace careround;

namespace {

constexpr int DefaultKills = 200;
constexpr int MaxDelayMs = 90; // kill moment: uniform in [0, MaxDelayMs) after the child starts
constexpr int ChildStartTimeoutMs = 5000;

int killCount()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CAREROUND_CRASH_KILLS", &ok);
    return ok && fromEnv > 0 ? fromEnv : DefaultKills;
}

struct ChildOutput
{
    QSet<QString> acknowledged;
    QHash<QString, QByteArray> submitted; // id → encoded record
    QStringList errors;
};

// Complete lines only: a line cut by the kill was never flushed as a whole.
void parse(const QByteArray &output, ChildOutput &into)
{
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith("A "))
            into.acknowledged.insert(QString::fromUtf8(line.mid(2)));
        else if (line.startsWith("P ")) {
            const QByteArray encoded = QByteArray::fromBase64(line.mid(2));
            auto record = RecordCodec::decode(encoded);
            if (record)
                into.submitted.insert(record.value().id, encoded);
            else
                into.errors << QStringLiteral("undecodable P line: ") + record.error().toString();
        } else if (line.startsWith("E "))
            into.errors << QString::fromUtf8(line.mid(2));
    }
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedSavesSurviveSigkill();
};

void TestStoreCrash::acknowledgedSavesSurviveSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    const QByteArray key = testutil::randomKey();
    const int kills = killCount();
    auto *random = QRandomGenerator::global();

    ChildOutput output;
    int killedMidRun = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kills; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAREROUND_CRASH_KEY"), QString::fromLatin1(key.toHex()));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(STORE_CRASH_CHILD), {path});
        QVERIFY2(child.waitForStarted(ChildStartTimeoutMs), qPrintable(child.errorString()));
        QThread::msleep(random->bounded(MaxDelayMs));
        if (child.state() == QProcess::Running) {
            ::kill(pid_t(child.processId()), SIGKILL);
            ++killedMidRun;
        }
        QVERIFY(child.waitForFinished(ChildStartTimeoutMs));
        parse(child.readAllStandardOutput(), output);
        QVERIFY2(output.errors.isEmpty(),
                 qPrintable(output.errors.join(u'\n')
                            + QString::fromUtf8(child.readAllStandardError())));
        // Exiting on its own would mean the child could not open or save: the database is damaged.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("child exited by itself with code %1: %2")
                                .arg(child.exitCode())
                                .arg(QString::fromUtf8(child.readAllStandardError()))));
    }
    const qint64 killPhaseMs = clock.elapsed();
    QCOMPARE(killedMidRun, kills);
    QVERIFY2(output.acknowledged.size() > kills / 4,
             "too few acknowledged saves: the kills are not landing while the child is saving");

    auto opened = sql::Database::open(path, key);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    sql::Database &db = opened.value();
    QCOMPARE(db.queryText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));
    // PRAGMA cipher_integrity_check arrived after SQLCipher 3.4.1 (Debian 12's version): there an
    // unknown PRAGMA is silently ignored. With HMAC on (the 3.x default) every page read by
    // integrity_check above is already authenticated, so a tampered or torn page would have failed
    // it.
    QVERIFY(db.queryText(QStringLiteral("PRAGMA cipher_use_hmac")).value() == QStringLiteral("1"));

    store::RecordRepository repo(db);
    for (const QString &id : std::as_const(output.acknowledged)) {
        auto record = repo.byId(id);
        QVERIFY2(record.ok(), qPrintable(record.error().toString()));
        QVERIFY2(record.value().has_value(),
                 qPrintable(QStringLiteral("acknowledged record lost: ") + id));
    }
    auto orphans = db.queryInt(QStringLiteral("SELECT count(*) FROM records r LEFT JOIN outbox o "
                                              "ON o.record_id = r.id WHERE o.seq IS NULL"));
    QCOMPARE(orphans.value(), 0);
    const auto before = repo.counts().value();
    QCOMPARE(before.outbox, before.records);
    QCOMPARE(before.audit, before.records); // re-saves after a kill never audit twice
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(DISTINCT id) FROM records")).value(),
             before.records);

    // The app retries what it never saw acknowledged. Some of it was committed just before the
    // kill.
    int alreadyCommitted = 0;
    int retried = 0;
    for (auto it = output.submitted.cbegin(); it != output.submitted.cend(); ++it) {
        if (output.acknowledged.contains(it.key()))
            continue;
        auto record = RecordCodec::decode(it.value());
        QVERIFY(record.ok());
        auto outcome = repo.save(record.value());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().toString()));
        ++retried;
        if (outcome.value() == store::SaveOutcome::AlreadyPresent)
            ++alreadyCommitted;
    }
    const auto after = repo.counts().value();
    QCOMPARE(after.records, before.records + (retried - alreadyCommitted));
    QCOMPARE(after.outbox, after.records);
    QCOMPARE(after.audit, after.records);
    QCOMPARE(db.queryText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));

    qInfo("kills=%d acknowledged=%lld records=%lld retried=%d committed_before_ack=%d "
          "kill_phase_ms=%lld",
          kills, qint64(output.acknowledged.size()), after.records, retried, alreadyCommitted,
          killPhaseMs);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
