#include "consolerecord.h"

#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "uktime.h"

namespace careround::server {

const QString kConsoleNode = QStringLiteral("office-console");

Record consoleRecord(const User &user, const char *type, const QString &personId,
                     const QDateTime &now, const HlcTimestamp &after)
{
    Record r;
    r.id = newUuid7();
    r.type = QString::fromLatin1(type);
    r.schemaVersion = currentSchemaVersion(r.type);
    r.personId = personId;
    r.careDay = ukDay(now);
    r.authorUserId = user.id;
    r.deviceId = kConsoleNode;
    r.hlc = HlcTimestamp {now.toMSecsSinceEpoch(), 0, kConsoleNode};
    if (r.hlc <= after)
        r.hlc = HlcTimestamp {after.wallMs, after.logical + 1, kConsoleNode};
    r.deviceTime = now.toUTC();
    return r;
}

} // namespace careround::server
