#pragma once
// Medication orders written by the office (docs/office.md, "Medication orders"): a new order, a
// change and a stop. A change or a stop is an amendment of the order (its replacement is the
// whole new order), never a second order, so the MAR and PRN rules on every phone use the
// current version only. Pure: builds and checks the records; the caller stores them through
// ScopeService::pushFromConsole. Errors name the field as the form knows it ("dose",
// "prnProtocol.maxDosesPer24h", "version", "reason").
#include "core/record.h"
#include "core/result.h"
#include "core/rules/orderhistory.h"
#include "server/storage/servertypes.h"

namespace careround::server {

struct OrderWriter
{
    QString userId;
    QString deviceId; // the node the records name as their device
    QDateTime now;
};

// A new medication.order for `personId` with `order` as its payload (record field names).
Result<Record> newMedicationOrder(const OrderWriter &writer, const QString &personId,
                                  const QJsonObject &order);

// An amendment of `history`'s order giving `replacement` as its new payload. `expectedVersion`
// must be the current version's number, else an Error on "version" whose message says which is
// current (the caller answers 409). Nothing changed: Error on "changes".
Result<Record> amendMedicationOrder(const OrderWriter &writer, const OrderHistory &history,
                                    int expectedVersion, const QJsonObject &replacement,
                                    const QString &reason);

// The current order with `changes` applied: each member replaces the field; null removes it.
QJsonObject withChanges(const QJsonObject &current, const QJsonObject &changes);

// The current order stopped after `lastDay` (its stopDate, the last day given) for `reason`.
QJsonObject stoppedOrder(const QJsonObject &current, const QDate &lastDay, const QString &reason);

// True when `error` is the stale-version refusal of amendMedicationOrder.
bool isStaleVersion(const Error &error);

} // namespace careround::server
