// The PostgreSQL backend: a small pool of libpq connections; the schema is created on first use
// under an advisory lock, so several server processes may start against one database at once.
#include "schema.h"
#include "serverstorefactory.h"
#include "sql/pgpool.h"
#include "sqlserverstore.h"
#include <QRegularExpression>

namespace careround::server {

namespace {

Result<void> checkSchemaName(const QString &schema)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!pattern.match(schema).hasMatch())
        return Error {QStringLiteral("schema"),
                      QStringLiteral("must be a lower-case identifier (a-z, 0-9, _)")};
    return {};
}

Result<void> migrate(sql::PgConnection &connection, const QString &schema)
{
    // Session-level lock: migrations of concurrent processes run one after the other.
    if (auto r = connection.execScript(QStringLiteral("SELECT pg_advisory_lock(7300, 1)")); !r)
        return r;
    auto result = [&]() -> Result<void> {
        if (auto r = connection.execScript(
                QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(schema));
            !r)
            return r;
        auto tx = sql::Transaction::begin(connection, true);
        if (!tx)
            return tx.error();
        if (auto r = schema::migrate(connection, schema::postgresDdl()); !r)
            return r;
        return tx.value().commit();
    }();
    (void)connection.execScript(QStringLiteral("SELECT pg_advisory_unlock(7300, 1)"));
    return result;
}

} // namespace

Result<std::unique_ptr<ServerStore>> openPostgresServerStore(const PostgresStoreOptions &options)
{
    if (options.dsn.trimmed().isEmpty())
        return Error {QStringLiteral("dsn"), QStringLiteral("is required")};
    if (auto r = checkSchemaName(options.schema); !r)
        return r.error();
    if (options.poolSize < 1 || options.poolSize > 64)
        return Error {QStringLiteral("poolSize"), QStringLiteral("must be 1 to 64")};
    {
        auto bootstrap = sql::PgConnection::connect(options.dsn, options.schema);
        if (!bootstrap)
            return bootstrap.error();
        if (auto r = migrate(*bootstrap.value(), options.schema); !r)
            return r.error();
    }
    return std::unique_ptr<ServerStore>(std::make_unique<SqlServerStore>(
        std::make_unique<sql::PgPool>(options.dsn, options.schema, options.poolSize)));
}

Result<void> dropPostgresSchema(const QString &dsn, const QString &schema)
{
    if (auto r = checkSchemaName(schema); !r)
        return r;
    if (schema == QLatin1String("public"))
        return Error {QStringLiteral("schema"),
                      QStringLiteral("refusing to drop the public schema")};
    auto connection = sql::PgConnection::connect(dsn, schema);
    if (!connection)
        return connection.error();
    return connection.value()->execScript(
        QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema));
}

} // namespace careround::server
