#include "refusedrecordalerts.h"

#include "server/office/uktime.h"

namespace careround::server::alerts {

Record recordRefusedAlert(const Record &refused, const Error &why, const QString &deviceId,
                          const RefusedRecordWords &words)
{
    AlertContent content;
    content.rule = QString::fromLatin1(alertrule::RecordRefused);
    content.severity = QStringLiteral("warning");
    content.summary =
        QStringLiteral("A %1 record made by %2 on %3 %4 was refused from the phone \u201c%5\u201d "
                       "(device %6), record %7: %8. The phone keeps it as refused and does not "
                       "send it again until someone asks: put right what the reason says, then "
                       "ask the worker to sync again.")
            .arg(refused.type, words.workerName.isEmpty() ? words.userId : words.workerName,
                 ukDay(refused.deviceTime).toString(Qt::ISODate), ukClock(refused.deviceTime),
                 words.deviceLabel, deviceId, refused.id, why.toString().left(300));
    content.personId = refused.personId;
    content.visitId = refused.visitId;
    content.subjectUserId = words.userId;
    content.relatedRecordIds = {refused.id};
    content.idKey = deviceId + QLatin1Char(':') + refused.id;
    return alertRecord(content, refused);
}

} // namespace careround::server::alerts
