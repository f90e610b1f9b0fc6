#include "oversightalerts.h"

#include <QJsonArray>

namespace careround {

QDate oversightDueFrom(const QDate &last, int months, const QDate &since)
{
    return last.isValid() ? last.addMonths(months) : since;
}

bool oversightOverdue(const QDate &last, int months, const QDate &since, const QDate &asOf)
{
    const QDate due = oversightDueFrom(last, months, since);
    return due.isValid() && asOf.isValid() && asOf >= due;
}

std::optional<QDateTime> incidentWrittenReportDue(const Record &incident)
{
    std::optional<QDateTime> phoned;
    for (const QJsonValue &v : incident.payload.value(QLatin1String("reportedTo")).toArray()) {
        const QJsonObject line = v.toObject();
        const QString how = line.value(QLatin1String("how")).toString();
        if (how == QLatin1String("written") || how == QLatin1String("email"))
            return std::nullopt; // the written report is done
        const QDateTime at =
            QDateTime::fromString(line.value(QLatin1String("at")).toString(), Qt::ISODate);
        if (how == QLatin1String("phone") && at.isValid() && (!phoned || at < *phoned))
            phoned = at;
    }
    if (!phoned)
        return std::nullopt;
    return phoned->addSecs(qint64(IncidentWrittenReportHours) * 3600).toUTC();
}

std::optional<QDateTime> overdueIncidentReport(const Record &incident, const QDateTime &now)
{
    const auto due = incidentWrittenReportDue(incident);
    if (due && now >= *due)
        return due;
    return std::nullopt;
}

std::optional<QDate> reablementExitDue(const QJsonObject &episode, const QDate &asOf)
{
    if (!episode.value(QLatin1String("exitOutcome")).toString().isEmpty())
        return std::nullopt;
    const QDate plannedEnd =
        QDate::fromString(episode.value(QLatin1String("plannedEndDate")).toString(), Qt::ISODate);
    if (!plannedEnd.isValid() || !asOf.isValid())
        return std::nullopt;
    const QDate lastWeek = plannedEnd.addDays(-ReablementLastWeekDays);
    if (asOf < lastWeek)
        return std::nullopt;
    return lastWeek;
}

} // namespace careround
