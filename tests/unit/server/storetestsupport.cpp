#include "storetestsupport.h"
#include "server/storage/serverstorefactory.h"
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>
#include <sodium.h>

namespace careround::server::test {

QString postgresDsn()
{
    const QString dsn = qEnvironmentVariable("CAREROUND_PG_DSN");
    if (!dsn.isEmpty())
        return dsn;
    const QString file = qEnvironmentVariable("CAREROUND_PG_DSN_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded") << QStringLiteral("embedded");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

TestStore::~TestStore()
{
    close();
}

void TestStore::close()
{
    m_store.reset();
    if (!m_schema.isEmpty())
        (void)dropPostgresSchema(postgresDsn(), m_schema);
    m_schema.clear();
    m_dir.reset();
}

QString TestStore::open(const QString &backend)
{
    close();
    m_backend = backend;
    if (backend == QLatin1String("embedded")) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("cannot create a temporary directory");
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions {m_dir->path()});
        if (!store)
            return store.error().toString();
        m_store = std::move(store).value();
        return {};
    }
    if (backend == QLatin1String("postgres")) {
        const QString dsn = postgresDsn();
        if (dsn.isEmpty())
            return QStringLiteral("SKIP: !!! PostgreSQL backend NOT TESTED: set CAREROUND_PG_DSN "
                                  "or run through ctest "
                                  "(fixture careround_pg, scripts/pg-test-cluster.sh) !!!");
        m_schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        auto store = openPostgresServerStore(PostgresStoreOptions {dsn, m_schema, 4});
        if (!store)
            return store.error().toString();
        m_store = std::move(store).value();
        return {};
    }
    return QStringLiteral("unknown backend ") + backend;
}

std::unique_ptr<ServerStore> TestStore::openSecondInstance() const
{
    if (m_backend != QLatin1String("postgres"))
        return nullptr;
    auto store = openPostgresServerStore(PostgresStoreOptions {postgresDsn(), m_schema, 4});
    return store ? std::move(store).value() : nullptr;
}

QString fakePasswordHash()
{
    return QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                          "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
}

static QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<User> createUser(ServerStore &store, const QString &orgId, Role role, const QString &login,
                        const QString &displayName)
{
    User user {newId(), orgId,
               role,    displayName,
               login,   fakePasswordHash(),
               false,   QDateTime::currentDateTimeUtc()};
    if (auto r = store.createUser(user); !r)
        return r.error();
    return user;
}

Result<Device> createDevice(ServerStore &store, const User &user)
{
    Device device;
    device.id = newId();
    device.userId = user.id;
    device.orgId = user.orgId;
    device.publicKey = QByteArray(32, char(QRandomGenerator::global()->bounded(256)));
    device.label = QStringLiteral("phone of ") + user.displayName;
    device.enrolledAt = QDateTime::currentDateTimeUtc();
    if (auto r = store.enrolDevice(device); !r)
        return r.error();
    return device;
}

Result<TestOrg> createTestOrg(ServerStore &store, const QString &prefix)
{
    if (sodium_init() < 0)
        return Error {QStringLiteral("sodium"), QStringLiteral("init failed")};
    TestOrg t;
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, 0), secretKey(crypto_box_SECRETKEYBYTES, 0);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                       reinterpret_cast<unsigned char *>(secretKey.data()));
    t.org = Organisation {newId(), prefix + QStringLiteral(" Home Care"), publicKey,
                          QDateTime::currentDateTimeUtc()};
    if (auto r = store.createOrganisation(t.org, secretKey); !r)
        return r.error();
    struct Want
    {
        User *user;
        Device *device;
        Role role;
        const char *login;
        const char *name;
    };
    const Want wanted[] = {
        {&t.coordinator, &t.coordinatorDevice, Role::Coordinator, "coord", "Olivia Coordinator"},
        {&t.worker, &t.workerDevice, Role::CareWorker, "worker", "Amira Khan"},
        {&t.worker2, &t.worker2Device, Role::CareWorker, "worker2", "Ben Taylor"},
        {&t.supervisor, &t.supervisorDevice, Role::Supervisor, "super", "Sam Senior"},
        {&t.therapist, &t.therapistDevice, Role::Therapist, "therapist", "Theo Therapist"},
        {&t.family, &t.familyDevice, Role::FamilyMember, "family", "Fiona Daughter"},
    };
    for (const Want &w : wanted) {
        auto user = createUser(store, t.org.id, w.role, prefix + QLatin1String(w.login),
                               QString::fromUtf8(w.name));
        if (!user)
            return user.error();
        *w.user = user.value();
        auto device = createDevice(store, user.value());
        if (!device)
            return device.error();
        *w.device = device.value();
    }
    if (auto r = store.addSupervision(t.org.id, t.supervisor.id, t.worker.id); !r)
        return r.error();
    return t;
}

} // namespace careround::server::test
