#pragma once
// How a Record maps onto a row of the records table, and back.
#include "core/record.h"
#include "core/result.h"

namespace careround::sql {
class Statement;
}

namespace careround::store {

// Column list shared by every SELECT of records, in the order recordFromRow() reads them.
inline constexpr const char *RecordColumns =
    "id, type, schema_version, person_id, visit_id, care_day, hlc, author, device, device_time, "
    "amends, payload";

// A record's column values as the UTF-8 text SQLite stores, made before the write lock is taken:
// formatting clocks and times and encoding the payload was a third of storing a pulled page.
// An empty text is stored as NULL (the optional columns; validation keeps the others non-empty).
struct RecordRow
{
    QByteArray id, type, personId, visitId, careDay, hlc, author, device, deviceTime, amends;
    QByteArray payload;
    qint64 schemaVersion = 0;
    static RecordRow from(const Record &record);
};

// Binds parameters 1..12 of an INSERT listing RecordColumns in order, without copying: `row`
// must outlive the statement's reset (a ResetGuard in the caller's scope).
Result<void> bindRow(sql::Statement &stmt, const RecordRow &row);
// Reads the current row of a SELECT of RecordColumns.
Result<Record> recordFromRow(const sql::Statement &stmt);

// The payload as stored: compact JSON, keys sorted (QJsonDocument's canonical form).
QByteArray payloadBytes(const Record &record);

// Same id, envelope and payload: saving it again is a no-op.
bool sameContent(const Record &a, const Record &b);

} // namespace careround::store
