#include "orderedits.h"

#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "core/uuid7.h"
#include "uktime.h"

namespace careround::server {

namespace {

const QString kVersionField = QStringLiteral("version");

Record envelope(const OrderWriter &writer, const QString &type, const QString &personId)
{
    Record r;
    r.id = newUuid7();
    r.type = type;
    r.schemaVersion = currentSchemaVersion(type);
    r.personId = personId;
    r.careDay = ukDay(writer.now);
    r.authorUserId = writer.userId;
    r.deviceId = writer.deviceId;
    r.hlc = HlcTimestamp {writer.now.toMSecsSinceEpoch(), 0, writer.deviceId};
    r.deviceTime = writer.now.toUTC();
    return r;
}

// "payload.dose" / "payload.replacement.dose" -> "dose": the form's name for the field.
Result<Record> checked(const Record &record)
{
    auto ok = validateRecord(record, UnknownFields::Refuse);
    if (ok)
        return record;
    QString field = ok.error().field;
    for (const QString &prefix :
         {QStringLiteral("payload.replacement."), QStringLiteral("payload.")}) {
        if (field.startsWith(prefix)) {
            field = field.mid(prefix.size());
            break;
        }
    }
    return Error {field, ok.error().message};
}

} // namespace

Result<Record> newMedicationOrder(const OrderWriter &writer, const QString &personId,
                                  const QJsonObject &order)
{
    Record r = envelope(writer, QString::fromLatin1(RecordType::MedicationOrder), personId);
    r.payload = order;
    return checked(r);
}

Result<Record> amendMedicationOrder(const OrderWriter &writer, const OrderHistory &history,
                                    int expectedVersion, const QJsonObject &replacement,
                                    const QString &reason)
{
    const int current = history.current().number;
    if (expectedVersion != current)
        return Error {kVersionField,
                      QStringLiteral("this order has changed since you opened it (you edited "
                                     "version %1, the current one is %2): reload and try again")
                          .arg(expectedVersion)
                          .arg(current)};
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("reason"), QStringLiteral("is required")};
    if (replacement == history.current().payload)
        return Error {QStringLiteral("changes"), QStringLiteral("nothing was changed")};
    Record r = envelope(writer, QString::fromLatin1(RecordType::Amendment), history.personId);
    r.amends = history.orderId;
    // After the current version whatever the clocks say (an import's clock may be ahead of this
    // request's): core applies the latest amendment by HLC, so this one must sort last.
    const HlcTimestamp &latest = history.current().hlc;
    if (!(latest < r.hlc))
        r.hlc = HlcTimestamp {latest.wallMs, latest.logical + 1, writer.deviceId};
    r.payload = {{QStringLiteral("reason"), reason.trimmed()},
                 {QStringLiteral("amendedType"), QString::fromLatin1(RecordType::MedicationOrder)},
                 {QStringLiteral("replacement"), replacement}};
    return checked(r);
}

QJsonObject withChanges(const QJsonObject &current, const QJsonObject &changes)
{
    QJsonObject out = current;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            out.remove(it.key());
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject stoppedOrder(const QJsonObject &current, const QDate &lastDay, const QString &reason)
{
    QJsonObject out = current;
    out.insert(QStringLiteral("stopDate"), lastDay.toString(Qt::ISODate));
    out.insert(QStringLiteral("stopReason"), reason.trimmed());
    return out;
}

bool isStaleVersion(const Error &error)
{
    return error.field == kVersionField;
}

} // namespace careround::server
