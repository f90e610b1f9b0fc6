#pragma once
// Reading an exported FHIR Bundle in the tests: its resources, the current version of each, and
// every value of a key anywhere in it.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace careround::server::test {

// The bundle's resources of `type` (every version), in bundle order; empty type = all.
QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type = {});
// The current version of each resource of `type` (the highest meta.versionId), by id.
QHash<QString, QJsonObject> current(const QJsonObject &bundle, const QString &type);
// Every string value of `key` at any depth.
void collect(const QJsonValue &value, const QString &key, QStringList &out);
// The first element's "text" of the array at `key` (statusReason, reason…).
QString text(const QJsonObject &r, const char *key);

} // namespace careround::server::test
