#include "councilnotices.h"

#include "core/alertrules.h"

#include "core/medicationoutcome.h"
#include "core/recordtypes.h"

#include <QHash>
#include <QJsonArray>

namespace careround {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QDateTime instant(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(text(object, key), Qt::ISODateWithMs).toUTC();
}

const Record *relatedOfType(const QList<Record> &related, const char *type)
{
    for (const Record &record : related)
        if (record.type == QLatin1String(type))
            return &record;
    return nullptr;
}

// An incident the council hears of: safeguarding, hospital admission, death, or any serious one.
QString incidentKind(const QJsonObject &incident)
{
    const QString kind = text(incident, "kind");
    if (kind == QLatin1String("safeguarding"))
        return QStringLiteral("safeguarding_concern");
    if (kind == QLatin1String("hospital_admission") || kind == QLatin1String("death"))
        return kind;
    if (text(incident, "severity") == QLatin1String("serious"))
        return QStringLiteral("serious_incident");
    return {};
}

// How the incident was reported (the codes, never who or what was said).
QStringList reportedBy(const QJsonObject &incident)
{
    QStringList actions;
    for (const QJsonValue &entry : incident.value(QLatin1String("reportedTo")).toArray()) {
        const QString how = entry.toObject().value(QLatin1String("how")).toString();
        const QString action = how == QLatin1String("written")
            ? QStringLiteral("reported_in_writing")
            : QStringLiteral("reported_by_") + how;
        if (!how.isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    return actions;
}

// A dose not given for a reason the specification lists.
QString doseKind(const QJsonObject &administration)
{
    const auto outcome = medicationOutcomeFromCode(text(administration, "outcome"));
    if (!outcome)
        return {};
    switch (*outcome) {
    case MedicationOutcome::InHospital:
        return QStringLiteral("hospital_admission");
    case MedicationOutcome::NoVisit:
        return QStringLiteral("missed_call");
    case MedicationOutcome::NauseaVomiting:
        return QStringLiteral("deterioration");
    default:
        return {};
    }
}

} // namespace

std::optional<CouncilNotice> councilNotice(const Record &alert, const QList<Record> &related)
{
    if (alert.type != QLatin1String(RecordType::Alert))
        return std::nullopt;
    const QString rule = text(alert.payload, "rule");
    CouncilNotice notice;
    notice.alertId = alert.id;
    notice.severity = text(alert.payload, "severity");
    notice.personId = alert.personId;
    notice.visitId = alert.visitId;
    notice.occurredAt = alert.deviceTime.toUTC(); // scheduled alerts: the slot
    notice.actionsTaken = {QStringLiteral("office_alerted")};
    if (rule == QLatin1String(alertrule::MissedVisit))
        notice.kind = QStringLiteral("missed_call");
    else if (rule == QLatin1String(alertrule::LateVisit))
        notice.kind = QStringLiteral("late_call");
    else if (rule == QLatin1String(alertrule::ThreeRefusals))
        notice.kind = QStringLiteral("three_refusals");
    else if (rule == QLatin1String(alertrule::Incident)) {
        const Record *incident = relatedOfType(related, RecordType::Incident);
        if (!incident)
            return std::nullopt;
        notice.kind = incidentKind(incident->payload);
        notice.occurredAt = instant(incident->payload, "occurredAt");
        notice.actionsTaken += reportedBy(incident->payload);
    } else if (rule == QLatin1String(alertrule::MedicationNotGiven)) {
        const Record *dose = relatedOfType(related, RecordType::MedicationAdministration);
        if (!dose)
            return std::nullopt;
        notice.kind = doseKind(dose->payload);
    }
    if (notice.kind.isEmpty() || notice.personId.isEmpty() || !notice.occurredAt.isValid())
        return std::nullopt;
    return notice;
}

QJsonObject councilNoticeJson(const CouncilNotice &notice)
{
    QJsonObject json {
        {QStringLiteral("alertId"), notice.alertId},
        {QStringLiteral("kind"), notice.kind},
        {QStringLiteral("severity"), notice.severity},
        {QStringLiteral("personRef"), notice.personId},
        {QStringLiteral("occurredAt"), notice.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actionsTaken"), QJsonArray::fromStringList(notice.actionsTaken)}};
    if (!notice.visitId.isEmpty())
        json.insert(QStringLiteral("visitId"), notice.visitId);
    return json;
}

std::optional<CouncilNotice> councilNoticeFromJson(const QJsonObject &json)
{
    CouncilNotice notice;
    notice.alertId = text(json, "alertId");
    notice.kind = text(json, "kind");
    notice.severity = text(json, "severity");
    notice.personId = text(json, "personRef");
    notice.visitId = text(json, "visitId");
    notice.occurredAt = instant(json, "occurredAt");
    for (const QJsonValue &action : json.value(QLatin1String("actionsTaken")).toArray())
        notice.actionsTaken.append(action.toString());
    if (notice.alertId.isEmpty() || notice.kind.isEmpty() || notice.personId.isEmpty()
        || !notice.occurredAt.isValid())
        return std::nullopt;
    return notice;
}

QString councilNoticeKindWords(const QString &kind)
{
    static const QHash<QString, QString> words {
        {QStringLiteral("missed_call"), QStringLiteral("Missed call")},
        {QStringLiteral("late_call"), QStringLiteral("Late call")},
        {QStringLiteral("safeguarding_concern"), QStringLiteral("Safeguarding concern")},
        {QStringLiteral("serious_incident"), QStringLiteral("Serious incident")},
        {QStringLiteral("hospital_admission"), QStringLiteral("Hospital admission")},
        {QStringLiteral("death"), QStringLiteral("Death")},
        {QStringLiteral("three_refusals"), QStringLiteral("Refusals on three consecutive visits")},
        {QStringLiteral("deterioration"), QStringLiteral("Deterioration")}};
    return words.value(kind, kind);
}

} // namespace careround
