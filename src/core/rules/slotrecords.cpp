#include "slotrecords.h"
#include "core/recordtypes.h"

namespace careround {

QList<EffectiveRecord> SlotRecords::fromDevice(const QString &deviceId) const
{
    QList<EffectiveRecord> out;
    for (const EffectiveRecord &e : administrations)
        if (e.record.deviceId == deviceId)
            out.append(e);
    return out;
}

std::optional<DoseSlot> slotOf(const Record &administration)
{
    if (administration.type != QLatin1String(RecordType::MedicationAdministration)
        || administration.payload.value(QStringLiteral("prn")).toBool())
        return std::nullopt;
    return DoseSlot {administration.payload.value(QStringLiteral("orderId")).toString(),
                     administration.careDay,
                     administration.payload.value(QStringLiteral("scheduledTime")).toString()};
}

SlotRecords administrationsForSlot(const QList<Record> &records, const DoseSlot &slot)
{
    SlotRecords out;
    const auto admins =
        effectiveRecords(records, QString::fromLatin1(RecordType::MedicationAdministration));
    for (const EffectiveRecord &e : admins)
        if (slotOf(e.record) == slot)
            out.administrations.append(e);
    return out;
}

} // namespace careround
