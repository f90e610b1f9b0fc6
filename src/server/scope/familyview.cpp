// What a family member's device receives: family-shared communication-book entries as they are,
// delivered visits as a summary (date, time, worker's first name), nothing else.
#include "scopeservice_p.h"
#include "server/storage/recordfacts.h"

namespace careround::server::scoping {

std::optional<StoredRecord> familyView(const StoredRecord &stored, const QHash<QString, QString> &firstNames)
{
    const Record &record = stored.record;
    if (facts::isCommbookEntry(record)) {
        if (facts::audience(record) != facts::familyAudience())
            return std::nullopt; // care-team-only entries never leave for a family device
        return stored;
    }
    if (facts::isDeliveredVisit(record)) {
        StoredRecord summary = stored;
        summary.record = facts::visitSummary(record, firstNames.value(record.authorUserId));
        return summary;
    }
    return std::nullopt;
}

} // namespace careround::server::scoping
