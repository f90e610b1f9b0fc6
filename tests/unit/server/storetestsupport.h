#pragma once
// Opening a throw-away ServerStore of either backend, and a small organisation to test with.
#include "server/storage/serverstore.h"
#include <QTemporaryDir>
#include <memory>

namespace careround::server::test {

// The PostgreSQL test database: $CAREROUND_PG_DSN, else the file named by
// $CAREROUND_PG_DSN_FILE (written by scripts/pg-test-cluster.sh via the ctest fixture).
QString postgresDsn();

// One store per test: "embedded" in a temporary directory, "postgres" in a schema of its own
// that is dropped afterwards.
class TestStore
{
public:
    TestStore() = default;
    ~TestStore();
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;
    void close(); // drops the PostgreSQL schema; the temporary directory goes too
    // Empty string on success, else why it could not open ("SKIP: ..." when PostgreSQL is absent).
    QString open(const QString &backend);
    ServerStore &operator*() const { return *m_store; }
    ServerStore *operator->() const { return m_store.get(); }
    ServerStore *get() const { return m_store.get(); }
    // A second, independent instance on the same database (another server process for
    // PostgreSQL). Embedded: nullptr (one process owns the file).
    std::unique_ptr<ServerStore> openSecondInstance() const;
    QString backend() const { return m_backend; }
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }

private:
    QString m_backend;
    QString m_schema;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
};

// The global data rows of a test that runs on both backends: column "backend", rows
// "embedded" and "postgres". Call from initTestCase_data().
void addBackendRows();

// Opens the backend of the current global data row, or QSKIPs / QFAILs. Use in init().
#define CAREROUND_OPEN_TEST_STORE(testStore, backend)                                              \
    do {                                                                                           \
        const QString why = (testStore).open(backend);                                             \
        if (why.startsWith(QLatin1String("SKIP:")))                                                \
            QSKIP(qPrintable(why));                                                                \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)

struct TestOrg
{
    Organisation org;
    User coordinator, worker, worker2, supervisor, therapist, family;
    Device workerDevice, worker2Device, supervisorDevice, therapistDevice, familyDevice,
        coordinatorDevice;
};

// A placeholder Argon2id hash string (storage tests never verify passwords).
QString fakePasswordHash();
// Creates an organisation with one user of every role (supervisor supervises `worker`) and a
// device each. Login names are prefixed with `prefix`. QVERIFY-style failures via the result.
Result<TestOrg> createTestOrg(ServerStore &store, const QString &prefix);
Result<User> createUser(ServerStore &store, const QString &orgId, Role role, const QString &login,
                        const QString &displayName);
Result<Device> createDevice(ServerStore &store, const User &user);

} // namespace careround::server::test
