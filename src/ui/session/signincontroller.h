#pragma once
// The sign-in page's controller: checks the server address, signs in and enrols the device
// (sync::Enroller: login, Ed25519 key, enrolment), stores the device key and tokens in the
// encrypted store (device_state "sync.credentials") and hands the profile to the session
// (AppSession::completeEnrolment). A device that already has a key (signing in again after the
// sign-in ended) keeps it, and with it its device id and outbox. Errors are in words, with the
// field at fault ("server", "login", "password") so the page can mark it.
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace careround::sync {
class Enroller;
struct Enrolment;
} // namespace careround::sync

namespace careround::ui {

class AppSession;

class SignInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    explicit SignInController(QObject *parent = nullptr);
    ~SignInController() override;

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorField() const { return m_errorField; }

    // Returns at once; ends with signedIn() (the session is then Unlocked) or failed().
    Q_INVOKABLE void signIn(const QString &serverUrl, const QString &login,
                            const QString &password);
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void busyChanged();
    void errorChanged();
    void signedIn();
    void failed();

private:
    void fail(const QString &message, const QString &field);
    void setBusy(bool busy);
    void store(const sync::Enrolment &enrolment);

    QPointer<AppSession> m_session;
    std::unique_ptr<sync::Enroller> m_enroller;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_errorField;
};

} // namespace careround::ui
