#pragma once
// Delivers the sealed escrow spool to POST /v1/escrow without any secret: used when the store
// cannot be opened (PIN lockout, wiped vault). Each entry proves itself (device signature inside
// the seal). Delivered and duplicate entries are deleted from the spool; refused ones are kept.
// File work runs on a worker thread; the network through SyncTransport.
#include "escrowspool.h"
#include "transport.h"
#include <QObject>
#include <QThreadPool>
#include <memory>

namespace careround::sync {

class EscrowSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntriesPerRequest = 1000;

    // caCertificates: as for the sync transport (empty = the system's CAs).
    EscrowSender(QString dataDirectory, QList<QSslCertificate> caCertificates,
                 QObject *parent = nullptr);
    ~EscrowSender() override;

    void start(); // does nothing while running
    bool running() const { return m_running; }

signals:
    // delivered: entries the server now holds (accepted or duplicate); refused: kept entries the
    // server would not take; error: empty on success, else in words.
    void finished(int delivered, int refused, const QString &error);
    void wipeRequested(); // the device was revoked: the spool was deleted

private:
    void sendNext();
    void done(const QString &error);

    QString m_dataDirectory;
    QList<QSslCertificate> m_caCertificates;
    QThreadPool m_pool;
    std::unique_ptr<SyncTransport> m_transport;
    EscrowIdentity m_identity;
    bool m_running = false;
    int m_delivered = 0;
    int m_refused = 0;
    QStringList m_refusedIds; // not offered again in this run
};

} // namespace careround::sync
