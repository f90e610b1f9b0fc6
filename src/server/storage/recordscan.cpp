#include "recordscan.h"

namespace careround::server {

Result<QList<StoredRecord>> scanRecords(ServerStore &store, RecordQuery query, int maxRecords)
{
    query.limit = 5000;
    QList<StoredRecord> all;
    for (;;) {
        auto page = store.queryRecords(query);
        if (!page)
            return page.error();
        all += page.value().records;
        if (all.size() > maxRecords)
            return Error {QStringLiteral("records"),
                          QStringLiteral("more than %1 records match").arg(maxRecords)};
        if (!page.value().more)
            return all;
        query.afterSeq = page.value().nextAfterSeq;
    }
}

QList<Record> recordsOf(const QList<StoredRecord> &stored)
{
    QList<Record> records;
    records.reserve(stored.size());
    for (const StoredRecord &s : stored)
        records.append(s.record);
    return records;
}

} // namespace careround::server
