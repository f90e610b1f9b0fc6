#include "recordvalidation.h"
#include "payloadupgrades.h"
#include "recordtypes.h"
#include "uuid7.h"
#include "validation/payloads.h"
#include <QHash>

namespace careround {

using namespace validation;

namespace {

using PayloadCheck = void (*)(FieldCheck &);

const QHash<QString, PayloadCheck> &payloadChecks()
{
    static const QHash<QString, PayloadCheck> checks = [] {
        const std::pair<const char *, PayloadCheck> table[] = {
            {RecordType::Person, checkPerson},
            {RecordType::PersonEntryCodes, checkPersonEntryCodes},
            {RecordType::CarePlan, checkCarePlan},
            {RecordType::MedicationOrder, checkMedicationOrder},
            {RecordType::Visit, checkVisit},
            {RecordType::ReablementEpisode, checkReablementEpisode},
            {RecordType::ReablementReview, checkReablementReview},
            {RecordType::GoalProgress, checkGoalProgress},
            {RecordType::VisitCheckIn, checkVisitPresence},
            {RecordType::VisitCheckOut, checkVisitPresence},
            {RecordType::VisitTask, checkVisitTask},
            {RecordType::VisitNote, checkVisitNote},
            {RecordType::VisitFinance, checkVisitFinance},
            {RecordType::VisitNoAccess, checkVisitNoAccess},
            {RecordType::VisitFileRead, checkVisitFileRead},
            {RecordType::MedicationAdministration, checkMedicationAdministration},
            {RecordType::VisitSummary, checkVisitSummary},
            {RecordType::CommbookEntry, checkCommbookEntry},
            {RecordType::CommbookAck, checkCommbookAck},
            {RecordType::SpotCheck, checkSpotCheck},
            {RecordType::SpotCheckAck, checkSpotCheckAck},
            {RecordType::Supervision, checkSupervision},
            {RecordType::Incident, checkIncident},
            {RecordType::Amendment, checkAmendment},
            {RecordType::Alert, checkAlert},
            {RecordType::AlertAction, checkAlertAction},
        };
        QHash<QString, PayloadCheck> map;
        for (const auto &[type, check] : table)
            map.insert(QString::fromLatin1(type), check);
        return map;
    }();
    return checks;
}

Result<void> checkId(const QString &value, const char *field, bool required)
{
    if (value.isEmpty())
        return required
            ? Result<void>(Error {QString::fromLatin1(field), QStringLiteral("is required")})
            : Result<void>();
    if (value.size() > MaxIdLength || value.trimmed() != value)
        return Error {
            QString::fromLatin1(field),
            QStringLiteral("must be an id of at most %1 characters without surrounding spaces")
                .arg(MaxIdLength)};
    return {};
}

Result<void> validateEnvelope(const Record &r)
{
    const auto error = [](const char *field, const QString &message) {
        return Result<void>(Error {QString::fromLatin1(field), message});
    };
    if (r.id.isEmpty())
        return error("id", QStringLiteral("is required"));
    if (!isUuid7(r.id))
        return error("id", QStringLiteral("must be a lower-case UUIDv7"));
    if (r.type.isEmpty())
        return error("type", QStringLiteral("is required"));
    if (!isKnownRecordType(r.type))
        return error(
            "type", QStringLiteral("is not a known record type: %1").arg(r.type.left(MaxIdLength)));
    const int current = currentSchemaVersion(r.type);
    if (r.schemaVersion < 1 || r.schemaVersion > current)
        return error("schemaVersion",
                     QStringLiteral("must be from 1 to %1 for %2").arg(current).arg(r.type));
    for (auto check :
         {checkId(r.personId, "personId", recordTypeNeedsPerson(r.type)),
          checkId(r.visitId, "visitId", recordTypeNeedsVisit(r.type)),
          checkId(r.authorUserId, "authorUserId", true), checkId(r.deviceId, "deviceId", true)})
        if (!check)
            return check;
    if (!r.careDay.isValid())
        return error("careDay", QStringLiteral("is required"));
    if (r.hlc.isNull())
        return error("hlc", QStringLiteral("is required"));
    if (!r.hlc.isValid())
        return error("hlc",
                     QStringLiteral("must have a wall time after 1970 and a node of 1-128 "
                                    "characters [A-Za-z0-9._:@-]"));
    if (!r.deviceTime.isValid())
        return error("deviceTime", QStringLiteral("is required"));
    if (r.type == QLatin1String(RecordType::Amendment) && r.amends.isEmpty())
        return error("amends", QStringLiteral("is required: the id of the record this corrects"));
    if (!r.amends.isEmpty() && !isUuid7(r.amends))
        return error("amends", QStringLiteral("must be a lower-case UUIDv7"));
    if (r.amends == r.id)
        return error("amends", QStringLiteral("must not be the record's own id"));
    return {};
}

} // namespace

Result<void> validatePayload(const QString &type, const QJsonObject &payload, const QString &path,
                             UnknownFields unknown)
{
    const PayloadCheck check = payloadChecks().value(type, nullptr);
    if (!check)
        return Error {QStringLiteral("type"),
                      QStringLiteral("is not a known record type: %1").arg(type.left(MaxIdLength))};
    FieldCheck c(payload, path, unknown);
    check(c);
    c.refuseUnknown();
    return c.result();
}

Result<void> validateRecord(const Record &record, UnknownFields unknown)
{
    if (auto envelope = validateEnvelope(record); !envelope)
        return envelope;
    auto upgraded = upgradePayload(record.type, record.schemaVersion, record.payload);
    if (!upgraded)
        return upgraded.error();
    return validatePayload(record.type, upgraded.value(), QStringLiteral("payload"), unknown);
}

} // namespace careround
