#pragma once
// The server's tables, in the two SQL dialects. Same tables, columns and indexes in both; only
// key types differ. Times are ISO 8601 UTC text with milliseconds (sorts as time); flags are
// integers 0/1; binary keys are base64 text and token hashes lower-case hex.
#include <QString>

namespace careround::server::schema {

inline constexpr int Version = 1;
QString sqliteDdl();
QString postgresDdl();

} // namespace careround::server::schema
