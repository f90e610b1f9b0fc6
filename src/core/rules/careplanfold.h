#pragma once
// The person's current care and support plan, folded from their careplan records: the highest
// payload `version` wins (a plan without one counts as version 0), ties go to the later HLC;
// amendments are applied first (a withdrawn plan does not count, a replacement replaces).
#include "core/hlc.h"
#include "core/record.h"
#include "core/smartgoal.h"
#include <QMap>
#include <QStringList>
#include <optional>

namespace careround {

struct CarePlanOutcome
{
    QString id; // may be empty (an outcome written as plain text)
    QString text;
};

struct CarePlanRisk
{
    QString description;
    QString level; // low / medium / high, or empty
    QString controls;
    QDate reviewDate;
};

struct CurrentCarePlan
{
    QString recordId;
    int version = 0;
    HlcTimestamp hlc;
    QString authorUserId;
    bool amended = false; // a replacement payload is shown
    QList<CarePlanOutcome> personalOutcomes, agreedOutcomes;
    QList<SmartGoal> goals;
    QList<CarePlanRisk> risks;
    QMap<QString, QStringList> tasksByVisitType;
    QString specialRequirements;
    QDate reviewDate, statutoryReviewDate;

    // Tasks for a visit type ("morning"): the exact key, else a key equal ignoring case and
    // surrounding spaces, else none.
    QStringList tasksFor(const QString &visitType) const;
    std::optional<SmartGoal> goal(const QString &goalId) const;
};

// `records`: the person's records (any types, amendments included). nullopt: no care plan.
std::optional<CurrentCarePlan> currentCarePlan(const QList<Record> &records);

} // namespace careround
