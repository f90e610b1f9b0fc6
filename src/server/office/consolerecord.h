#pragma once
// A record the office console writes on the signed-in user's behalf: a new id, the user as author,
// device and HLC node "office-console" (a browser has no enrolled device), today's UK care day.
#include "core/record.h"
#include "server/storage/servertypes.h"

namespace careround::server {

extern const QString kConsoleNode;

// `after`: an HLC the record must follow (the version it amends), even when the clock has not
// moved since; amendments apply in HLC order.
Record consoleRecord(const User &user, const char *type, const QString &personId,
                     const QDateTime &now, const HlcTimestamp &after = {});

} // namespace careround::server
