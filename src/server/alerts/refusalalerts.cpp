#include "refusalalerts.h"

#include "core/recordtypes.h"

namespace careround::server::alerts {

bool isRefusal(const Record &record)
{
    const QString outcome = record.payload.value(QLatin1String("outcome")).toString();
    if (record.type == QLatin1String(RecordType::MedicationAdministration))
        return outcome == QLatin1String("refused")
            || outcome == QLatin1String("refused_and_destroyed");
    return record.type == QLatin1String(RecordType::VisitTask)
        && outcome == QLatin1String("refused");
}

QList<Record> threeRefusalsAlerts(const QList<Record> &personRecords,
                                  const std::function<RefusalNames(const RefusalStreak &)> &names,
                                  int threshold)
{
    QHash<QString, const Record *> byId;
    for (const Record &r : personRecords)
        byId.insert(r.id, &r);
    QList<Record> alerts;
    for (const RefusalStreak &streak : refusalStreaks(personRecords)) {
        if (!needsRefusalAlert(streak, threshold) || streak.recordIds.size() < threshold)
            continue;
        // The refusals that made it a streak: the same ids however long it grows.
        const QStringList first = streak.recordIds.mid(0, threshold);
        QList<const Record *> records;
        for (const QString &id : first)
            if (const Record *r = byId.value(id))
                records.append(r);
        if (records.size() != threshold)
            continue;
        const Record &last = *records.last();
        const RefusalNames words = names(streak);
        QStringList days;
        for (const Record *r : records)
            days.append(r->careDay.toString(Qt::ISODate));
        AlertContent content;
        content.rule = QString::fromLatin1(alertrule::ThreeRefusals);
        content.severity = QStringLiteral("warning");
        content.summary =
            QStringLiteral("%1 refused at %2 visits in a row (care days %3; the third recorded by "
                           "%4). Tell the commissioner, and review the care plan with the person.")
                .arg(words.subject)
                .arg(threshold)
                .arg(days.join(QStringLiteral(", ")),
                     words.userNames.value(last.authorUserId,
                                           QStringLiteral("user %1").arg(last.authorUserId)));
        content.personId = last.personId;
        content.visitId = last.visitId;
        content.relatedRecordIds = first;
        alerts.append(alertRecord(content, last));
    }
    return alerts;
}

} // namespace careround::server::alerts
