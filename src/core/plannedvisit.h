#pragma once
// Typed view of a "visit" record (a planned call on the rota), for the rota, the round and rules.
#include "record.h"
#include "result.h"
#include <QDateTime>
#include <QStringList>

namespace careround {

struct PlannedVisit
{
    QString visitId;
    QString personId;
    QDate careDay;
    QDateTime plannedStart; // UTC
    int durationMinutes = 0;
    QStringList workerIds; // 1, or 2 for a double-handed call
    QStringList tasks;
    QString callType; // "morning", "lunch", … (free text from the rota)
    QString instructions;
    bool cancelled = false;

    bool doubleHanded() const { return workerIds.size() == 2; }
    QDateTime plannedEnd() const { return plannedStart.addSecs(qint64(durationMinutes) * 60); }

    // Validates the record (validateRecord) and that it is a visit; errors name the field.
    static Result<PlannedVisit> fromRecord(const Record &record);
    QJsonObject toPayload() const; // the visit payload (schema version 1)
};

} // namespace careround
