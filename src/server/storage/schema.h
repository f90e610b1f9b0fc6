#pragma once
// The server's tables, in the two SQL dialects. Same tables, columns and indexes in both; only
// key types differ. Times are ISO 8601 UTC text with milliseconds (sorts as time); flags are
// integers 0/1; binary keys are base64 text and token hashes lower-case hex.
#include "core/result.h"
#include <QString>

namespace careround::server::sql {
class Connection;
}

namespace careround::server::schema {

// 2: audit.record_ids (entries that group the records one request read or wrote).
// 3: device_backlog.pending_since, pending_visits.
inline constexpr int Version = 4; // 4: council_outbox, council_outbox_cursor (new tables only)
QString sqliteDdl();
QString postgresDdl();
// Inside the caller's write transaction: creates what is missing (ddl), then brings the tables
// of an older version up to this one and records the version. A newer database is refused.
Result<void> migrate(sql::Connection &connection, const QString &ddl);

} // namespace careround::server::schema
