// bench_server: a county-sized day through one real careround-server on this machine, for each
// backend: 3,000 enrolled devices, 20,000 visits, ~200k records pushed (10 per visit, one batch per
// visit) then pulled by every device. The load comes from this process over loopback HTTPS with a
// bounded number of parallel requests; the server is the real binary in its own process.
// Set-up (organisation, rota, devices and their sessions) is written straight into the store
// before the server starts and is not timed. Prints figures; never fails on timing.
//   bench_server [--devices N] [--visits N] [--notes-per-visit N] [--backends embedded,postgres]
//                [--alert-pass]  (the alert scheduler's pass: time per pass, added push p99)
#include "../../unit/server/storetestsupport.h"
#include "../apiclient.h"
#include "../integrationworld.h"
#include "../serverprocess.h"
#include "core/recordcodec.h"
#include "core/uuid7.h"
#include "server/admin/orgadmin.h"
#include "server/auth/secrets.h"
#include "server/storage/serverstorefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <deque>
#include <unistd.h>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

struct BenchDevice
{
    QString userId, deviceId;
    QByteArray token;
    QList<int> visits;
};

struct Job
{
    int device = 0;
    QByteArray body; // empty = pull
    qint64 after = 0;
};

struct Day
{
    QList<BenchDevice> devices;
    QList<QPair<QString, QString>> visits; // (visitId, personId)
};

Result<std::unique_ptr<ServerStore>> openBackend(const BackendArgs &args)
{
    if (args.backend == QLatin1String("postgres"))
        return openPostgresServerStore(PostgresStoreOptions {args.pgDsn, args.pgSchema, 4});
    return openEmbeddedServerStore(EmbeddedStoreOptions {args.dataDir});
}

QString prepareDay(const BackendArgs &args, int deviceCount, int visitCount, Day *day)
{
    auto opened = openBackend(args);
    if (!opened)
        return opened.error().toString();
    ServerStore &store = *opened.value();
    OrgAdmin admin(store);
    auto org = admin.createOrganisation(QStringLiteral("County bench"));
    if (!org)
        return org.error().toString();
    const QString orgId = org.value().id;
    auto coordinator = createUser(store, orgId, Role::Coordinator, QStringLiteral("bench.coord"),
                                  QStringLiteral("Coord"));
    if (!coordinator)
        return coordinator.error().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < deviceCount; ++i) {
        auto user = createUser(store, orgId, Role::CareWorker, QStringLiteral("bench.w%1").arg(i),
                               QStringLiteral("Worker %1").arg(i));
        if (!user)
            return user.error().toString();
        auto device = createDevice(store, user.value());
        if (!device)
            return device.error().toString();
        BenchDevice bench {user.value().id, device.value().id, auth::newToken("cra_"), {}};
        Session session;
        session.tokenHash = auth::tokenHash(bench.token);
        session.kind = TokenKind::Access;
        session.userId = bench.userId;
        session.deviceId = bench.deviceId;
        session.chainId = newUuid7();
        session.issuedAt = now;
        session.expiresAt = now.addSecs(4 * 3600);
        if (auto created = store.createSession(session); !created)
            return created.error().toString();
        day->devices.append(bench);
    }
    const int people = qMax(1, visitCount / 4);
    RecordFactory office(coordinator.value().id, newUuid7());
    QList<Record> batch;
    const auto flush = [&]() -> QString {
        if (batch.isEmpty())
            return {};
        auto put =
            store.putRecords(PutContext {orgId, coordinator.value().id, {}, now, false}, batch);
        batch.clear();
        return put ? QString() : put.error().toString();
    };
    QStringList personIds;
    for (int p = 0; p < people; ++p) {
        personIds << newPersonId();
        batch.append(office.person(personIds.last(), QStringLiteral("Person %1").arg(p)));
        if (batch.size() == 1000)
            if (QString why = flush(); !why.isEmpty())
                return why;
    }
    const QDate today = now.date();
    for (int v = 0; v < visitCount; ++v) {
        const int deviceIndex = v % deviceCount;
        const QString personId = personIds.at((v * 7) % people);
        const QDateTime start(today, QTime(7 + (v / deviceCount) % 14, 0), Qt::UTC);
        const Record visit = office.visit(personId, start, {day->devices.at(deviceIndex).userId});
        day->visits.append({visit.visitId, personId});
        day->devices[deviceIndex].visits.append(v);
        batch.append(visit);
        if (batch.size() == 1000)
            if (QString why = flush(); !why.isEmpty())
                return why;
    }
    return flush();
}

// CPU seconds (user + system) a process has used so far, from /proc: on a shared machine the
// wall time depends on the neighbours, the CPU time much less.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

double loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    return load.open(QIODevice::ReadOnly) ? load.readAll().split(' ').value(0).toDouble() : 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, static_cast<qsizetype>(p * values.size())));
}

struct Figures
{
    double wallS = 0;
    qint64 pushed = 0, pulled = 0;
    QList<double> pushMs, pullMs;
    int failures = 0;
    QString firstFailure;
};

// Runs the jobs with `lanes` requests in flight, spread over several managers (6 connections each).
void runJobs(std::deque<Job> &jobs, const QList<BenchDevice> &devices, quint16 port,
             const QSslCertificate &cert, int lanes, Figures *figures, bool pulls)
{
    QList<QNetworkAccessManager *> managers;
    for (int i = 0; i < (lanes + 5) / 6; ++i)
        managers << new QNetworkAccessManager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({cert});
    int inFlight = 0;
    QEventLoop loop;
    std::function<void(int)> next = [&](int lane) {
        if (jobs.empty()) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        Job job = std::move(jobs.front());
        jobs.pop_front();
        const bool isPull = job.body.isEmpty();
        QNetworkRequest request(
            QUrl(isPull ? QStringLiteral("https://127.0.0.1:%1/v1/sync/pull?after=%2&limit=2000")
                              .arg(port)
                              .arg(job.after)
                        : QStringLiteral("https://127.0.0.1:%1/v1/sync/push").arg(port)));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + devices.at(job.device).token);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkAccessManager *manager = managers.at(lane % managers.size());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = isPull ? manager->get(request) : manager->post(request, job.body);
        ++inFlight;
        QObject::connect(
            reply, &QNetworkReply::finished, reply, [&, reply, timer, lane, job, isPull]() mutable {
                --inFlight;
                const double ms = timer.nsecsElapsed() / 1e6;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                if (status != 200) {
                    if (figures->failures++ == 0)
                        figures->firstFailure =
                            QStringLiteral("HTTP %1 %2 %3")
                                .arg(status)
                                .arg(json.value(QStringLiteral("error")).toString(),
                                     reply->errorString());
                } else if (isPull) {
                    figures->pullMs << ms;
                    figures->pulled += json.value(QStringLiteral("records")).toArray().size();
                    if (json.value(QStringLiteral("has_more")).toBool())
                        jobs.push_back(Job {
                            job.device, {}, json.value(QStringLiteral("next_after")).toInteger()});
                } else {
                    figures->pushMs << ms;
                    figures->pushed += json.value(QStringLiteral("accepted")).toInt();
                }
                next(lane);
            });
    };
    for (int lane = 0; lane < lanes; ++lane)
        next(lane);
    if (inFlight > 0)
        loop.exec();
    Q_UNUSED(pulls);
    qDeleteAll(managers);
}

// The alert scheduler's passes the server logged ("alert_pass": ms, visits).
QList<double> alertPassMs(ServerProcess &server, int *visits)
{
    QList<double> ms;
    for (const QByteArray &line : server.stderrLog().split('\n')) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.value(QStringLiteral("event")).toString() != QLatin1String("alert_pass"))
            continue;
        ms << json.value(QStringLiteral("ms")).toDouble();
        *visits = json.value(QStringLiteral("visits")).toInt();
    }
    return ms;
}

struct RunSettings
{
    QString label; // "" (the plain day), "alerts_off", "alerts_every_1s"
    int alertPassSeconds = 60;
};

bool benchBackend(const QString &backend, int deviceCount, int visitCount, int notesPerVisit,
                  int lanes, const RunSettings &settings = {}, double *pushP99 = nullptr)
{
    QTemporaryDir dir;
    BackendArgs args {backend, dir.path(), {}, {}};
    if (backend == QLatin1String("postgres")) {
        args.pgDsn = postgresDsn();
        if (args.pgDsn.isEmpty()) {
            std::printf("server.%s: SKIPPED (no CAREROUND_PG_DSN / CAREROUND_PG_DSN_FILE)\n",
                        qPrintable(backend));
            return true;
        }
        args.pgSchema =
            QStringLiteral("bench_%1").arg(QRandomGenerator::system()->generate(), 0, 16);
    }
    QElapsedTimer setupTimer;
    setupTimer.start();
    Day day;
    if (const QString why = prepareDay(args, deviceCount, visitCount, &day); !why.isEmpty()) {
        std::printf("server.%s: set-up failed: %s\n", qPrintable(backend), qPrintable(why));
        dropWorld(args);
        return false;
    }
    std::printf("server.%s.setup_s=%.1f devices=%d visits=%d\n", qPrintable(backend),
                setupTimer.elapsed() / 1000.0, deviceCount, visitCount);
    std::fflush(stdout);

    ServerProcess server(args);
    if (const QString why = server.start(
            {QStringLiteral("--threads"), QStringLiteral("4"),
             // thousands of devices, all from 127.0.0.1
             QStringLiteral("--max-connections-per-address"), QStringLiteral("0"),
             QStringLiteral("--alert-pass-seconds"), QString::number(settings.alertPassSeconds)});
        !why.isEmpty()) {
        std::printf("server.%s: %s\n", qPrintable(backend), qPrintable(why));
        dropWorld(args);
        return false;
    }
    // One push per visit (its notes), interleaved across devices as a day would be.
    std::deque<Job> jobs;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int round = 0;; ++round) {
        bool any = false;
        for (int d = 0; d < day.devices.size(); ++d) {
            const BenchDevice &device = day.devices.at(d);
            if (round >= device.visits.size())
                continue;
            any = true;
            const auto &[visitId, personId] = day.visits.at(device.visits.at(round));
            RecordFactory factory(device.userId, device.deviceId);
            QJsonArray records;
            for (int n = 0; n < notesPerVisit; ++n) {
                Record note = factory.teamNote(
                    personId, today, QStringLiteral("Visit note %1: all tasks done.").arg(n));
                note.visitId = visitId;
                records.append(RecordCodec::toJson(note));
            }
            jobs.push_back(Job {d,
                                QJsonDocument(QJsonObject {{QStringLiteral("records"), records}})
                                    .toJson(QJsonDocument::Compact),
                                0});
        }
        if (!any)
            break;
    }
    Figures figures;
    QElapsedTimer wall;
    wall.start();
    const double serverCpuBefore = cpuSeconds(server.process().processId());
    const double benchCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    runJobs(jobs, day.devices, server.port(), server.certificate(), lanes, &figures, false);
    const double pushS = wall.elapsed() / 1000.0;
    for (int d = 0; d < day.devices.size(); ++d)
        jobs.push_back(Job {d, {}, 0});
    runJobs(jobs, day.devices, server.port(), server.certificate(), lanes, &figures, true);
    figures.wallS = wall.elapsed() / 1000.0;
    const double serverCpu = cpuSeconds(server.process().processId()) - serverCpuBefore;
    const double benchCpu = cpuSeconds(QCoreApplication::applicationPid()) - benchCpuBefore;
    int passVisits = 0;
    QList<double> passes = alertPassMs(server, &passVisits);
    server.stop();
    dropWorld(args);
    if (pushP99)
        *pushP99 = percentile(figures.pushMs, 0.99);
    if (!settings.label.isEmpty()) {
        std::printf("server.%s.%s.alert_passes=%lld visits_per_pass=%d pass_p50_ms=%.0f "
                    "pass_max_ms=%.0f target_ms=1000\n",
                    qPrintable(backend), qPrintable(settings.label),
                    static_cast<long long>(passes.size()), passVisits, percentile(passes, 0.5),
                    percentile(passes, 1.0));
    }

    const qint64 records = figures.pushed + figures.pulled;
    QList<double> all = figures.pushMs + figures.pullMs;
    std::printf("server.%s.push_s=%.1f pushed=%lld push_p99_ms=%.1f\n", qPrintable(backend), pushS,
                static_cast<long long>(figures.pushed), percentile(figures.pushMs, 0.99));
    std::printf("server.%s.pull_s=%.1f pulled=%lld pull_p99_ms=%.1f\n", qPrintable(backend),
                figures.wallS - pushS, static_cast<long long>(figures.pulled),
                percentile(figures.pullMs, 0.99));
    if (figures.failures > 0)
        std::printf("server.%s.failed_requests=%d first=%s\n", qPrintable(backend),
                    figures.failures, qPrintable(figures.firstFailure));
    std::printf("server.%s.day_wall_s=%.1f records_per_s=%.0f request_p99_ms=%.1f target_s=60 "
                "ratio_vs_target=%.2f\n",
                qPrintable(backend), figures.wallS, records / qMax(0.001, figures.wallS),
                percentile(all, 0.99), figures.wallS / 60.0);
    // The server's CPU over the day against what 2 cores give in 60 s, and the load generator's
    // own.
    std::printf("server.%s.server_cpu_s=%.1f cpu_budget_s=120 ratio_vs_budget=%.2f "
                "client_cpu_s=%.1f load_avg_1m=%.1f\n",
                qPrintable(backend), serverCpu, serverCpu / 120.0, benchCpu, loadAverage());
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("devices"), QStringLiteral("Devices (workers)."), QStringLiteral("n"),
          QStringLiteral("3000")},
         {QStringLiteral("visits"), QStringLiteral("Visits in the day."), QStringLiteral("n"),
          QStringLiteral("20000")},
         {QStringLiteral("notes-per-visit"), QStringLiteral("Records pushed per visit."),
          QStringLiteral("n"), QStringLiteral("10")},
         {QStringLiteral("lanes"), QStringLiteral("Requests in flight."), QStringLiteral("n"),
          QStringLiteral("24")},
         {QStringLiteral("backends"), QStringLiteral("Comma-separated."), QStringLiteral("list"),
          QStringLiteral("embedded,postgres")},
         {QStringLiteral("alert-pass"),
          QStringLiteral("Run the day twice per backend: the alert scheduler idle (one pass at "
                         "start), then passing every second; print pass times and the push p99 "
                         "ratio (docs/alerts.md).")}});
    parser.process(app);
    const int devices = qBound(1, parser.value(QStringLiteral("devices")).toInt(), 10000);
    const int visits = qBound(1, parser.value(QStringLiteral("visits")).toInt(), 200000);
    const int notes = qBound(1, parser.value(QStringLiteral("notes-per-visit")).toInt(), 100);
    const int lanes = qBound(1, parser.value(QStringLiteral("lanes")).toInt(), 256);
    bool ok = true;
    const bool alertPass = parser.isSet(QStringLiteral("alert-pass"));
    for (const QString &name : parser.value(QStringLiteral("backends")).split(QLatin1Char(','))) {
        const QString backend = name.trimmed();
        if (!alertPass) {
            ok = benchBackend(backend, devices, visits, notes, lanes) && ok;
            continue;
        }
        double idleP99 = 0, busyP99 = 0;
        ok = benchBackend(backend, devices, visits, notes, lanes,
                          {QStringLiteral("alerts_off"), 3600}, &idleP99)
            && ok;
        ok = benchBackend(backend, devices, visits, notes, lanes,
                          {QStringLiteral("alerts_every_1s"), 1}, &busyP99)
            && ok;
        std::printf("server.%s.alerts.push_p99_idle_ms=%.1f push_p99_passing_ms=%.1f "
                    "ratio=%.2f target_ratio=1.10\n",
                    qPrintable(backend), idleP99, busyP99, busyP99 / qMax(0.001, idleP99));
        std::fflush(stdout);
    }
    return ok ? 0 : 1;
}
