#pragma once
// A valid record of every type, for the core tests (and any other layer's tests that need real
// payloads: link careround_core_samples). Each call makes a fresh id and HLC timestamp.
#include "core/record.h"
#include <QJsonObject>
#include <QJsonValue>

namespace careround::samples {

QJsonObject payload(const QString &type); // the current schema version's payload
Record record(const QString &type, const QString &personId = {}, const QString &visitId = {});

// Sets or (with an undefined value) removes the value at a dotted path with [index] steps,
// e.g. "checklist[2].result" or "location.accuracyM".
QJsonObject withPath(const QJsonObject &object, const QString &path, const QJsonValue &value);

} // namespace careround::samples
