#include "integrationworld.h"

#include "../unit/server/storetestsupport.h"
#include "../unit/server/testrecords.h"
#include "core/uuid7.h"
#include "server/admin/orgadmin.h"
#include "server/auth/deviceproof.h"
#include "server/storage/serverstorefactory.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <sodium.h>

namespace careround::server::test {

namespace {

Result<std::unique_ptr<ServerStore>> openBackend(const BackendArgs &args)
{
    if (args.backend == QLatin1String("postgres")) {
        PostgresStoreOptions options;
        options.dsn = args.pgDsn;
        options.schema = args.pgSchema;
        return openPostgresServerStore(options);
    }
    EmbeddedStoreOptions options;
    options.dataDir = args.dataDir;
    return openEmbeddedServerStore(options);
}

#define WORLD_CHECK(expr)                                                                          \
    do {                                                                                           \
        const auto result_ = (expr);                                                               \
        if (!result_)                                                                              \
            return QStringLiteral("%1 failed: %2")                                                 \
                .arg(QStringLiteral(#expr), result_.error().toString());                           \
    } while (false)

} // namespace

Result<std::unique_ptr<ServerStore>> openWorldStore(const BackendArgs &args)
{
    return openBackend(args);
}

QString prepareWorld(const QString &backend, const QString &dataDir, BackendArgs *args,
                     World *world)
{
    args->backend = backend;
    args->dataDir = dataDir;
    if (backend == QLatin1String("postgres")) {
        args->pgDsn = postgresDsn();
        if (args->pgDsn.isEmpty())
            return QStringLiteral(
                "SKIP: PostgreSQL backend NOT TESTED: neither CAREROUND_PG_DSN nor "
                "CAREROUND_PG_DSN_FILE is set (run through ctest for the careround_pg fixture)");
        args->pgSchema =
            QStringLiteral("it_%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
    }
    auto opened = openBackend(*args);
    if (!opened)
        return QStringLiteral("cannot open the %1 store: %2")
            .arg(backend, opened.error().toString());
    ServerStore &store = *opened.value();
    OrgAdmin admin(store);
    const QString prefix = QStringLiteral("t%1").arg(QRandomGenerator::global()->bounded(100000));

    auto orgA = admin.createOrganisation(QStringLiteral("Org A"));
    auto orgB = admin.createOrganisation(QStringLiteral("Org B"));
    if (!orgA || !orgB)
        return QStringLiteral("cannot create organisations");
    world->orgA = orgA.value();
    world->orgB = orgB.value();
    const QList<std::tuple<QString, Role, QString>> people {
        {QStringLiteral("worker"), Role::CareWorker, world->orgA.id},
        {QStringLiteral("supervisor"), Role::Supervisor, world->orgA.id},
        {QStringLiteral("coordinator"), Role::Coordinator, world->orgA.id},
        {QStringLiteral("therapist"), Role::Therapist, world->orgA.id},
        {QStringLiteral("family"), Role::FamilyMember, world->orgA.id},
        {QStringLiteral("outsider"), Role::CareWorker,
         world->orgA.id}, // a worker with an empty rota
        {QStringLiteral("coordinatorB"), Role::Coordinator, world->orgB.id},
    };
    for (const auto &[key, role, orgId] : people) {
        auto user =
            admin.createUser(NewUser {orgId, role, QStringLiteral("Test %1").arg(key),
                                      (prefix + QLatin1Char('.') + key).toLower(), kPassword});
        if (!user)
            return QStringLiteral("cannot create %1: %2").arg(key, user.error().toString());
        world->users.insert(key, user.value());
    }
    const User &coordinator = world->users.value(QStringLiteral("coordinator"));
    const User &worker = world->users.value(QStringLiteral("worker"));
    world->personInScope = newPersonId();
    world->personOutOfScope = newPersonId();
    world->personOrgB = newPersonId();

    RecordFactory officeA(coordinator.id, newUuid7()); // an office workstation
    const QDate today = QDate::currentDate();
    const QDateTime visitStart(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    const Record visit = officeA.visit(world->personInScope, visitStart, {worker.id});
    world->visitInScope = visit.visitId;
    Record noteIn =
        visitNote(officeA, world->personInScope, visit.visitId, QStringLiteral("Ate well."));
    Record noteOut =
        visitNote(officeA, world->personOutOfScope, newUuid7(), QStringLiteral("Out of scope."));
    Record family = officeA.commbook(world->personInScope, QStringLiteral("family"),
                                     QStringLiteral("Hello family"), today);
    world->noteInScope = noteIn.id;
    world->noteOutOfScope = noteOut.id;
    world->familyEntryInScope = family.id;
    const QList<Record> recordsA {officeA.person(world->personInScope),
                                  officeA.person(world->personOutOfScope),
                                  visit,
                                  noteIn,
                                  noteOut,
                                  family};
    PutContext ctxA {world->orgA.id, coordinator.id, {}, QDateTime::currentDateTimeUtc(), false};
    auto putA = store.putRecords(ctxA, recordsA);
    if (!putA)
        return QStringLiteral("cannot store org A records: %1").arg(putA.error().toString());
    for (const PutResult &r : putA.value()) {
        if (r.status != PutStatus::Accepted)
            return QStringLiteral("org A record %1 refused: %2")
                .arg(r.recordId, r.error.toString());
    }
    RecordFactory officeB(world->users.value(QStringLiteral("coordinatorB")).id, newUuid7());
    Record noteB =
        visitNote(officeB, world->personOrgB, newUuid7(), QStringLiteral("Org B secret."));
    world->noteOrgB = noteB.id;
    auto putB = store.putRecords(PutContext {world->orgB.id,
                                             world->users.value(QStringLiteral("coordinatorB")).id,
                                             {},
                                             QDateTime::currentDateTimeUtc(),
                                             true},
                                 {officeB.person(world->personOrgB), noteB});
    if (!putB || putB.value().value(1).status != PutStatus::Accepted)
        return QStringLiteral("cannot store org B records");

    WORLD_CHECK(admin.addSupervision(
        world->orgA.id, world->users.value(QStringLiteral("supervisor")).id, worker.id));
    WORLD_CHECK(admin.addToCaseload(
        world->orgA.id, world->users.value(QStringLiteral("therapist")).id, world->personInScope));
    auto link = admin.linkFamily(world->orgA.id, world->users.value(QStringLiteral("family")).id,
                                 world->personInScope, QStringLiteral("daughter"));
    if (!link)
        return QStringLiteral("cannot link family: %1").arg(link.error().toString());
    WORLD_CHECK(admin.giveConsent(world->orgA.id, link.value().id, coordinator.id,
                                  QStringLiteral("signed form"), QDateTime::currentDateTimeUtc()));
    world->familyLinkId = link.value().id;
    return {};
}

Record visitNote(RecordFactory &factory, const QString &personId, const QString &visitId,
                 const QString &text)
{
    Record r = factory.teamNote(personId, QDate::currentDate(), text);
    r.visitId = visitId;
    return r;
}

void dropWorld(const BackendArgs &args)
{
    if (args.backend == QLatin1String("postgres") && !args.pgSchema.isEmpty())
        (void)dropPostgresSchema(args.pgDsn, args.pgSchema);
}

QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

std::optional<EnrolledDevice> enrolDevice(ApiClient &client, const QString &login, QString *failure,
                                          const QString &password)
{
    if (sodium_init() < 0) {
        *failure = QStringLiteral("sodium_init failed");
        return std::nullopt;
    }
    const ApiReply offer =
        client.postJson(QStringLiteral("/v1/auth/login"),
                        {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (offer.status != 200) {
        *failure = QStringLiteral("login: ") + offer.describe();
        return std::nullopt;
    }
    EnrolledDevice device;
    device.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    device.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(device.publicKey.data()),
                        reinterpret_cast<unsigned char *>(device.secretKey.data()));
    const QByteArray challenge =
        QByteArray::fromBase64(offer.json.value(QStringLiteral("challenge")).toString().toLatin1());
    const QByteArray signature =
        signDetached(auth::enrolmentMessage(challenge, device.publicKey), device.secretKey);
    const ApiReply enrolled = client.postJson(
        QStringLiteral("/v1/auth/enrol"),
        {{QStringLiteral("enrolment_token"), offer.json.value(QStringLiteral("enrolment_token"))},
         {QStringLiteral("public_key"), QString::fromLatin1(device.publicKey.toBase64())},
         {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
         {QStringLiteral("label"), QStringLiteral("test device")}});
    if (enrolled.status != 200) {
        *failure = QStringLiteral("enrol: ") + enrolled.describe();
        return std::nullopt;
    }
    device.deviceId = enrolled.json.value(QStringLiteral("device_id")).toString();
    device.userId = enrolled.json.value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString();
    device.accessToken = enrolled.json.value(QStringLiteral("access_token")).toString().toLatin1();
    device.refreshToken =
        enrolled.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const QJsonObject org = enrolled.json.value(QStringLiteral("organisation")).toObject();
    device.orgId = org.value(QStringLiteral("id")).toString();
    device.orgEscrowPublicKey = QByteArray::fromBase64(
        org.value(QStringLiteral("escrow_public_key")).toString().toLatin1());
    return device;
}

} // namespace careround::server::test
