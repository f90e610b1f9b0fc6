#include "incidentalerts.h"

#include "server/office/uktime.h"

#include <QHash>

namespace careround::server::alerts {

namespace {

QString kindWords(const QString &kind)
{
    static const QHash<QString, QString> words {
        {QStringLiteral("accident"), QStringLiteral("Accident")},
        {QStringLiteral("fall"), QStringLiteral("Fall")},
        {QStringLiteral("safeguarding"), QStringLiteral("Safeguarding concern")},
        {QStringLiteral("medication_error"), QStringLiteral("Medication error")},
        {QStringLiteral("complaint"), QStringLiteral("Complaint")},
        {QStringLiteral("hospital_admission"), QStringLiteral("Hospital admission")},
        {QStringLiteral("death"), QStringLiteral("Death")}};
    return words.value(kind, kind);
}

} // namespace

QString incidentAlertSeverity(const QString &kind, const QString &incidentSeverity)
{
    static const QStringList urgentKinds {QStringLiteral("safeguarding"),
                                          QStringLiteral("hospital_admission"),
                                          QStringLiteral("death")};
    if (urgentKinds.contains(kind) || incidentSeverity == QLatin1String("serious"))
        return QStringLiteral("urgent");
    return QStringLiteral("warning");
}

Record incidentAlert(const Record &incident, const QString &reporterName)
{
    const QJsonObject &p = incident.payload;
    const QString kind = p.value(QLatin1String("kind")).toString();
    const QString severity = p.value(QLatin1String("severity")).toString();
    const QDateTime occurred =
        QDateTime::fromString(p.value(QLatin1String("occurredAt")).toString(), Qt::ISODate);
    AlertContent content;
    content.rule = QString::fromLatin1(alertrule::Incident);
    content.severity = incidentAlertSeverity(kind, severity);
    content.summary =
        QStringLiteral("%1 (%2) reported by %3, occurred %4 %5: %6")
            .arg(kindWords(kind), severity,
                 reporterName.isEmpty() ? QStringLiteral("user %1").arg(incident.authorUserId)
                                        : reporterName,
                 ukDay(occurred).toString(Qt::ISODate), ukClock(occurred),
                 p.value(QLatin1String("description")).toString().left(500));
    content.personId = incident.personId;
    content.visitId = incident.visitId;
    content.relatedRecordIds = {incident.id};
    return alertRecord(content, incident);
}

} // namespace careround::server::alerts
