#include "plannedvisit.h"
#include "recordtypes.h"
#include "recordvalidation.h"
#include <QJsonArray>

namespace careround {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

Result<PlannedVisit> PlannedVisit::fromRecord(const Record &record)
{
    if (record.type != QLatin1String(RecordType::Visit))
        return Error {QStringLiteral("type"),
                      QStringLiteral("must be visit, not %1").arg(record.type.left(64))};
    if (auto valid = validateRecord(record); !valid)
        return valid.error();
    const QJsonObject &p = record.payload;
    PlannedVisit v;
    v.visitId = record.visitId;
    v.personId = record.personId;
    v.careDay = record.careDay;
    v.plannedStart =
        QDateTime::fromString(p.value(QStringLiteral("plannedStart")).toString(), Qt::ISODateWithMs)
            .toUTC();
    v.durationMinutes = p.value(QStringLiteral("durationMinutes")).toInt();
    v.workerIds = strings(p.value(QStringLiteral("workerIds")));
    v.tasks = strings(p.value(QStringLiteral("tasks")));
    v.callType = p.value(QStringLiteral("callType")).toString();
    v.instructions = p.value(QStringLiteral("instructions")).toString();
    v.cancelled = p.value(QStringLiteral("cancelled")).toBool();
    return v;
}

QJsonObject PlannedVisit::toPayload() const
{
    QJsonObject p {{QStringLiteral("plannedStart"), plannedStart.toUTC().toString(Qt::ISODate)},
                   {QStringLiteral("durationMinutes"), durationMinutes},
                   {QStringLiteral("workerIds"), QJsonArray::fromStringList(workerIds)}};
    if (!tasks.isEmpty())
        p.insert(QStringLiteral("tasks"), QJsonArray::fromStringList(tasks));
    if (!callType.isEmpty())
        p.insert(QStringLiteral("callType"), callType);
    if (!instructions.isEmpty())
        p.insert(QStringLiteral("instructions"), instructions);
    if (cancelled)
        p.insert(QStringLiteral("cancelled"), true);
    return p;
}

} // namespace careround
