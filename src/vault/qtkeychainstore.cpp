#include "qtkeychainstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace careround {

namespace {

struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QByteArray data;
};

// Filled on the keychain thread, read by the waiting caller; shared so a caller that gave up
// (timeout) leaves nothing dangling for the job that finishes later.
struct PendingJob
{
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    JobOutcome outcome;
};

// The one thread every QtKeychain job runs on, with its own event loop. Created on first use,
// stopped when QCoreApplication is destroyed; never deleted (a job stuck in D-Bus may still
// be running at exit).
class KeychainThread
{
public:
    // Where to post jobs; null once the application is shutting down.
    static QObject *context()
    {
        static KeychainThread *const instance = [] {
            s_instance = new KeychainThread;
            qAddPostRoutine(&KeychainThread::stop);
            return s_instance;
        }();
        return instance->m_thread.isRunning() ? instance->m_context : nullptr;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("CareRound keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    static void stop()
    {
        s_instance->m_thread.quit();
        s_instance->m_thread.wait(2000); // bounded: a hung D-Bus call must not hang the exit
    }

    static inline KeychainThread *s_instance = nullptr;
    QThread m_thread;
    QObject *m_context = nullptr;
};

using JobFactory = std::function<QKeychain::Job *(QObject *parent)>;

JobOutcome runJob(const JobFactory &makeJob, int timeoutMs)
{
    if (!QCoreApplication::instance())
        return {QKeychain::OtherError, QStringLiteral("no QCoreApplication"), {}};
    QObject *context = KeychainThread::context();
    if (!context)
        return {QKeychain::OtherError, QStringLiteral("the keychain thread has stopped"), {}};
    auto pending = std::make_shared<PendingJob>();
    QMetaObject::invokeMethod(context, [context, makeJob, pending] {
        QKeychain::Job *job = makeJob(context);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never the plaintext QSettings store
        QObject::connect(job, &QKeychain::Job::finished, context, [pending](QKeychain::Job *done) {
            std::lock_guard lock(pending->mutex);
            pending->outcome.error = done->error();
            pending->outcome.message = done->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                pending->outcome.data = read->binaryData();
            pending->done = true;
            pending->finished.notify_all();
        });
        job->start();
    });
    std::unique_lock lock(pending->mutex);
    if (!pending->finished.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                    [&pending] { return pending->done; }))
        return {QKeychain::OtherError, QStringLiteral("no answer within %1 ms").arg(timeoutMs), {}};
    return std::move(pending->outcome);
}

Error keychainError(const QString &what, const JobOutcome &outcome)
{
    return Error {QStringLiteral("platformKeyStore"),
                  QStringLiteral("%1 (QtKeychain error %2: %3)")
                      .arg(what)
                      .arg(int(outcome.error))
                      .arg(outcome.message)};
}

} // namespace

QtKeychainStore::QtKeychainStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

QString QtKeychainStore::description() const
{
    return QStringLiteral("QtKeychain");
}

Result<void> QtKeychainStore::store(const QString &name, const QByteArray &secret)
{
    const QString service = m_service;
    const JobOutcome outcome = runJob(
        [service, name, secret](QObject *parent) {
            auto *job = new QKeychain::WritePasswordJob(service, parent);
            job->setKey(name);
            job->setBinaryData(secret);
            return job;
        },
        m_timeoutMs);
    if (outcome.error != QKeychain::NoError)
        return keychainError(QStringLiteral("The platform key store did not keep the key"),
                             outcome);
    return {};
}

Result<QByteArray> QtKeychainStore::load(const QString &name)
{
    const QString service = m_service;
    JobOutcome outcome = runJob(
        [service, name](QObject *parent) {
            auto *job = new QKeychain::ReadPasswordJob(service, parent);
            job->setKey(name);
            return job;
        },
        m_timeoutMs);
    if (outcome.error != QKeychain::NoError)
        return keychainError(QStringLiteral("The platform key store did not give the key back"),
                             outcome);
    return std::move(outcome.data);
}

Result<void> QtKeychainStore::remove(const QString &name)
{
    const QString service = m_service;
    const JobOutcome outcome = runJob(
        [service, name](QObject *parent) {
            auto *job = new QKeychain::DeletePasswordJob(service, parent);
            job->setKey(name);
            return job;
        },
        m_timeoutMs);
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        return keychainError(QStringLiteral("The platform key store did not remove the key"),
                             outcome);
    return {};
}

} // namespace careround
