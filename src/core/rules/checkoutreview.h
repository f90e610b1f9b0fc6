#pragma once
// What a worker must look at before checking out (issue 17): the visit's due doses with no
// outcome, its tasks with no outcome, a double-handed partner who never checked in, and delivered
// time far below the plan (the short_visit alert's rule, visitalerts.h: under 2/3 of the planned
// duration). Each item must be resolved (recorded) or given a reason; the reasons travel in the
// check-out's payload ("review", validation/visitpresence.cpp), so the visit record says why.
#include "core/medicationorder.h"
#include "core/plannedvisit.h"
#include "core/record.h"
#include "core/result.h"
#include "visitalerts.h"
#include <QJsonArray>
#include <QTimeZone>

namespace careround {

enum class CheckOutItemKind {
    DoseWithoutOutcome,
    TaskNotRecorded,
    PartnerNotCheckedIn,
    ShortVisit
};

struct CheckOutItem
{
    CheckOutItemKind kind = CheckOutItemKind::TaskNotRecorded;
    QString key; // stable within the review: "dose:<orderId>@08:00", "task:breakfast", …
    QString subject; // the medicine, the task's name, the partner's user id; empty for short
    QString scheduledTime; // doses: the slot "HH:mm"
    int deliveredMinutes = 0; // short visit
    int plannedMinutes = 0; // short visit
};

struct CheckOutFacts
{
    PlannedVisit visit;
    QString userId; // the worker checking out
    QStringList taskNames; // the visit's tasks (care plan and rota), medication placeholders out
    QList<MedicationOrder> orders; // the person's current orders
    QList<PlannedVisit> dayVisits; // the person's visits of the care day (this one included)
    QList<Record> records; // the visit's and the person's recent records, amendments included
    QDateTime checkOutAt;
    QTimeZone zone;
    VisitAlertThresholds thresholds;
};

QList<CheckOutItem> checkOutReview(const CheckOutFacts &facts);

QString checkOutItemCode(CheckOutItemKind kind); // "dose_without_outcome", "task_not_recorded", …

// The check-out's "review" payload: one {item, subject?, scheduledTime?, reason} per item, with
// the reason the worker gave (`reasons`: item key → text). Every item needs a reason: the error
// names the field "review.<key>".
Result<QJsonArray> checkOutReviewPayload(const QList<CheckOutItem> &items,
                                         const QHash<QString, QString> &reasons);

// Tasks compare ignoring case and spacing ("Evening  meal" is "evening meal").
QString checkOutTaskKey(const QString &name);

} // namespace careround
