#pragma once
// Sign-in and device enrolment (docs/protocol.md): POST /v1/auth/login, then an Ed25519 key pair
// (made on a worker thread, or the device's existing key so a re-sign-in keeps its identity and
// outbox), then POST /v1/auth/enrol with the signed challenge. The result is the device profile
// and the credentials to store; nothing is stored here.
#include "credentials.h"
#include "store/deviceprofile.h"
#include "transport.h"
#include <QObject>
#include <QThreadPool>
#include <memory>

namespace careround::sync {

struct Enrolment
{
    store::DeviceProfile profile;
    SyncCredentials credentials;
    bool reenrolled = false;
};

class Enroller : public QObject
{
    Q_OBJECT
public:
    explicit Enroller(TransportConfig config, QObject *parent = nullptr);
    ~Enroller() override;

    // existingSecretKey: the device key already held (re-sign-in), else empty for a new one.
    void signIn(const QString &login, const QString &password, const QString &deviceLabel,
                const QByteArray &existingSecretKey = {});
    bool busy() const { return m_busy; }
    SyncTransport &transport() { return *m_transport; }

signals:
    void succeeded(const careround::sync::Enrolment &enrolment);
    // message in words for the person signing in; field names the input at fault when there is
    // one ("password", "server").
    void failed(const QString &message, const QString &field);

private:
    void enrol(const QJsonObject &offer, const QString &login, const QString &label,
               const QByteArray &existingSecretKey);
    void fail(const SyncReply &reply);
    Result<Enrolment> readEnrolment(const QJsonObject &answer, const QString &login,
                                    const QByteArray &secretKey) const;

    std::unique_ptr<SyncTransport> m_transport;
    QThreadPool m_pool;
    bool m_busy = false;
};

} // namespace careround::sync
