#include "refusalalerts.h"

#include "core/recordtypes.h"
#include "core/rules/refusals.h"
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace careround::ui {

namespace {

const QString Rule = QStringLiteral("three_refusals");

// Every record id that an existing three_refusals alert already relates to.
QSet<QString> alreadyAlerted(const QList<Record> &records)
{
    QSet<QString> ids;
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::Alert)
            || r.payload.value(QLatin1String("rule")).toString() != Rule)
            continue;
        for (const QJsonValue &v : r.payload.value(QLatin1String("relatedRecordIds")).toArray())
            ids.insert(v.toString());
    }
    return ids;
}

} // namespace

QList<QJsonObject> RefusalAlerts::toRaise(const QList<Record> &personRecords, const QString &userId,
                                          const QString &personName)
{
    QHash<QString, const Record *> byId;
    for (const Record &r : personRecords)
        byId.insert(r.id, &r);
    const QSet<QString> alerted = alreadyAlerted(personRecords);
    QList<QJsonObject> alerts;
    for (const RefusalStreak &streak : refusalStreaks(personRecords)) {
        if (!needsRefusalAlert(streak) || streak.recordIds.isEmpty()
            || alerted.contains(streak.recordIds.first()))
            continue;
        const Record *latest = byId.value(streak.recordIds.last());
        if (!latest || latest->authorUserId != userId)
            continue;
        const bool medication = streak.subject.startsWith(QLatin1String("medication:"));
        const QString what = medication
            ? tr("a medicine") // the eMAR names it on its own alerts
            : QStringLiteral("\u201c%1\u201d").arg(streak.subject.mid(5));
        alerts.append({
            {QStringLiteral("rule"), Rule},
            {QStringLiteral("severity"), QStringLiteral("warning")},
            {QStringLiteral("summary"),
             //: e.g. "Edith refused “personal care” at 3 visits in a row"
             tr("%1 refused %2 at %n visit(s) in a row", nullptr, streak.consecutiveVisits)
                 .arg(personName, what)},
            {QStringLiteral("relatedRecordIds"), QJsonArray::fromStringList(streak.recordIds)},
        });
    }
    return alerts;
}

} // namespace careround::ui
