#pragma once
// A medication order's versions: the original record and every replacement amendment of it, in
// the order effectiveRecords applies them (HLC, then id), so the last version here is the payload
// the MAR and PRN rules use. The office shows this as the order's history and checks the version
// a coordinator edited against it (a stale version is refused, never overwritten).
#include "core/record.h"
#include <QList>
#include <QStringList>

namespace careround {

struct OrderVersion
{
    int number = 1; // 1 = the original order, 2 = its first amendment, ...
    QString recordId; // the order's record id (version 1) or the amendment's
    QString authorUserId;
    QDateTime at; // the writer's device time (UTC)
    HlcTimestamp hlc; // where it sorts: a new amendment must come after the current version
    QString reason; // the amendment's reason; empty for version 1
    QStringList changedFields; // payload fields that differ from the previous version
    QJsonObject payload; // the order as this version gives it
};

struct OrderHistory
{
    QString orderId;
    QString personId;
    QList<OrderVersion> versions; // never empty
    const OrderVersion &current() const { return versions.constLast(); }
};

// Histories of the medication orders in `records` (any people), withdrawn orders left out, in
// the order effectiveRecords gives them.
QList<OrderHistory> medicationOrderHistories(const QList<Record> &records);

// Top-level payload fields whose values differ (added, removed or changed), sorted.
QStringList changedPayloadFields(const QJsonObject &before, const QJsonObject &after);

} // namespace careround
