// bench_store: durable save latency encrypted vs plain SQLite (same run), one day's round loaded
// from a store of >= 200k records, and PIN unlock time. Prints figures; never fails on timing.
//   ./build/tests/bench/bench_store [--saves N] [--records N] [--dir PATH]
#include "benchunlock.h"
#include "recordfactory.h"
#include "sql/database.h"
#include "store/migrations.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace careround;

namespace {

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = qsizetype(p / 100.0 * double(samples.size() - 1) + 0.5);
    return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_store: %s: %s\n", qPrintable(what), qPrintable(error.toString()));
    std::exit(1);
}

sql::Database openMigrated(const QString &path, const QByteArray &key)
{
    auto db = sql::Database::open(path, key);
    if (!db)
        die(QStringLiteral("open ") + path, db.error());
    if (auto m = store::migrate(db.value()); !m)
        die(QStringLiteral("migrate ") + path, m.error());
    return std::move(db).value();
}

struct WriteFigures
{
    QList<double> encryptedMs;
    QList<double> plainMs;
};

// Each sample is one durable save: validate, BEGIN IMMEDIATE, record + outbox + audit, COMMIT
// (fsync). Encrypted and plain alternate in rounds so drift on a shared machine hits both alike.
WriteFigures measureWrites(const QString &dir, int saves)
{
    const QByteArray key = testutil::randomKey();
    sql::Database encrypted = openMigrated(dir + QStringLiteral("/write-encrypted.db"), key);
    sql::Database plain = openMigrated(dir + QStringLiteral("/write-plain.db"), {});
    store::RecordRepository encryptedRepo(encrypted);
    store::RecordRepository plainRepo(plain);
    WriteFigures figures;
    constexpr int Rounds = 5;
    constexpr int Warmup = 20;
    for (auto *repo : {&encryptedRepo, &plainRepo}) {
        for (int i = 0; i < Warmup; ++i)
            (void)repo->save(
                testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("warm-up")));
    }
    for (int round = 0; round < Rounds; ++round) {
        for (auto [repo, out] : {std::pair {&encryptedRepo, &figures.encryptedMs},
                                 std::pair {&plainRepo, &figures.plainMs}}) {
            for (int i = 0; i < saves / Rounds; ++i) {
                const Record record = testutil::makeRecord(
                    testutil::RecordShape(i % int(testutil::RecordShape::Count)),
                    QStringLiteral("bench save %1").arg(i));
                QElapsedTimer timer;
                timer.start();
                auto outcome = repo->save(record);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (!outcome)
                    die(QStringLiteral("save"), outcome.error());
                out->append(ms);
            }
        }
    }
    return figures;
}

// Saves submitted all at once to the async store: the writer thread commits them in groups.
double measureGroupCommitPerSecond(const QString &dir, int saves)
{
    store::RecordStore recordStore;
    auto opened = recordStore.open(dir + QStringLiteral("/async.db"), testutil::randomKey());
    opened.waitForFinished();
    if (!opened.result())
        die(QStringLiteral("open async store"), opened.result().error());
    QList<QFuture<Result<void>>> futures;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < saves; ++i)
        futures.append(recordStore.save(
            testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("async"))));
    for (auto &future : futures) {
        future.waitForFinished();
        if (!future.result())
            die(QStringLiteral("async save"), future.result().error());
    }
    return saves / (double(timer.nsecsElapsed()) / 1e9);
}

struct DayFigures
{
    double firstMs = 0; // first query on a fresh connection
    QList<double> ms;
    QList<double> asyncMs;
    qsizetype recordsPerDay = 0;
    qint64 total = 0;
    double fillSeconds = 0;
};

DayFigures measureDayLoad(const QString &dir, int totalRecords)
{
    const QString path = dir + QStringLiteral("/history.db");
    const QByteArray key = testutil::randomKey();
    const testutil::HistoryPlan plan = testutil::HistoryPlan::forTotal(totalRecords);
    DayFigures figures;
    {
        sql::Database db = openMigrated(path, key);
        store::RecordRepository repo(db);
        QElapsedTimer timer;
        timer.start();
        QList<Record> batch;
        for (int day = 0; day < plan.days; ++day) {
            batch += testutil::makeDay(plan, day);
            if (batch.size() >= 10000 || day == plan.days - 1) {
                // Pulled from the server, as two years of history would be: no outbox entries.
                if (auto saved = repo.saveAll(batch, store::Origin::Remote); !saved)
                    die(QStringLiteral("fill"), saved.error());
                batch.clear();
            }
        }
        figures.fillSeconds = double(timer.elapsed()) / 1000.0;
        figures.total = repo.counts().value().records;
    }
    auto db = sql::Database::open(path, key, sql::OpenMode::ReadOnly);
    if (!db)
        die(QStringLiteral("reopen"), db.error());
    store::RecordRepository repo(db.value());
    constexpr int Days = 40;
    for (int i = 0; i < Days; ++i) {
        const QDate day = plan.dayDate((i * 7919) % plan.days); // spread over the two years
        QElapsedTimer timer;
        timer.start();
        auto records = repo.forDay(day);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!records)
            die(QStringLiteral("forDay"), records.error());
        if (i == 0)
            figures.firstMs = ms;
        else
            figures.ms.append(ms);
        figures.recordsPerDay = records.value().size();
    }
    // Same through the async store: includes the hop to a reader thread and back.
    store::RecordStore recordStore;
    auto opened = recordStore.open(path, key);
    opened.waitForFinished();
    for (int i = 0; i < Days; ++i) {
        const QDate day = plan.dayDate((i * 104729) % plan.days);
        QElapsedTimer timer;
        timer.start();
        auto future = recordStore.forDay(day);
        future.waitForFinished();
        figures.asyncMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CareRound store benchmark"));
    parser.addHelpOption();
    QCommandLineOption savesOption(QStringLiteral("saves"),
                                   QStringLiteral("durable saves per variant"), QStringLiteral("n"),
                                   QStringLiteral("1000"));
    QCommandLineOption recordsOption(QStringLiteral("records"),
                                     QStringLiteral("records in the history store"),
                                     QStringLiteral("n"), QStringLiteral("200000"));
    QCommandLineOption dirOption(QStringLiteral("dir"),
                                 QStringLiteral("where to create the databases"),
                                 QStringLiteral("path"));
    parser.addOptions({savesOption, recordsOption, dirOption});
    parser.process(app);
    const int saves = std::max(10, parser.value(savesOption).toInt());
    const int records = std::max(1000, parser.value(recordsOption).toInt());
    QTemporaryDir tmp(parser.isSet(dirOption)
                          ? parser.value(dirOption) + QStringLiteral("/bench_store-XXXXXX")
                          : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_store: cannot create a temporary directory\n");
        return 1;
    }
    std::printf("bench_store: %d durable saves per variant, history of %d records, in %s\n", saves,
                records, qPrintable(tmp.path()));

    const WriteFigures writes = measureWrites(tmp.path(), saves);
    const double encP50 = percentile(writes.encryptedMs, 50),
                 encP99 = percentile(writes.encryptedMs, 99);
    const double plainP50 = percentile(writes.plainMs, 50),
                 plainP99 = percentile(writes.plainMs, 99);
    std::printf("durable save encrypted: p50 %.3f ms  p99 %.3f ms  max %.3f ms\n", encP50, encP99,
                percentile(writes.encryptedMs, 100));
    std::printf("durable save plain:     p50 %.3f ms  p99 %.3f ms  max %.3f ms\n", plainP50,
                plainP99, percentile(writes.plainMs, 100));
    const double groupRate = measureGroupCommitPerSecond(tmp.path(), saves);
    std::printf("async store, %d saves queued at once (group commit): %.0f saves/s\n", saves,
                groupRate);

    const DayFigures day = measureDayLoad(tmp.path(), records);
    std::printf("history: %lld records written in %.1f s; one day = %lld records\n", day.total,
                day.fillSeconds, qint64(day.recordsPerDay));
    std::printf("day load: first %.2f ms, then p50 %.2f ms  p95 %.2f ms; async p50 %.2f ms\n",
                day.firstMs, percentile(day.ms, 50), percentile(day.ms, 95),
                percentile(day.asyncMs, 50));

    const UnlockFigures unlock = measureUnlock(tmp.path());

    std::printf("store.write_p50_ms=%.3f store.write_p99_ms=%.3f ratio_vs_plain=%.2f\n", encP50,
                encP99, plainP99 > 0 ? encP99 / plainP99 : 0.0);
    std::printf(
        "store.write_plain_p50_ms=%.3f store.write_plain_p99_ms=%.3f ratio_p50_vs_plain=%.2f\n",
        plainP50, plainP99, plainP50 > 0 ? encP50 / plainP50 : 0.0);
    std::printf("store.group_commit_saves_per_s=%.0f\n", groupRate);
    std::printf("store.day_load_ms=%.2f store.day_load_p95_ms=%.2f store.day_load_async_ms=%.2f "
                "records=%lld "
                "day_records=%lld\n",
                percentile(day.ms, 50), percentile(day.ms, 95), percentile(day.asyncMs, 50),
                day.total, qint64(day.recordsPerDay));
    if (unlock.measured)
        std::printf("store.unlock_ms=%.1f\n", unlock.ms);
    else
        std::printf("store.unlock_ms=TODO (%s)\n", qPrintable(unlock.reason));
    return 0;
}
