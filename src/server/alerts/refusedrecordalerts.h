#pragma once
// A record the server refuses on a push stays on the phone as "refused by the office" and no
// longer counts as waiting to be sent (docs/sync.md): the office must hear of it, or care recorded
// on that phone could go unseen. One alert per device and record (id from both), naming the
// device, the worker, the record and the reason; pulled by the office like any alert of the person.
#include "alertrecord.h"
#include "core/result.h"

namespace careround::server::alerts {

struct RefusedRecordWords
{
    QString userId; // who pushed it
    QString workerName;
    QString deviceLabel;
};

Record recordRefusedAlert(const Record &refused, const Error &why, const QString &deviceId,
                          const RefusedRecordWords &words);

} // namespace careround::server::alerts
