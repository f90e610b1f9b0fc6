#pragma once
// Hands a Connection to one caller at a time: the embedded backend has one connection behind a
// mutex, the PostgreSQL backend a small pool. A lease gives the session back when destroyed.
#include "connection.h"
#include <functional>
#include <utility>

namespace careround::server::sql {

class ConnectionLease
{
public:
    ConnectionLease(Connection *session, std::function<void()> release)
        : m_session(session)
        , m_release(std::move(release))
    { }
    ConnectionLease(ConnectionLease &&other) noexcept
        : m_session(std::exchange(other.m_session, nullptr))
        , m_release(std::move(other.m_release))
    { }
    ConnectionLease &operator=(ConnectionLease &&) = delete;
    ConnectionLease(const ConnectionLease &) = delete;
    ~ConnectionLease()
    {
        if (m_session && m_release)
            m_release();
    }
    Connection &operator*() const { return *m_session; }
    Connection *operator->() const { return m_session; }

private:
    Connection *m_session = nullptr;
    std::function<void()> m_release;
};

class ConnectionProvider
{
public:
    virtual ~ConnectionProvider() = default;
    // `write`: the caller will write (the embedded backend has one writer and a few readers).
    virtual Result<ConnectionLease> acquire(bool write) = 0;
};

} // namespace careround::server::sql
