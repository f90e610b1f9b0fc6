#pragma once
// One check for every record at every boundary (UI save, store, codec, server push).
// Errors name the field with a dotted path as it appears on the Record: "authorUserId",
// "payload.goals[1].dueDate", "payload.checklist[2].result".
#include "record.h"
#include "result.h"
#include "validation/fieldcheck.h"
#include <QJsonObject>

namespace careround {

// The envelope (uuid7 id, known type, schema version, person/visit ids the type needs, care day,
// author, device, hlc, device time, amends) and then the payload of the type. A record written with
// an older payload version is first upgraded (payloadupgrades.h) and the upgraded payload is
// checked. UnknownFields::Refuse also refuses payload fields the type's schema does not name: for
// records written on this device and records the server accepts (docs/protocol.md, "Unknown
// fields"); Keep (records received from elsewhere) ignores them, so a newer schema's optional field
// is kept.
using validation::UnknownFields;
Result<void> validateRecord(const Record &record, UnknownFields unknown = UnknownFields::Keep);

// The payload alone, in its current version, for `type`; `path` prefixes the field names
// ("payload", or "payload.replacement" for an amendment's replacement).
Result<void> validatePayload(const QString &type, const QJsonObject &payload,
                             const QString &path = QStringLiteral("payload"),
                             UnknownFields unknown = UnknownFields::Keep);

} // namespace careround
