#pragma once
// The small SQL surface both server backends share: one connection used by one thread at a
// time. Values cross it as text or integers only (binary keys and hashes are stored as hex or
// base64 text), so the same SQL and row mapping serve SQLCipher and PostgreSQL.
// SQL is written with `?` placeholders; the PostgreSQL session rewrites them to $1, $2, ...
#include "core/result.h"
#include <QList>
#include <QString>
#include <QVariant>

namespace careround::server::sql {

using Params = QVariantList; // QString, qint64/int, bool (stored as 0/1) or a null QVariant

// Column values as the backend hands them over (UTF-8 text; SQL NULL is a null QByteArray): a
// pull page's stored bodies go out as they are, and only the columns asked for as text are
// converted.
struct Row
{
    QList<QByteArray> values;
    bool isNull(int column) const { return values.value(column).isNull(); }
    QString text(int column) const { return QString::fromUtf8(values.value(column)); }
    QByteArray bytes(int column) const { return values.value(column); }
    qint64 int64(int column) const { return values.value(column).toLongLong(); }
    bool boolean(int column) const { return int64(column) != 0; }
};

class Connection
{
public:
    virtual ~Connection() = default;
    virtual QString backendName() const = 0; // "embedded" / "postgres"
    virtual int maxParameters() const = 0; // per statement
    virtual bool
    supportsReturning() const = 0; // INSERT ... RETURNING (PostgreSQL; not SQLite 3.15)
    // Text after a table name that makes the planner use `index` ("" where the planner needs no
    // help: PostgreSQL keeps statistics; SQLite without ANALYZE does not).
    virtual QString indexHint(const QString &index) const = 0;
    virtual Result<QList<Row>> query(const QString &sql, const Params &params = {}) = 0;
    virtual Result<int> exec(const QString &sql, const Params &params = {}) = 0; // rows changed
    virtual Result<void> execScript(const QString &sql) = 0; // several statements, no parameters
    // Runs an INSERT into a table whose key column is `seq` and returns the new seq.
    virtual Result<qint64> insertReturningSeq(const QString &sql, const Params &params) = 0;
    virtual Result<void> begin(bool write) = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    // Inside a write transaction: makes record inserts of one organisation commit in seq order
    // (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write lock already does it).
    virtual Result<void> serialiseRecordWrites(const QString &orgId) = 0;
};

// RAII transaction on a Connection: rolls back unless committed.
class Transaction
{
public:
    static Result<Transaction> begin(Connection &session, bool write)
    {
        if (auto r = session.begin(write); !r)
            return r.error();
        return Transaction(&session);
    }
    Transaction(Transaction &&other) noexcept
        : m_session(std::exchange(other.m_session, nullptr))
    { }
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction()
    {
        if (m_session)
            m_session->rollback();
    }
    Result<void> commit()
    {
        auto r = m_session->commit();
        if (r)
            m_session = nullptr;
        return r;
    }

private:
    explicit Transaction(Connection *session)
        : m_session(session)
    { }
    Connection *m_session = nullptr;
};

// "?, ?, ?" with n placeholders, for IN lists.
QString placeholders(int count);

} // namespace careround::server::sql
