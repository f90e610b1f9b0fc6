#pragma once
// The tasks of one visit: the care plan's tasks for the visit's call type, then the rota's own
// tasks for this visit, then any task already recorded at the visit that neither lists (so nothing
// recorded disappears when a plan changes). Names are matched ignoring case and spacing. Each task
// carries the visit's last outcome for it (corrected records, clock order) and how many visits in
// a row it has been refused (core rules/refusals.h). A medication task is a placeholder: doses are
// recorded in the eMAR screen, not as a task outcome.
#include "core/plannedvisit.h"
#include "core/record.h"
#include <QDateTime>
#include <QList>
#include <QString>

namespace careround::ui {

struct VisitTask
{
    QString name;
    bool medication = false;
    QString outcome; // "", "done", "refused", "not_needed"
    QString note;
    QString refusalReason; // a refusal's reason in words ("Felt unwell", or the "other" words)
    QString recordId; // the deciding visit.task record
    QString recordedBy; // its author's user id
    QDateTime recordedAt; // its device time
    int refusalStreak = 0; // visits in a row refused, this one included when refused
};

bool isMedicationTask(const QString &name);
QString taskKey(const QString &name); // the form names are compared in

// `carePlan` may be null. `visitEvents`: this visit's corrected events. `personRecent`: the
// person's corrected recent records (other visits too), for the refusal streak.
QList<VisitTask> visitTasks(const PlannedVisit &visit, const Record *carePlan,
                            const QList<Record> &visitEvents, const QList<Record> &personRecent);

} // namespace careround::ui
