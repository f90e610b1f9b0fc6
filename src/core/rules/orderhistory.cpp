#include "orderhistory.h"
#include "amendments.h"
#include "core/recordtypes.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace careround {

QStringList changedPayloadFields(const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> keys;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        keys.insert(it.key());
    QStringList changed;
    for (const QString &key : std::as_const(keys))
        if (before.value(key) != after.value(key))
            changed.append(key);
    std::sort(changed.begin(), changed.end());
    return changed;
}

QList<OrderHistory> medicationOrderHistories(const QList<Record> &records)
{
    const QString orderType = QString::fromLatin1(RecordType::MedicationOrder);
    // Replacements of each order, the same ones (and in the same order) effectiveRecords applies.
    QHash<QString, QList<const Record *>> replacements;
    QSet<QString> seen;
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::Amendment) || seen.contains(r.id)
            || !r.payload.value(QStringLiteral("replacement")).isObject()
            || r.payload.value(QStringLiteral("amendedType")).toString() != orderType)
            continue;
        seen.insert(r.id);
        replacements[r.amends].append(&r);
    }
    QList<OrderHistory> out;
    for (const EffectiveRecord &e : effectiveRecords(records, orderType)) {
        OrderHistory history {e.record.id, e.record.personId, {}};
        // The original payload (effectiveRecords put the latest replacement in its place).
        QJsonObject original;
        for (const Record &r : records)
            if (r.id == e.record.id && r.type == orderType) {
                original = r.payload;
                break;
            }
        history.versions.append(OrderVersion {1,
                                              e.record.id,
                                              e.record.authorUserId,
                                              e.record.deviceTime,
                                              e.record.hlc,
                                              {},
                                              {},
                                              original});
        QList<const Record *> amendments = replacements.value(e.record.id);
        std::sort(amendments.begin(), amendments.end(), [](const Record *a, const Record *b) {
            return a->hlc != b->hlc ? a->hlc < b->hlc : a->id < b->id;
        });
        for (const Record *a : std::as_const(amendments)) {
            const QJsonObject payload = a->payload.value(QStringLiteral("replacement")).toObject();
            history.versions.append(OrderVersion {
                int(history.versions.size()) + 1, a->id, a->authorUserId, a->deviceTime, a->hlc,
                a->payload.value(QStringLiteral("reason")).toString(),
                changedPayloadFields(history.versions.constLast().payload, payload), payload});
        }
        out.append(history);
    }
    return out;
}

} // namespace careround
