#pragma once
// One answer of GET /v1/sync/pull, decoded (RecordCodec), validated and turned into the rows the
// store inserts (PreparedRecords), off the GUI thread and off the store's writer.
#include "core/record.h"
#include "core/result.h"
#include "store/preparedrecords.h"
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace careround::sync {

struct PulledPage
{
    store::PreparedRecords records;
    qint64 nextAfter = 0; // save it with the page, even when lower than the cursor sent
    bool hasMore = false;
    QStringList purgePersonIds;
    QDate historyBefore; // invalid = no history cut-off
    // The only people whose entry codes the device may keep (a server that says nothing about
    // entry codes: nullopt, keep them all).
    std::optional<QStringList> entryCodesFor;
    bool hasEntryCodes = false; // the page brought entry codes
};

// A record the codec or the record rules refuse fails the whole page (naming records[i].field):
// skipping it would lose it for good once the cursor moved past it.
Result<PulledPage> decodePulledPage(const QJsonObject &answer);

} // namespace careround::sync
