#include "visittasks.h"

#include "core/recordtypes.h"
#include "core/refusalreasons.h"
#include "core/rules/refusals.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace careround::ui {

QString taskKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

bool isMedicationTask(const QString &name)
{
    const QString key = taskKey(name);
    return key.contains(QLatin1String("medication")) || key.contains(QLatin1String("medicine"))
        || key == QLatin1String("meds");
}

QList<VisitTask> visitTasks(const PlannedVisit &visit, const Record *carePlan,
                            const QList<Record> &visitEvents, const QList<Record> &personRecent)
{
    QList<VisitTask> tasks;
    QSet<QString> keys;
    auto add = [&](const QString &name) {
        const QString key = taskKey(name);
        if (key.isEmpty() || keys.contains(key))
            return;
        keys.insert(key);
        VisitTask task;
        task.name = name.simplified();
        task.medication = isMedicationTask(name);
        tasks.append(task);
    };
    if (carePlan) {
        const QJsonObject byType =
            carePlan->payload.value(QLatin1String("tasksByVisitType")).toObject();
        for (const QJsonValue &v : byType.value(visit.callType).toArray())
            add(v.toString());
    }
    for (const QString &name : visit.tasks)
        add(name);

    QHash<QString, const Record *> decidedBy; // key → the visit's last task record for it
    for (const Record &r : visitEvents) {
        if (r.type != QLatin1String(RecordType::VisitTask) || r.visitId != visit.visitId)
            continue;
        const QString name = r.payload.value(QLatin1String("task")).toString();
        add(name);
        decidedBy.insert(taskKey(name), &r); // events are in clock order: the last one stays
    }

    QList<Record> history = personRecent;
    QSet<QString> known;
    for (const Record &r : personRecent)
        known.insert(r.id);
    for (const Record &r : visitEvents) {
        if (!known.contains(r.id))
            history.append(r);
    }
    QHash<QString, int> streaks;
    for (const RefusalStreak &s : refusalStreaks(history)) {
        if (s.subject.startsWith(QLatin1String("task:")))
            streaks.insert(taskKey(s.subject.mid(5)), s.consecutiveVisits);
    }

    for (VisitTask &task : tasks) {
        const QString key = taskKey(task.name);
        if (const Record *r = decidedBy.value(key)) {
            task.outcome = r->payload.value(QLatin1String("outcome")).toString();
            task.note = r->payload.value(QLatin1String("note")).toString();
            task.recordId = r->id;
            task.recordedBy = r->authorUserId;
            task.recordedAt = r->deviceTime;
            if (task.outcome == QLatin1String("refused")) {
                task.refusalStreak = streaks.value(key);
                const QString code = r->payload.value(QLatin1String("reasonCode")).toString();
                task.refusalReason = code == OtherRefusalReason
                    ? r->payload.value(QLatin1String("reason")).toString()
                    : refusalReasonWords(code);
            }
        }
    }
    return tasks;
}

} // namespace careround::ui
