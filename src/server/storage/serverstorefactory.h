#pragma once
// Opening a ServerStore: the embedded SQLCipher file (default) or PostgreSQL.
#include "core/result.h"
#include "serverstore.h"
#include <QString>
#include <memory>

namespace careround::server {

struct EmbeddedStoreOptions
{
    // Directory holding "server.db" (created mode 0700 if missing, tightened to 0700 if looser).
    QString dataDir;
    // The key file: 32 random bytes, mode 0600, created with the database on first run. Empty =
    // DATA_DIR/server.key (keylocation.h chooses it from the command line and environment).
    QString keyFile;
};

struct PostgresStoreOptions
{
    QString dsn; // libpq connection string, e.g. "host=/tmp/pg port=5433 dbname=careround"
    QString schema = QStringLiteral("public"); // tables live here (tests use a throw-away schema)
    int poolSize = 4; // connections kept open; a call waits when all are busy
};

// Both create the schema on first use (migrations are idempotent and safe to run from several
// processes at once).
Result<std::unique_ptr<ServerStore>> openEmbeddedServerStore(const EmbeddedStoreOptions &options);
Result<std::unique_ptr<ServerStore>> openPostgresServerStore(const PostgresStoreOptions &options);

// Drops a schema created by openPostgresServerStore (tests).
Result<void> dropPostgresSchema(const QString &dsn, const QString &schema);

} // namespace careround::server
