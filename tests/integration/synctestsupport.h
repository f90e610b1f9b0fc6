#pragma once
// For the sync tests: the real server with a prepared world (integrationworld.h), and devices
// that sign in through the app's own sync::Enroller, keep an encrypted RecordStore in a
// temporary folder and run the real sync::SyncEngine. No part is mocked.
#include "core/hlc.h"
#include "core/record.h"
#include "core/recordauthor.h"
#include "integrationworld.h"
#include "serverprocess.h"
#include "store/recordstore.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QSet>
#include <QTemporaryDir>
#include <memory>

namespace careround::synctest {

using server::test::BackendArgs;
using server::test::ServerProcess;
using server::test::World;

inline constexpr int CycleTimeoutMs = 60000;

struct SyncDevice
{
    QTemporaryDir dir;
    QByteArray key; // the store's data key
    std::unique_ptr<store::RecordStore> store;
    store::DeviceProfile profile;
    sync::SyncCredentials credentials;
    std::shared_ptr<HybridLogicalClock> clock;
    std::unique_ptr<RecordAuthor> author;
    std::unique_ptr<sync::SyncEngine> engine;

    QString storePath() const { return dir.filePath(QStringLiteral("records.db")); }
    // A care-team communication-book entry about personId (optionally in a visit).
    Record note(const QString &personId, const QString &visitId, const QString &text) const;
    QString saveNotes(int count, const QString &personId, const QString &visitId,
                      QStringList *ids = nullptr); // empty, or what failed
    // Creates (but does not start) the engine; url overrides the enrolled server address.
    sync::SyncEngine &makeEngine(const QUrl &url = {}, const sync::SyncEngineConfig &base = {});
    void closeStore();
    QString reopenStore(); // empty on success
};

class SyncFixture
{
public:
    // A fresh embedded world and the real server (plain HTTP when asked: the fault proxy reads
    // requests). Empty on success.
    QString setUp(const QStringList &serverArgs = {}, bool plainHttp = false);
    void tearDown();

    QUrl serverUrl() const;
    sync::TransportConfig transport(const QUrl &url = {}) const;
    QString login(const QString &key) const { return world.users.value(key).loginName; }
    // Signs in `userKey` with the app's Enroller and opens a fresh device store holding the
    // profile and credentials, as the sign-in page leaves it. Null on failure (*failure says).
    std::unique_ptr<SyncDevice> enrol(const QString &userKey, QString *failure,
                                      const QUrl &url = {});
    // Record ids the office sees (a coordinator device pulls everything); each id once, with
    // *duplicates counting repeats.
    QSet<QString> officeIds(QString *failure, int *duplicates = nullptr);
    // The office writes n care-team notes about the worker's person, pushed in batches of 1,000.
    // Empty on failure (*failure says).
    QList<Record> pushOfficeNotes(int n, QString *failure);
    // Restarts the server on the same data directory (after a kill -9 too). Empty on success.
    QString restartServer();
    QString killServer(); // SIGKILL

    World world;
    BackendArgs args;
    QTemporaryDir dir;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<server::test::ApiClient> client;
    server::test::EnrolledDevice office;
    QStringList extraServerArgs;
    bool plain = false;
};

// start() and the first cycle; true when it succeeded.
bool startAndSync(sync::SyncEngine &engine, int timeoutMs = CycleTimeoutMs);
// One more cycle (requestSync); its outcome.
bool syncOnce(sync::SyncEngine &engine, int timeoutMs = CycleTimeoutMs);
// Waits for the future with the event loop running.
template<typename T>
T await(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}
// Opens the store file read-only with the key and runs PRAGMA integrity_check: "ok" or why not.
QString integrityCheck(const QString &path, const QByteArray &key);

} // namespace careround::synctest
