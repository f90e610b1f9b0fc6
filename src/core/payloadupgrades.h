#pragma once
// Older payload versions are upgraded step by step (v1 → v2 → …) through an explicit table, so a
// record written by an old app version is read by a new one. Steps never drop information.
#include "result.h"
#include <QJsonObject>
#include <QString>

namespace careround {

// Upgrades `payload` of `type` from `fromVersion` to currentSchemaVersion(type). Errors: unknown
// type, a version newer than this build knows ("schemaVersion"), a version below 1, a missing step.
Result<QJsonObject> upgradePayload(const QString &type, int fromVersion, QJsonObject payload);

} // namespace careround
