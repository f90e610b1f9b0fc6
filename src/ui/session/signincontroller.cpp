#include "signincontroller.h"
#include "appsession.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "sync/credentials.h"
#include "sync/enroller.h"
#include <QSysInfo>
#include <QUrl>

namespace careround::ui {

SignInController::SignInController(QObject *parent)
    : QObject(parent)
{ }

SignInController::~SignInController() = default;

void SignInController::setSession(AppSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AppSession::unlocked, this, [this] {
            if (!m_busy)
                return;
            setBusy(false);
            emit signedIn();
        });
        connect(m_session, &AppSession::enrolmentFailed, this, [this] {
            if (m_busy)
                fail(m_session->errorMessage(), QStringLiteral("server"));
        });
    }
    emit sessionChanged();
}

void SignInController::signIn(const QString &serverUrl, const QString &login,
                              const QString &password)
{
    if (m_busy || !m_session || !m_session->store()
        || m_session->state() != AppSession::NeedsEnrolment)
        return;
    const QUrl url(serverUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        fail(tr("Enter the office server's address, starting with https://"),
             QStringLiteral("server"));
        return;
    }
    clearError();
    setBusy(true);
    m_enroller = std::make_unique<sync::Enroller>(m_session->transportConfig(url.toString()));
    connect(m_enroller.get(), &sync::Enroller::succeeded, this, &SignInController::store);
    connect(m_enroller.get(), &sync::Enroller::failed, this, &SignInController::fail);
    const QString label = tr("CareRound on %1").arg(QSysInfo::machineHostName());
    // Signing in again keeps the device key already held: same device id, same outbox.
    whenFinished(
        m_session->store()->deviceState(QString::fromLatin1(sync::SyncStateKey::Credentials)), this,
        [this, login, password, label](const Result<std::optional<QByteArray>> &stored) {
            QByteArray existingKey;
            if (stored && stored.value()) {
                if (auto old = sync::SyncCredentials::fromJson(*stored.value()))
                    existingKey = old.value().deviceSecretKey;
            }
            m_enroller->signIn(login, password, label, existingKey);
        });
}

void SignInController::store(const sync::Enrolment &enrolment)
{
    if (!m_session || !m_session->store()) {
        fail(tr("This device was locked while signing in. Unlock it and sign in again."), {});
        return;
    }
    whenFinished(
        m_session->store()->setDeviceState(QString::fromLatin1(sync::SyncStateKey::Credentials),
                                           enrolment.credentials.toJson()),
        this, [this, profile = enrolment.profile](const Result<void> &saved) {
            if (!saved) {
                fail(tr("Signed in, but this device could not save it: %1")
                         .arg(saved.error().toString()),
                     {});
                return;
            }
            if (m_session)
                m_session->completeEnrolment(profile); // busy ends on unlocked / enrolmentFailed
        });
}

void SignInController::fail(const QString &message, const QString &field)
{
    setBusy(false);
    m_errorMessage = message;
    m_errorField = field;
    emit errorChanged();
    emit failed();
}

void SignInController::clearError()
{
    if (m_errorMessage.isEmpty() && m_errorField.isEmpty())
        return;
    m_errorMessage.clear();
    m_errorField.clear();
    emit errorChanged();
}

void SignInController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

} // namespace careround::ui
