// bench_sync: the device sync engine against the real server over loopback (docs/sync.md).
// Prints one summary line per figure. Never fails on timing.
//   first sync of a care worker's working set (10k records), bytes on the wire per record,
//   incremental syncs of <= 100 changes (p50/p95, round trips), the same 10k records replicated
//   by PouchDB (express-pouchdb) in the same run, and a day's uploads (50 records) over a shaped
//   slow link (250/50 kbit/s, 300 ms RTT, 2 % loss).
// Usage: bench_sync [--records N] [--pouchdb-modules DIR]   (tests/bench/bench_sync.sh installs
// PouchDB with npm into a scratch folder and passes it).
#include "../unit/server/testrecords.h"
#include "bench_sync_proxy.h"
#include "core/recordcodec.h"
#include "synctestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace careround;
using namespace careround::synctest;
using careround::bench::LinkShape;
using careround::bench::ShapingProxy;

namespace {

QUrl via(const ShapingProxy &proxy)
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
        ? 0
        : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// The office writes n care-team notes about the worker's person (setup, not timed).
QList<Record> officeNotes(SyncFixture &fixture, int n)
{
    QString failure;
    QList<Record> records = fixture.pushOfficeNotes(n, &failure);
    if (records.isEmpty())
        qFatal("setup: %s", qPrintable(failure));
    return records;
}

double pouchDbMs(const QString &modules, const QList<Record> &records, QString *why)
{
    QTemporaryDir scratch;
    QFile file(scratch.filePath(QStringLiteral("records.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("cannot write %1").arg(file.fileName());
        return -1;
    }
    QJsonArray docs;
    for (const Record &r : records) {
        QJsonObject doc = RecordCodec::toJson(r);
        doc.insert(QStringLiteral("_id"), r.id);
        docs.append(doc);
    }
    file.write(QJsonDocument(docs).toJson(QJsonDocument::Compact));
    file.close();
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    node.setProcessEnvironment(env);
    node.setWorkingDirectory(scratch.path());
    node.start(QStringLiteral("node"),
               {QStringLiteral(BENCH_SOURCE_DIR "/bench_sync_pouchdb.js"), file.fileName()});
    if (!node.waitForFinished(600000)) {
        *why = QStringLiteral("node did not finish");
        return -1;
    }
    const QString out = QString::fromUtf8(node.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("pouchdb_replicate_ms=")))
            return line.mid(21).section(QLatin1Char(' '), 0, 0).toDouble();
    }
    *why = QString::fromUtf8(node.readAllStandardError()).left(400) + out.left(400);
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int total = 10000;
    QString pouchModules;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--records"))
            total = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--pouchdb-modules"))
            pouchModules = args.at(i + 1);
    }
    SyncFixture fixture;
    if (const QString up = fixture.setUp(); !up.isEmpty())
        qFatal("%s", qPrintable(up));
    std::printf("pouchdb modules: %s\n",
                pouchModules.isEmpty() ? "none" : qPrintable(pouchModules));
    std::printf("setting up: %d office records for the worker's person...\n", total);
    std::fflush(stdout);
    const QList<Record> office = officeNotes(fixture, total);
    qint64 rawBytes = 0;
    for (const Record &r : office)
        rawBytes += RecordCodec::encode(r).size();

    // First sync of the working set, through a counting (unshaped) relay.
    QString failure;
    auto worker = fixture.enrol(QStringLiteral("worker"), &failure);
    if (!worker)
        qFatal("%s", qPrintable(failure));
    ShapingProxy counter(fixture.server->port(), {});
    sync::SyncEngineConfig config;
    config.debounceMs = 60 * 60 * 1000;
    auto &engine = worker->makeEngine(via(counter), config);
    QElapsedTimer timer;
    timer.start();
    if (!startAndSync(engine, 600000))
        qFatal("first sync failed: %s", qPrintable(engine.lastError()));
    const double firstMs = timer.nsecsElapsed() / 1e6;
    const int held = int(await(worker->store->forPerson(fixture.world.personInScope)).size());
    const double downPerRecord = double(counter.bytesDown()) / held;

    // Upload: 1,000 of the worker's own notes in compressed batches.
    QStringList ids;
    worker->saveNotes(1000, fixture.world.personInScope, fixture.world.visitInScope, &ids);
    counter.resetCounters();
    if (!syncOnce(engine))
        qFatal("upload failed");
    const double upPerRecord = double(counter.bytesUp()) / 1000;
    qint64 localRaw = 0;
    for (const auto &e : await(worker->store->pendingOutbox(1)))
        localRaw += e.body.size();

    // Incremental syncs: the office changes 50 records, the worker syncs.
    QList<double> incremental;
    QList<int> trips;
    for (int round = 0; round < 20; ++round) {
        officeNotes(fixture, 50);
        const int before = engine.transport().requestCount();
        timer.restart();
        if (!syncOnce(engine))
            qFatal("incremental sync failed");
        incremental.append(timer.nsecsElapsed() / 1e6);
        trips.append(engine.transport().requestCount() - before);
    }

    // A day's uploads over a slow link: 50 records, a new connection (TLS handshake included).
    ShapingProxy slow(fixture.server->port(), LinkShape {50, 250, 300, 0.02, 300});
    auto &slowEngine = worker->makeEngine(via(slow), config);
    if (!startAndSync(slowEngine, 600000))
        qFatal("slow link: first cycle failed");
    QList<double> slowDays;
    for (int day = 0; day < 5; ++day) {
        worker->saveNotes(50, fixture.world.personInScope, fixture.world.visitInScope);
        timer.restart();
        if (!syncOnce(slowEngine, 600000))
            qFatal("slow link: upload failed: %s", qPrintable(slowEngine.lastError()));
        slowDays.append(timer.nsecsElapsed() / 1e6);
    }

    double pouchMs = -1;
    QString why = QStringLiteral("no --pouchdb-modules given (run tests/bench/bench_sync.sh)");
    if (!pouchModules.isEmpty())
        pouchMs = pouchDbMs(pouchModules, office, &why);

    std::printf("sync.first_10k_ms=%.0f records=%d", firstMs, held);
    if (pouchMs > 0)
        std::printf(" pouchdb_ms=%.0f ratio_vs_pouchdb=%.1f\n", pouchMs, pouchMs / firstMs);
    else
        std::printf(" pouchdb=NOT_MEASURED (%s)\n", qPrintable(why));
    std::printf("sync.bytes_per_record_down=%.0f raw_json=%.0f ratio_vs_raw=%.2f\n", downPerRecord,
                double(rawBytes) / total, downPerRecord / (double(rawBytes) / total));
    std::printf("sync.bytes_per_record_up=%.0f raw_json=%.0f\n", upPerRecord,
                double(localRaw > 0 ? localRaw : rawBytes / total));
    std::printf("sync.incremental_50_p50_ms=%.0f p95_ms=%.0f round_trips_max=%d\n",
                percentile(incremental, 0.5), percentile(incremental, 0.95),
                *std::max_element(trips.begin(), trips.end()));
    std::printf(
        "sync.slow_day_upload_ms=%.0f p_max_ms=%.0f link=50up/250down_kbit_300ms_rtt_2pct_loss\n",
        percentile(slowDays, 0.5), percentile(slowDays, 1.0));
    fixture.tearDown();
    return 0;
}
