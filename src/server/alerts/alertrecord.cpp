#include "alertrecord.h"

#include "core/recordtypes.h"
#include "core/uuid7.h"

#include <QJsonArray>
#include <limits>

namespace careround::server::alerts {

QString serverAuthorId()
{
    return QStringLiteral("careround-server");
}

Record alertRecord(AlertContent content, const Record &latest)
{
    content.relatedRecordIds.sort();
    content.relatedRecordIds.removeDuplicates();
    const QByteArray seed =
        (content.rule + QLatin1Char(':')
         + (content.idKey.isEmpty() ? content.relatedRecordIds.join(QLatin1Char(','))
                                    : content.idKey))
            .toUtf8();
    Record alert;
    alert.id = deterministicUuid7(latest.hlc.wallMs, seed);
    alert.type = QString::fromLatin1(RecordType::Alert);
    alert.schemaVersion = currentSchemaVersion(alert.type);
    alert.personId = content.personId;
    alert.visitId = content.visitId;
    alert.careDay = latest.careDay;
    alert.authorUserId = serverAuthorId();
    alert.deviceId = serverAuthorId();
    // Just after the latest related record, so every replica orders the alert after its cause.
    const quint32 logical = latest.hlc.logical < std::numeric_limits<quint32>::max()
        ? latest.hlc.logical + 1
        : latest.hlc.logical;
    alert.hlc = HlcTimestamp {latest.hlc.wallMs, logical, serverAuthorId()};
    alert.deviceTime = latest.deviceTime.toUTC();
    QJsonObject payload {
        {QStringLiteral("rule"), content.rule},
        {QStringLiteral("severity"), content.severity},
        {QStringLiteral("summary"), content.summary},
        {QStringLiteral("relatedRecordIds"), QJsonArray::fromStringList(content.relatedRecordIds)}};
    if (!content.subjectUserId.isEmpty())
        payload.insert(QStringLiteral("subjectUserId"), content.subjectUserId);
    alert.payload = payload;
    return alert;
}

} // namespace careround::server::alerts
