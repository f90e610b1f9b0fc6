#pragma once
// One MAR slot is one order's dose at one scheduled time on one care day. Two different records
// for one slot are a clinical conflict (was it given twice?), shown to a human, never resolved
// silently. The same record delivered twice (same id) is one record.
#include "amendments.h"
#include <QDate>
#include <QList>
#include <optional>

namespace careround {

struct DoseSlot
{
    QString orderId;
    QDate careDay;
    QString scheduledTime; // "HH:mm"
    friend bool operator==(const DoseSlot &, const DoseSlot &) = default;
};

struct SlotRecords
{
    QList<EffectiveRecord> administrations; // not withdrawn, replacements applied, HLC order
    bool recorded() const { return !administrations.isEmpty(); }
    bool conflict() const { return administrations.size() > 1; }
    // For "already recorded on this device": those made by `deviceId`.
    QList<EffectiveRecord> fromDevice(const QString &deviceId) const;
};

// The slot of a regular (non-PRN) administration; nullopt for a PRN dose or another type.
std::optional<DoseSlot> slotOf(const Record &administration);

// `records`: the person's records (any types, amendments included).
SlotRecords administrationsForSlot(const QList<Record> &records, const DoseSlot &slot);

} // namespace careround
