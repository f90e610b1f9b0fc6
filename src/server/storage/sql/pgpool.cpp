#include "pgpool.h"

namespace careround::server::sql {

PgPool::PgPool(QString dsn, QString schema, int size)
    : m_dsn(std::move(dsn))
    , m_schema(std::move(schema))
    , m_size(qMax(1, size))
{ }

PgPool::~PgPool() = default;

Result<ConnectionLease> PgPool::acquire(bool)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_idle.empty()) {
            std::unique_ptr<PgConnection> session = std::move(m_idle.back());
            m_idle.pop_back();
            if (!session->isHealthy()) {
                --m_open; // dropped; a fresh one is opened below
                continue;
            }
            PgConnection *raw = session.release();
            return ConnectionLease(raw, [this, raw] { release(raw); });
        }
        if (m_open < m_size) {
            ++m_open;
            lock.unlock();
            auto connected = PgConnection::connect(m_dsn, m_schema);
            if (!connected) {
                QMutexLocker relock(&m_mutex);
                --m_open;
                m_available.wakeOne();
                return connected.error();
            }
            PgConnection *raw = connected.value().release();
            return ConnectionLease(raw, [this, raw] { release(raw); });
        }
        m_available.wait(&m_mutex);
    }
}

void PgPool::release(PgConnection *session)
{
    QMutexLocker lock(&m_mutex);
    m_idle.emplace_back(session);
    m_available.wakeOne();
}

} // namespace careround::server::sql
