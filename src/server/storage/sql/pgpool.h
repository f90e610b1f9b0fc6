#pragma once
// A small pool of PostgreSQL sessions shared by the HTTP worker threads: a caller waits while
// every connection is busy; a connection found broken is replaced on the next acquire.
#include "connectionprovider.h"
#include "pgconnection.h"
#include <QMutex>
#include <QWaitCondition>
#include <memory>
#include <vector>

namespace careround::server::sql {

class PgPool final : public ConnectionProvider
{
public:
    PgPool(QString dsn, QString schema, int size);
    ~PgPool() override;
    Result<ConnectionLease> acquire(bool write) override;

private:
    void release(PgConnection *session);

    QString m_dsn;
    QString m_schema;
    int m_size;
    QMutex m_mutex;
    QWaitCondition m_available;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
    int m_open = 0; // idle + leased
};

} // namespace careround::server::sql
