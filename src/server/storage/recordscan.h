#pragma once
// Every record a RecordQuery matches, page after page: for server-side readers (alerts, office
// reports) that need a whole set rather than a sync page. Not audited here: callers audit.
#include "serverstore.h"

namespace careround::server {

// Runs the query from query.afterSeq to the watermark; stops with an error after maxRecords.
Result<QList<StoredRecord>> scanRecords(ServerStore &store, RecordQuery query,
                                        int maxRecords = 2'000'000);

// The records themselves, without server facts.
QList<Record> recordsOf(const QList<StoredRecord> &stored);

} // namespace careround::server
