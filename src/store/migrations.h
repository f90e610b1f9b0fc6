#pragma once
// Versioned schema migrations. Each step runs in its own transaction together with the bump of
// PRAGMA user_version, so a crash (or an error) leaves the database at the previous version,
// intact.
#include "core/result.h"
#include <QList>
#include <QString>
#include <functional>

namespace careround::sql {
class Database;
}

namespace careround::store {

struct Migration
{
    int version = 0; // the user_version after this step; steps are numbered 1, 2, 3, ...
    QString description; // one line, for logs and errors
    std::function<Result<void>(sql::Database &)> apply;
};

// The store's schema history, oldest first. Never edit a released step: add a new one.
const QList<Migration> &storeMigrations();
int latestSchemaVersion();

// Brings db up to targetVersion (default: the newest step). Refuses a database newer than the
// steps it knows about. Returns the version the database is at afterwards.
Result<int> migrate(sql::Database &db, const QList<Migration> &steps = storeMigrations(),
                    int targetVersion = -1);

} // namespace careround::store
