#include "synctestsupport.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "sql/database.h"
#include "store/devicestate.h"
#include "sync/enroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

namespace careround::synctest {

namespace {
QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}
} // namespace

Record SyncDevice::note(const QString &personId, const QString &visitId, const QString &text) const
{
    return author->make(QString::fromLatin1(RecordType::CommbookEntry), personId, visitId,
                        {{QStringLiteral("text"), text},
                         {QStringLiteral("audience"), QStringLiteral("care_team")},
                         {QStringLiteral("category"), QStringLiteral("general")}});
}

QString SyncDevice::saveNotes(int count, const QString &personId, const QString &visitId,
                              QStringList *ids)
{
    QList<QFuture<Result<void>>> saves;
    for (int i = 0; i < count; ++i) {
        const Record r = note(personId, visitId, QStringLiteral("Note %1 of %2").arg(i).arg(count));
        if (ids)
            ids->append(r.id);
        saves.append(store->save(r));
    }
    for (const auto &save : saves) {
        const auto saved = await(save);
        if (!saved)
            return saved.error().toString();
    }
    return {};
}

sync::SyncEngine &SyncDevice::makeEngine(const QUrl &url, const sync::SyncEngineConfig &base)
{
    engine.reset();
    sync::SyncEngineConfig config = base;
    config.dataDirectory = dir.path();
    config.profile = profile;
    config.transport.serverUrl = url.isEmpty() ? QUrl(profile.serverUrl) : url;
    if (config.transport.caCertificates.isEmpty() && url.scheme() != QLatin1String("http")) {
        QFile cert(dir.filePath(QStringLiteral("server-cert.pem")));
        if (cert.open(QIODevice::ReadOnly))
            config.transport.caCertificates = sync::certificatesFromPem(cert.readAll());
    }
    config.watchNetwork = false;
    engine = std::make_unique<sync::SyncEngine>(store.get(), clock, config);
    return *engine;
}

void SyncDevice::closeStore()
{
    engine.reset();
    if (store)
        store->close();
    store.reset();
}

QString SyncDevice::reopenStore()
{
    closeStore();
    store = std::make_unique<store::RecordStore>();
    const auto opened = await(store->open(storePath(), key));
    return opened ? QString() : opened.error().toString();
}

QString SyncFixture::setUp(const QStringList &serverArgs, bool plainHttp)
{
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    extraServerArgs = serverArgs;
    plain = false; // the office device signs in over TLS first
    const QString prepared = server::test::prepareWorld(
        QStringLiteral("embedded"), dir.filePath(QStringLiteral("server")), &args, &world);
    if (!prepared.isEmpty())
        return prepared;
    if (const QString started = restartServer(); !started.isEmpty())
        return started;
    QString failure;
    auto coordinator =
        server::test::enrolDevice(*client, login(QStringLiteral("coordinator")), &failure);
    if (!coordinator)
        return QStringLiteral("office device: ") + failure;
    office = *coordinator;
    if (plainHttp) {
        plain = true;
        return restartServer();
    }
    return {};
}

QString SyncFixture::restartServer()
{
    client.reset();
    if (server)
        server->stop(5000);
    server = std::make_unique<ServerProcess>(args);
    QStringList extra = extraServerArgs;
    if (plain)
        extra << QStringLiteral("--plain-http");
    const QString started = server->start(extra);
    if (!started.isEmpty())
        return started;
    // The API client speaks HTTPS only: office checks need a TLS restart (plain = false).
    if (!plain)
        client = std::make_unique<server::test::ApiClient>(server->port(), server->certificate());
    return {};
}

QString SyncFixture::killServer()
{
    if (!server || server->process().state() == QProcess::NotRunning)
        return QStringLiteral("server not running");
    ::kill(pid_t(server->process().processId()), SIGKILL);
    server->process().waitForFinished(10000);
    return {};
}

void SyncFixture::tearDown()
{
    client.reset();
    if (server)
        server->stop();
    server.reset();
}

QUrl SyncFixture::serverUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(plain ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(server->port()));
}

sync::TransportConfig SyncFixture::transport(const QUrl &url) const
{
    sync::TransportConfig config;
    config.serverUrl = url.isEmpty() ? serverUrl() : url;
    if (config.serverUrl.scheme() == QLatin1String("https"))
        config.caCertificates = {server->certificate()};
    return config;
}

std::unique_ptr<SyncDevice> SyncFixture::enrol(const QString &userKey, QString *failure,
                                               const QUrl &url)
{
    auto device = std::make_unique<SyncDevice>();
    sync::Enroller enroller(transport(url));
    std::optional<sync::Enrolment> enrolment;
    QString error;
    bool done = false;
    QObject::connect(&enroller, &sync::Enroller::succeeded, [&](const sync::Enrolment &e) {
        enrolment = e;
        done = true;
    });
    QObject::connect(&enroller, &sync::Enroller::failed,
                     [&](const QString &message, const QString &) {
                         error = message;
                         done = true;
                     });
    enroller.signIn(login(userKey), server::test::kPassword, QStringLiteral("sync test device"));
    if (!QTest::qWaitFor([&] { return done; }, 30000) || !enrolment) {
        *failure = QStringLiteral("sign-in of %1: %2").arg(userKey, error);
        return nullptr;
    }
    device->profile = enrolment->profile;
    device->credentials = enrolment->credentials;
    device->key = randomKey();
    if (!server->certificate().isNull()) {
        QFile cert(device->dir.filePath(QStringLiteral("server-cert.pem")));
        if (cert.open(QIODevice::WriteOnly))
            cert.write(server->certificate().toPem());
    }
    if (const QString opened = device->reopenStore(); !opened.isEmpty()) {
        *failure = opened;
        return nullptr;
    }
    const auto saved = await(device->store->setDeviceState(
        QString::fromLatin1(sync::SyncStateKey::Credentials), device->credentials.toJson()));
    const auto profiled = await(device->store->setDeviceState(
        QString::fromLatin1(store::DeviceStateKey::Profile), device->profile.toJson()));
    if (!saved || !profiled) {
        *failure = QStringLiteral("cannot store the sign-in");
        return nullptr;
    }
    device->clock = std::make_shared<HybridLogicalClock>(device->profile.deviceId);
    device->author = std::make_unique<RecordAuthor>(device->profile.userId,
                                                    device->profile.deviceId, device->clock);
    return device;
}

QList<Record> SyncFixture::pushOfficeNotes(int n, QString *failure)
{
    server::test::RecordFactory factory(office.userId, office.deviceId);
    QList<Record> records;
    for (int i = 0; i < n; ++i)
        records.append(factory.teamNote(
            world.personInScope, QDate::currentDate(),
            QStringLiteral("Office note %1: ate lunch, walked to the shop.").arg(i)));
    for (qsizetype at = 0; at < records.size(); at += 1000) {
        QJsonArray batch;
        for (const Record &r : records.mid(at, 1000))
            batch.append(RecordCodec::toJson(r));
        const auto reply =
            client->postJson(QStringLiteral("/v1/sync/push"), {{QStringLiteral("records"), batch}},
                             office.accessToken);
        if (reply.status != 200) {
            *failure = QStringLiteral("office push failed: %1").arg(reply.describe());
            return {};
        }
    }
    return records;
}

QSet<QString> SyncFixture::officeIds(QString *failure, int *duplicates)
{
    QSet<QString> ids;
    int repeats = 0;
    qint64 after = 0;
    for (int page = 0; page < 1000; ++page) {
        const auto reply = client->get(
            QStringLiteral("/v1/sync/pull?after=%1&limit=5000").arg(after), office.accessToken);
        if (reply.status != 200) {
            *failure = reply.describe();
            return ids;
        }
        for (const QJsonValue &record : reply.json.value(QStringLiteral("records")).toArray()) {
            const QString id = record.toObject().value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                ++repeats;
            ids.insert(id);
        }
        after = reply.json.value(QStringLiteral("next_after")).toInteger();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    if (duplicates)
        *duplicates = repeats;
    return ids;
}

bool startAndSync(sync::SyncEngine &engine, int timeoutMs)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
    engine.start();
    if (!finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

bool syncOnce(sync::SyncEngine &engine, int timeoutMs)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
    engine.requestSync();
    if (!finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

QString integrityCheck(const QString &path, const QByteArray &key)
{
    auto db = sql::Database::open(path, key, sql::OpenMode::ReadOnly);
    if (!db)
        return db.error().toString();
    auto check = db.value().queryText(QStringLiteral("PRAGMA integrity_check"));
    return check ? check.value() : check.error().toString();
}

} // namespace careround::synctest
