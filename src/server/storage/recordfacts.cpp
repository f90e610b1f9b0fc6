#include "recordfacts.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include <QJsonArray>

namespace careround::server::facts {

namespace {
QString type(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

QString plannedStartField()
{
    return QStringLiteral("plannedStart");
}
QString durationField()
{
    return QStringLiteral("durationMinutes");
}
QString workersField()
{
    return QStringLiteral("workerIds");
}

void setVisitPlan(QJsonObject &payload, const QDateTime &plannedStart, int durationMinutes,
                  const QStringList &workerIds)
{
    payload.insert(plannedStartField(), plannedStart.toUTC().toString(Qt::ISODate));
    payload.insert(durationField(), durationMinutes);
    payload.insert(workersField(), QJsonArray::fromStringList(workerIds));
}

QByteArray encode(const Record &record)
{
    return RecordCodec::encode(record);
}

Result<Record> decode(const QByteArray &body)
{
    return RecordCodec::decode(body);
}

Result<void> validate(const Record &record)
{
    return validateRecord(record);
}

Result<void> checkNewRecord(const Record &record, const QByteArray &body)
{
    if (auto known = validateRecord(record, UnknownFields::Refuse); !known)
        return known;
    if (body.size() <= RecordCodec::maxEncodedBytes)
        return {};
    return Error {
        QStringLiteral("payload"),
        QStringLiteral("makes the record %1 bytes long; a record may be at most %2 bytes (1 MiB)")
            .arg(body.size())
            .arg(RecordCodec::maxEncodedBytes)};
}

QString personType()
{
    return type(RecordType::Person);
}
QString carePlanType()
{
    return type(RecordType::CarePlan);
}
QString medicationOrderType()
{
    return type(RecordType::MedicationOrder);
}
QString visitType()
{
    return type(RecordType::Visit);
}
QString commbookType()
{
    return type(RecordType::CommbookEntry);
}

bool isPerson(const Record &record)
{
    return record.type == type(RecordType::Person);
}

bool isRotaVisit(const Record &record)
{
    return record.type == type(RecordType::Visit);
}

QStringList alwaysCurrentTypes()
{
    return {type(RecordType::Person), type(RecordType::CarePlan),
            type(RecordType::MedicationOrder)};
}

QStringList officeOwnedTypes()
{
    return alwaysCurrentTypes() << type(RecordType::Visit);
}

bool isOfficeOwned(const Record &record)
{
    return officeOwnedTypes().contains(record.type);
}

QString audience(const Record &record)
{
    const QJsonValue value = record.payload.value(QLatin1String("audience"));
    return value.isString() ? value.toString() : QString();
}

QString familyAudience()
{
    return QStringLiteral("family");
}

bool isCommbookEntry(const Record &record)
{
    return record.type == type(RecordType::CommbookEntry);
}

bool isDeliveredVisit(const Record &record)
{
    return record.type == type(RecordType::VisitCheckOut);
}

QStringList familyVisibleTypes()
{
    // Acknowledgements and amendments are narrowed to family-shared entries by the family view.
    return {type(RecordType::CommbookEntry), type(RecordType::VisitCheckOut),
            type(RecordType::Person), type(RecordType::CommbookAck), type(RecordType::Amendment)};
}

Record visitSummary(const Record &delivered, const QString &workerFirstName)
{
    Record summary;
    summary.id = delivered.id;
    summary.type = type(RecordType::VisitSummary);
    summary.schemaVersion = 1;
    // Derived here: the server is its author, so the worker's user id never reaches the family.
    summary.authorUserId = QStringLiteral("careround-server");
    summary.deviceId = QStringLiteral("careround-server");
    summary.personId = delivered.personId;
    summary.visitId = delivered.visitId;
    summary.careDay = delivered.careDay;
    summary.hlc = HlcTimestamp {delivered.hlc.wallMs, delivered.hlc.logical,
                                summary.deviceId}; // no device id either
    summary.deviceTime = delivered.deviceTime;
    summary.payload = QJsonObject {
        {QStringLiteral("date"), delivered.careDay.toString(Qt::ISODate)},
        {QStringLiteral("completedAt"), delivered.deviceTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("workerFirstName"), workerFirstName}};
    return summary;
}

Result<VisitAssignment> visitAssignment(const Record &record, const QString &orgId)
{
    VisitAssignment visit;
    visit.visitId = record.visitId.isEmpty() ? record.id : record.visitId;
    visit.orgId = orgId;
    visit.personId = record.personId;
    visit.recordId = record.id;
    if (visit.personId.isEmpty())
        return Error {QStringLiteral("personId"),
                      QStringLiteral("a visit needs the person visited")};
    const QJsonObject &p = record.payload;
    visit.plannedStart =
        QDateTime::fromString(p.value(plannedStartField()).toString(), Qt::ISODate).toUTC();
    if (!visit.plannedStart.isValid())
        return Error {QStringLiteral("payload.") + plannedStartField(),
                      QStringLiteral("must be an ISO 8601 date-time")};
    visit.durationMinutes = p.value(durationField()).toInt();
    if (visit.durationMinutes <= 0)
        return Error {QStringLiteral("payload.") + durationField(),
                      QStringLiteral("must be a positive number of minutes")};
    // A cancelled visit keeps its record but assigns nobody (core: "cancelled": true).
    const bool cancelled = p.value(QLatin1String("cancelled")).toBool()
        || p.value(QLatin1String("status")).toString() == QLatin1String("cancelled");
    if (!cancelled) {
        for (const QJsonValue &worker : p.value(workersField()).toArray()) {
            const QString id = worker.toString();
            if (id.isEmpty() || id.contains(QLatin1Char(',')))
                return Error {QStringLiteral("payload.") + workersField(),
                              QStringLiteral("must be a list of user ids")};
            if (!visit.workerIds.contains(id))
                visit.workerIds.append(id);
        }
    }
    return visit;
}

} // namespace careround::server::facts
