// Child process for tst_sync_crash: opens an enrolled device store and syncs it with the real
// engine while saving notes, until SIGKILLed. Prints "ready", "saved <id>" only after that
// save's commit returned, and "synced" after each successful cycle.
//   sync_crash_child <store dir> <key hex> <server url> <cert pem> <person> <visit> [drain]
// With "drain" it saves nothing, syncs until the outbox is empty and exits 0.
#include "core/hlc.h"
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "store/devicestate.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <cstdio>

using namespace careround;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7)
        return 2;
    const QString dir = args.at(1);
    const QByteArray key = QByteArray::fromHex(args.at(2).toLatin1());
    const QString person = args.at(5), visit = args.at(6);
    const bool drain = args.size() > 7 && args.at(7) == QLatin1String("drain");
    store::RecordStore store;
    auto opened = store.open(QDir(dir).filePath(QStringLiteral("records.db")), key);
    opened.waitForFinished();
    if (!opened.result())
        return 3;
    auto stored = store.deviceState(QString::fromLatin1(store::DeviceStateKey::Profile));
    stored.waitForFinished();
    if (!stored.result() || !stored.result().value())
        return 4;
    const auto profile = store::DeviceProfile::fromJson(*stored.result().value()).value();
    auto clock = std::make_shared<HybridLogicalClock>(profile.deviceId);
    if (store.clockFloor().isValid())
        clock->observe(store.clockFloor());
    RecordAuthor author(profile.userId, profile.deviceId, clock);

    sync::SyncEngineConfig config;
    config.dataDirectory = dir;
    config.profile = profile;
    config.transport.serverUrl = QUrl(args.at(3));
    QFile cert(args.at(4));
    if (cert.open(QIODevice::ReadOnly))
        config.transport.caCertificates = sync::certificatesFromPem(cert.readAll());
    config.debounceMs = 0;
    config.minBackoffMs = 20;
    config.maxBackoffMs = 200;
    config.pushBatch = 5;
    config.watchNetwork = false;
    sync::SyncEngine engine(&store, clock, config);
    QObject::connect(&engine, &sync::SyncEngine::cycleFinished, &app, [&](bool ok) {
        if (ok) {
            std::printf("synced\n");
            std::fflush(stdout);
        }
        if (drain && ok) {
            auto pending = store.pendingCount();
            pending.waitForFinished();
            if (pending.result() == 0) {
                QCoreApplication::exit(0);
                return;
            }
        }
        engine.requestSync();
    });
    QTimer saver;
    int n = 0;
    QObject::connect(&saver, &QTimer::timeout, &app, [&] {
        const Record r =
            author.make(QString::fromLatin1(RecordType::CommbookEntry), person, visit,
                        {{QStringLiteral("text"), QStringLiteral("Crash note %1").arg(++n)},
                         {QStringLiteral("audience"), QStringLiteral("care_team")},
                         {QStringLiteral("category"), QStringLiteral("general")}});
        whenFinished(store.save(r), &app, [id = r.id](const Result<void> &saved) {
            if (saved) {
                std::printf("saved %s\n", qPrintable(id));
                std::fflush(stdout);
            }
        });
    });
    if (!drain)
        saver.start(15);
    engine.start();
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
