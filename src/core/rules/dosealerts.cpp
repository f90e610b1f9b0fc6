#include "dosealerts.h"

#include "core/recordtypes.h"
#include "slotrecords.h"

namespace careround {

bool isReportableNotGiven(MedicationOutcome outcome)
{
    switch (outcome) {
    case MedicationOutcome::InHospital:
    case MedicationOutcome::NoVisit:
    case MedicationOutcome::NotAvailable:
    case MedicationOutcome::NauseaVomiting:
        return true;
    default:
        return false;
    }
}

QList<DueDose> overdueTimeCriticalDoses(const QList<DueDose> &doses,
                                        const QList<Record> &personRecords, const QDateTime &now)
{
    QList<DueDose> overdue;
    for (const DueDose &dose : doses) {
        if (!dose.timeCritical || !dose.windowEnd.isValid() || now < dose.windowEnd)
            continue;
        const DoseSlot slot {dose.orderId, dose.careDay, dose.scheduledTime};
        if (!administrationsForSlot(personRecords, slot).recorded())
            overdue.append(dose);
    }
    return overdue;
}

QList<Record> reportableNotGivenRecords(const QList<Record> &personRecords)
{
    QList<Record> found;
    const QString type = QString::fromLatin1(RecordType::MedicationAdministration);
    for (const EffectiveRecord &e : effectiveRecords(personRecords, type)) {
        const auto outcome =
            medicationOutcomeFromCode(e.record.payload.value(QLatin1String("outcome")).toString());
        if (outcome && isReportableNotGiven(*outcome))
            found.append(e.record);
    }
    return found;
}

} // namespace careround
