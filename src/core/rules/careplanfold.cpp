#include "careplanfold.h"
#include "amendments.h"
#include "core/recordtypes.h"

namespace careround {

namespace {

int versionOf(const Record &r)
{
    return r.payload.value(QStringLiteral("version")).toInt(0);
}

// Outcomes and risks are each a text or an object with `textKey`.
QJsonObject asObject(const QJsonValue &v, const char *textKey)
{
    return v.isString() ? QJsonObject {{QLatin1String(textKey), v.toString()}} : v.toObject();
}

QList<CarePlanOutcome> outcomes(const QJsonValue &list)
{
    QList<CarePlanOutcome> out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = asObject(v, "text");
        out.append(
            {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("text")).toString()});
    }
    return out;
}

QList<CarePlanRisk> risks(const QJsonValue &list)
{
    QList<CarePlanRisk> out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = asObject(v, "description");
        out.append(
            {o.value(QStringLiteral("description")).toString(),
             o.value(QStringLiteral("level")).toString(),
             o.value(QStringLiteral("controls")).toString(),
             QDate::fromString(o.value(QStringLiteral("reviewDate")).toString(), Qt::ISODate)});
    }
    return out;
}

} // namespace

std::optional<CurrentCarePlan> currentCarePlan(const QList<Record> &records)
{
    const auto plans = effectiveRecords(records, QString::fromLatin1(RecordType::CarePlan));
    const EffectiveRecord *best = nullptr;
    for (const EffectiveRecord &e : plans) // HLC order: a later one wins a tie
        if (!best || versionOf(e.record) >= versionOf(best->record))
            best = &e;
    if (!best)
        return std::nullopt;
    const Record &r = best->record;
    const QJsonObject &p = r.payload;
    CurrentCarePlan plan;
    plan.recordId = r.id;
    plan.version = versionOf(r);
    plan.hlc = r.hlc;
    plan.authorUserId = r.authorUserId;
    plan.amended = best->amended();
    plan.personalOutcomes = outcomes(p.value(QStringLiteral("personalOutcomes")));
    plan.agreedOutcomes = outcomes(p.value(QStringLiteral("agreedOutcomes")));
    plan.goals = SmartGoal::listFromJson(p.value(QStringLiteral("goals")).toArray());
    plan.risks = risks(p.value(QStringLiteral("risks")));
    const QJsonObject tasks = p.value(QStringLiteral("tasksByVisitType")).toObject();
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        QStringList list;
        for (const QJsonValue &t : it.value().toArray())
            list.append(t.toString());
        plan.tasksByVisitType.insert(it.key(), list);
    }
    plan.specialRequirements = p.value(QStringLiteral("specialRequirements")).toString();
    plan.reviewDate =
        QDate::fromString(p.value(QStringLiteral("reviewDate")).toString(), Qt::ISODate);
    plan.statutoryReviewDate =
        QDate::fromString(p.value(QStringLiteral("statutoryReviewDate")).toString(), Qt::ISODate);
    return plan;
}

QStringList CurrentCarePlan::tasksFor(const QString &visitType) const
{
    if (const auto it = tasksByVisitType.constFind(visitType); it != tasksByVisitType.cend())
        return it.value();
    const QString wanted = visitType.trimmed();
    for (auto it = tasksByVisitType.cbegin(); it != tasksByVisitType.cend(); ++it)
        if (it.key().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

std::optional<SmartGoal> CurrentCarePlan::goal(const QString &goalId) const
{
    for (const SmartGoal &g : goals)
        if (g.id == goalId)
            return g;
    return std::nullopt;
}

} // namespace careround
