#include "payloadupgrades.h"
#include "recordtypes.h"

namespace careround {

namespace {

using Step = QJsonObject (*)(QJsonObject);

struct UpgradeStep
{
    const char *type;
    int fromVersion; // the step turns fromVersion into fromVersion + 1
    Step apply;
};

// visit.note v1 → v2: the free text moved from "text" to "note", so every visit event calls its
// free text "note". A v1 record that already had no "text" stays without "note" (and fails
// validation naming payload.note), so nothing is invented.
QJsonObject visitNoteV1ToV2(QJsonObject payload)
{
    if (payload.contains(QStringLiteral("text")) && !payload.contains(QStringLiteral("note")))
        payload.insert(QStringLiteral("note"), payload.value(QStringLiteral("text")));
    payload.remove(QStringLiteral("text"));
    return payload;
}

constexpr UpgradeStep Steps[] = {
    {RecordType::VisitNote, 1, visitNoteV1ToV2},
};

Step findStep(const QString &type, int fromVersion)
{
    for (const UpgradeStep &step : Steps)
        if (step.fromVersion == fromVersion && type == QLatin1String(step.type))
            return step.apply;
    return nullptr;
}

} // namespace

Result<QJsonObject> upgradePayload(const QString &type, int fromVersion, QJsonObject payload)
{
    const int current = currentSchemaVersion(type);
    if (current == 0)
        return Error {QStringLiteral("type"), QStringLiteral("is not a known record type")};
    if (fromVersion < 1 || fromVersion > current)
        return Error {
            QStringLiteral("schemaVersion"),
            QStringLiteral("must be from 1 to %1 for %2 (a newer app version wrote this record?)")
                .arg(current)
                .arg(type)};
    for (int version = fromVersion; version < current; ++version) {
        const Step step = findStep(type, version);
        if (!step)
            return Error {
                QStringLiteral("schemaVersion"),
                QStringLiteral("no upgrade from version %1 of %2").arg(version).arg(type)};
        payload = step(std::move(payload));
    }
    return payload;
}

} // namespace careround
