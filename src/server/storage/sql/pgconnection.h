#pragma once
// Connection over one libpq connection. Parameterised statements only (PQexecParams, text format);
// `?` placeholders are rewritten to $n. Tables are found through search_path = the store schema.
#include "connection.h"
#include <memory>

struct pg_conn;

namespace careround::server::sql {

class PgConnection final : public Connection
{
public:
    // Connects and sets search_path to `schema` (an identifier checked by the caller).
    static Result<std::unique_ptr<PgConnection>> connect(const QString &dsn, const QString &schema);
    ~PgConnection() override;

    QString backendName() const override { return QStringLiteral("postgres"); }
    bool supportsReturning() const override { return true; }
    QString indexHint(const QString &) const override { return {}; }
    int maxParameters() const override { return 30000; }
    Result<QList<Row>> query(const QString &sql, const Params &params) override;
    Result<int> exec(const QString &sql, const Params &params) override;
    Result<void> execScript(const QString &sql) override;
    Result<qint64> insertReturningSeq(const QString &sql, const Params &params) override;
    Result<void> begin(bool write) override;
    Result<void> commit() override;
    void rollback() override;
    Result<void> serialiseRecordWrites(const QString &orgId) override;

    bool isHealthy() const; // false after the server went away; the pool then reconnects

private:
    explicit PgConnection(pg_conn *conn)
        : m_conn(conn)
    { }
    struct Outcome
    {
        QList<Row> rows;
        int changed = 0;
        QString commandTag;
    };
    Result<Outcome> run(const QString &sql, const Params &params);
    pg_conn *m_conn = nullptr;
};

// Rewrites `?` placeholders (outside quoted literals) to $1, $2, ...
QString numberPlaceholders(const QString &sql);

} // namespace careround::server::sql
