#include "recordfactory.h"
#include "core/hlc.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace careround::testutil {

namespace {

HybridLogicalClock &clock()
{
    static HybridLogicalClock instance(QStringLiteral("device-test"));
    return instance;
}

const QString Author = QStringLiteral("user-0001");
const QString Device = QStringLiteral("device-test");

QJsonObject fixAt(double accuracyM)
{
    return {{QStringLiteral("latitude"), 51.2787},
            {QStringLiteral("longitude"), 1.0789},
            {QStringLiteral("accuracyM"), accuracyM}};
}

// Every shape keeps its free text in "note", the name all visit events use.
QJsonObject payloadFor(RecordShape shape, const QString &text)
{
    switch (shape) {
    case RecordShape::Note:
        return {{QStringLiteral("note"), text}};
    case RecordShape::CheckIn:
    case RecordShape::CheckOut:
        return {{QStringLiteral("note"), text},
                {QStringLiteral("verification"), QStringLiteral("verified")},
                {QStringLiteral("location"), fixAt(shape == RecordShape::CheckIn ? 12.5 : 8)},
                {QStringLiteral("distanceToHomeM"), 14}};
    case RecordShape::Medication:
        return {{QStringLiteral("note"), text},
                {QStringLiteral("orderId"), QStringLiteral("order-0001")},
                {QStringLiteral("scheduledTime"), QStringLiteral("08:00")},
                {QStringLiteral("outcome"), QStringLiteral("given")},
                {QStringLiteral("dose"), QStringLiteral("two tablets")},
                {QStringLiteral("administeredAt"), QStringLiteral("2025-03-01T08:05:00Z")}};
    case RecordShape::Count:
        break;
    }
    return {};
}

QString typeFor(RecordShape shape)
{
    switch (shape) {
    case RecordShape::Note:
        return QStringLiteral("visit.note");
    case RecordShape::CheckIn:
        return QStringLiteral("visit.checkin");
    case RecordShape::CheckOut:
        return QStringLiteral("visit.checkout");
    case RecordShape::Medication:
        return QStringLiteral("medication.administration");
    case RecordShape::Count:
        break;
    }
    return {};
}

} // namespace

QString newId()
{
    return newUuid7();
}

QString shapeName(RecordShape shape)
{
    return typeFor(shape);
}

Record makeRecord(RecordShape shape, const QString &text, const QString &personId,
                  const QString &visitId, const QDate &careDay)
{
    Record r;
    r.id = newUuid7();
    r.type = typeFor(shape);
    r.schemaVersion = currentSchemaVersion(r.type);
    r.personId = personId.isEmpty() ? newUuid7() : personId;
    r.visitId = visitId.isEmpty() ? newUuid7() : visitId;
    r.careDay = careDay.isValid() ? careDay : QDate::currentDate();
    r.authorUserId = Author;
    r.deviceId = Device;
    r.hlc = clock().now();
    r.deviceTime = QDateTime::fromMSecsSinceEpoch(r.hlc.wallMs, QTimeZone::utc());
    r.payload = payloadFor(shape, text.isEmpty() ? QStringLiteral("-") : text);
    return r;
}

QString recordText(const Record &record)
{
    return record.payload.value(QStringLiteral("note")).toString();
}

QList<InvalidRecord> invalidRecords()
{
    QList<InvalidRecord> out;
    auto broken = [&out](const char *description, const char *field, auto change) {
        Record r = makeRecord(RecordShape::Note, QStringLiteral("invalid"));
        change(r);
        out.append({QString::fromUtf8(description), r, QString::fromUtf8(field)});
    };
    broken("empty id", "id", [](Record &r) { r.id.clear(); });
    broken("id not a UUIDv7", "id", [](Record &r) { r.id = QStringLiteral("not-a-uuid"); });
    broken("unknown type", "type", [](Record &r) { r.type = QStringLiteral("no.such.type"); });
    broken("no author", "authorUserId", [](Record &r) { r.authorUserId.clear(); });
    broken("no device", "deviceId", [](Record &r) { r.deviceId.clear(); });
    broken("no clock", "hlc", [](Record &r) { r.hlc = {}; });
    broken("no care day", "careDay", [](Record &r) { r.careDay = {}; });
    broken("note without text", "payload.note", [](Record &r) { r.payload = {}; });
    return out;
}

HistoryPlan HistoryPlan::forTotal(int records)
{
    HistoryPlan plan;
    const int perDay = plan.visitsPerDay * plan.recordsPerVisit;
    plan.days = (records + perDay - 1) / perDay;
    for (int i = 0; i < 14; ++i)
        plan.people << newUuid7();
    return plan;
}

QList<Record> makeDay(const HistoryPlan &plan, int dayIndex)
{
    QList<Record> day;
    day.reserve(plan.visitsPerDay * plan.recordsPerVisit);
    const QDate date = plan.dayDate(dayIndex);
    for (int v = 0; v < plan.visitsPerDay; ++v) {
        const QString person = plan.people.at((dayIndex + v) % plan.people.size());
        const QString visit = newUuid7();
        for (int i = 0; i < plan.recordsPerVisit; ++i) {
            const RecordShape shape = i == 0    ? RecordShape::CheckIn
                : i == plan.recordsPerVisit - 1 ? RecordShape::CheckOut
                : i % 3 == 0                    ? RecordShape::Medication
                                                : RecordShape::Note;
            day.append(makeRecord(
                shape,
                QStringLiteral("Visit %1 entry %2: ate well, walked to the kitchen.").arg(v).arg(i),
                person, visit, date));
        }
    }
    return day;
}

} // namespace careround::testutil
