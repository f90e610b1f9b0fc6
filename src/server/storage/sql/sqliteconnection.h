#pragma once
// Connection over one SQLCipher connection (careround::sql::Database), with prepared statements
// cached per SQL text.
#include "connection.h"
#include "sql/database.h"
#include "sql/statement.h"
#include <map>
#include <memory>

namespace careround::server::sql {

class SqliteConnection final : public Connection
{
public:
    explicit SqliteConnection(careround::sql::Database db);
    QString backendName() const override { return QStringLiteral("embedded"); }
    bool supportsReturning() const override { return false; }
    QString indexHint(const QString &index) const override
    {
        return QStringLiteral("INDEXED BY ") + index;
    }
    int maxParameters() const override { return 999; }
    Result<QList<Row>> query(const QString &sql, const Params &params) override;
    Result<int> exec(const QString &sql, const Params &params) override;
    Result<void> execScript(const QString &sql) override;
    Result<qint64> insertReturningSeq(const QString &sql, const Params &params) override;
    Result<void> begin(bool write) override;
    Result<void> commit() override;
    void rollback() override;
    Result<void> serialiseRecordWrites(const QString &) override { return {}; }

private:
    Result<careround::sql::Statement *> prepared(const QString &sql, const Params &params);

    careround::sql::Database m_db;
    std::map<QString, std::unique_ptr<careround::sql::Statement>> m_statements;
};

} // namespace careround::server::sql
