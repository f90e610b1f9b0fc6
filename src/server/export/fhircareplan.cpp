// CarePlan with Goals and task activities, reablement episodes as CarePlans, and goal progress
// scores and reablement reviews as Observations (docs/interop.md).
#include "core/recordtypes.h"
#include "core/rules/careplanfold.h"
#include "core/rules/goalprogress.h"
#include "fhirjson.h"
#include "fhirmappers.h"

namespace careround::server::fhir {

namespace {

const QString GoalAchievement =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/goal-achievement");

struct GoalIds
{
    QHash<QString, QString> byScope; // "<plan or episode id>#<goal id>" → Goal resource id
    QHash<QString, QString> byGoal; // goal id → a Goal resource id (first seen)
    QString find(const QString &scopeId, const QString &goalId) const
    {
        return byScope.value(scopeId + QLatin1Char('#') + goalId, byGoal.value(goalId));
    }
};

void addGoals(BundleBuilder &b, const QString &recordId, const QList<SmartGoal> &goals,
              const QList<GoalProgress> &progress, GoalIds &ids, QJsonArray &refs)
{
    for (const SmartGoal &g : goals) {
        const QString id = partId(recordId, QStringLiteral("goal:") + g.id);
        ids.byScope.insert(recordId + QLatin1Char('#') + g.id, id);
        if (!ids.byGoal.contains(g.id))
            ids.byGoal.insert(g.id, id);
        bool achieved = false, scored = false;
        for (const GoalProgress &p : progress) {
            if (p.goalId == g.id) {
                achieved = p.achieved;
                scored = p.latestScore.has_value();
            }
        }
        QJsonObject goal {
            {QStringLiteral("resourceType"), QStringLiteral("Goal")},
            {QStringLiteral("id"), id},
            {QStringLiteral("identifier"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), g.id}}}},
            {QStringLiteral("lifecycleStatus"),
             achieved ? QStringLiteral("completed") : QStringLiteral("active")},
            {QStringLiteral("description"), textConcept(g.description)},
            {QStringLiteral("subject"), reference(b.patientId())},
            {QStringLiteral("target"),
             QJsonArray {QJsonObject {{QStringLiteral("measure"), textConcept(g.measure)},
                                      {QStringLiteral("detailString"), g.target},
                                      {QStringLiteral("dueDate"), date(g.dueDate)}}}},
            {QStringLiteral("note"), notes({QStringLiteral("Baseline: ") + g.baseline})},
        };
        if (achieved || scored)
            goal.insert(QStringLiteral("achievementStatus"),
                        codedConcept(
                            GoalAchievement,
                            achieved ? QStringLiteral("achieved") : QStringLiteral("in-progress"),
                            achieved ? QStringLiteral("Achieved") : QStringLiteral("In Progress")));
        b.add(goal, {recordId});
        refs.append(reference(id, g.description));
    }
}

QJsonObject carePlanResource(const BundleBuilder &b, const QString &title, VersionState state)
{
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("CarePlan")},
        {QStringLiteral("status"),
         state == VersionState::Withdrawn ? QStringLiteral("entered-in-error")
                                          : QStringLiteral("active")},
        {QStringLiteral("intent"), QStringLiteral("plan")},
        {QStringLiteral("title"), title},
        {QStringLiteral("subject"), reference(b.patientId())},
    };
}

QStringList outcomeTexts(const QList<CarePlanOutcome> &outcomes)
{
    QStringList out;
    for (const CarePlanOutcome &o : outcomes)
        out.append(o.text);
    return out;
}

void addCurrentPlan(BundleBuilder &b, const QList<GoalProgress> &progress, GoalIds &ids)
{
    const std::optional<CurrentCarePlan> current = currentCarePlan(b.input().records);
    if (!current)
        return;
    QJsonArray goalRefs;
    addGoals(b, current->recordId, current->goals, progress, ids, goalRefs);
    Record original;
    for (const Record &r : b.originals(QString::fromLatin1(RecordType::CarePlan))) {
        if (r.id == current->recordId)
            original = r;
    }
    b.addVersions(original, [&](const Record &r, VersionState state) {
        // The typed view of this one version, by core's fold over it alone.
        const CurrentCarePlan plan = currentCarePlan({r}).value_or(*current);
        QJsonObject out = carePlanResource(b, QStringLiteral("Care and support plan"), state);
        out.insert(QStringLiteral("description"),
                   outcomeTexts(plan.personalOutcomes).join(QStringLiteral("; ")));
        if (!goalRefs.isEmpty())
            out.insert(QStringLiteral("goal"), goalRefs);
        QJsonArray activities;
        for (auto it = plan.tasksByVisitType.cbegin(); it != plan.tasksByVisitType.cend(); ++it) {
            for (const QString &task : it.value())
                activities.append(QJsonObject {
                    {QStringLiteral("detail"),
                     QJsonObject {{QStringLiteral("code"), textConcept(task)},
                                  {QStringLiteral("status"), QStringLiteral("scheduled")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("%1 (at the %2 call)").arg(task, it.key())}}}});
        }
        if (!activities.isEmpty())
            out.insert(QStringLiteral("activity"), activities);
        QStringList texts;
        if (!plan.agreedOutcomes.isEmpty())
            texts.append(QStringLiteral("Agreed outcomes: ")
                         + outcomeTexts(plan.agreedOutcomes).join(QStringLiteral("; ")));
        for (const CarePlanRisk &risk : plan.risks)
            texts.append(
                QStringLiteral("Risk: %1%2%3")
                    .arg(risk.description,
                         risk.level.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(risk.level),
                         risk.controls.isEmpty() ? QString()
                                                 : QStringLiteral(". Controls: ") + risk.controls));
        if (!plan.specialRequirements.isEmpty())
            texts.append(QStringLiteral("Special requirements: ") + plan.specialRequirements);
        if (plan.reviewDate.isValid())
            texts.append(QStringLiteral("Review by ") + date(plan.reviewDate));
        if (const QJsonArray n = notes(texts); !n.isEmpty())
            out.insert(QStringLiteral("note"), n);
        return out;
    });
}

void addEpisodes(BundleBuilder &b, const QList<GoalProgress> &progress, GoalIds &ids)
{
    for (const Record &episode : b.originals(QString::fromLatin1(RecordType::ReablementEpisode))) {
        const EffectiveRecord *now = b.effective(episode.id);
        QJsonArray goalRefs;
        if (now)
            addGoals(b, episode.id,
                     SmartGoal::listFromJson(
                         now->record.payload.value(QStringLiteral("goals")).toArray()),
                     progress, ids, goalRefs);
        b.addVersions(episode, [&](const Record &r, VersionState state) {
            const QJsonObject p = r.payload;
            QJsonObject out = carePlanResource(b, QStringLiteral("Reablement"), state);
            const bool ended = p.contains(QStringLiteral("endDate"));
            if (ended && state != VersionState::Withdrawn)
                out.insert(QStringLiteral("status"), QStringLiteral("completed"));
            out.insert(QStringLiteral("category"),
                       QJsonArray {textConcept(QStringLiteral("Reablement"))});
            QJsonObject period {{QStringLiteral("start"), p.value(QStringLiteral("startDate"))}};
            period.insert(
                QStringLiteral("end"),
                p.value(ended ? QStringLiteral("endDate") : QStringLiteral("plannedEndDate")));
            out.insert(QStringLiteral("period"), period);
            if (!goalRefs.isEmpty())
                out.insert(QStringLiteral("goal"), goalRefs);
            if (const QString exit = p.value(QStringLiteral("exitOutcome")).toString();
                !exit.isEmpty())
                out.insert(QStringLiteral("note"),
                           notes({QStringLiteral("Exit outcome: ") + exit}));
            return out;
        });
    }
}

QJsonObject observation(const BundleBuilder &b, const QString &what, const Record &r,
                        VersionState state, const QString &effective)
{
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"),
         state == VersionState::Withdrawn ? QStringLiteral("entered-in-error")
             : state == VersionState::Current && b.effective(r.id)->amended()
             ? QStringLiteral("amended")
             : QStringLiteral("final")},
        {QStringLiteral("code"), textConcept(what)},
        {QStringLiteral("subject"), reference(b.patientId())},
        {QStringLiteral("effectiveDateTime"), effective},
    };
}

void addObservations(BundleBuilder &b, const GoalIds &ids)
{
    const ExportInput &in = b.input();
    for (const Record &score : b.originals(QString::fromLatin1(RecordType::GoalProgress))) {
        if (!in.inWindow(score.careDay))
            continue;
        b.addVersions(score, [&](const Record &r, VersionState state) {
            const QJsonObject p = r.payload;
            QJsonObject out = observation(b, QStringLiteral("Goal progress score (0 to 10)"), r,
                                          state, dateTime(r.deviceTime, in.zone));
            out.insert(QStringLiteral("valueInteger"), p.value(QStringLiteral("score")));
            const QString scope = p.value(QStringLiteral("carePlanId")).toString()
                + p.value(QStringLiteral("episodeId")).toString();
            if (const QString goal = ids.find(scope, p.value(QStringLiteral("goalId")).toString());
                !goal.isEmpty())
                out.insert(QStringLiteral("focus"), QJsonArray {reference(goal)});
            out.insert(QStringLiteral("performer"), QJsonArray {b.person(r.authorUserId)});
            if (const QJsonArray n = notes({p.value(QStringLiteral("note")).toString()});
                !n.isEmpty())
                out.insert(QStringLiteral("note"), n);
            return out;
        });
    }
    for (const Record &review : b.originals(QString::fromLatin1(RecordType::ReablementReview))) {
        if (!in.inWindow(review.careDay))
            continue;
        b.addVersions(review, [&](const Record &r, VersionState state) {
            const QJsonObject p = r.payload;
            const QString episode = p.value(QStringLiteral("episodeId")).toString();
            QJsonObject out =
                observation(b,
                            QStringLiteral("Reablement review (%1)")
                                .arg(p.value(QStringLiteral("kind")).toString()),
                            r, state, p.value(QStringLiteral("reviewDate")).toString());
            QJsonArray components, focus;
            for (const QJsonValue &v : p.value(QStringLiteral("scores")).toArray()) {
                const QJsonObject s = v.toObject();
                const QString goalId = s.value(QStringLiteral("goalId")).toString();
                QJsonObject component {
                    {QStringLiteral("code"),
                     textConcept(QStringLiteral("Goal %1 score (0 to 10)").arg(goalId))},
                    {QStringLiteral("valueInteger"), s.value(QStringLiteral("score"))}};
                components.append(component);
                if (const QString goal = ids.find(episode, goalId); !goal.isEmpty())
                    focus.append(reference(goal));
            }
            out.insert(QStringLiteral("component"), components);
            if (!focus.isEmpty())
                out.insert(QStringLiteral("focus"), focus);
            out.insert(QStringLiteral("performer"), QJsonArray {b.person(r.authorUserId)});
            if (const QJsonArray n = notes({p.value(QStringLiteral("summary")).toString()});
                !n.isEmpty())
                out.insert(QStringLiteral("note"), n);
            return out;
        });
    }
}

} // namespace

void addCarePlans(BundleBuilder &b)
{
    const QList<GoalProgress> progress = goalProgress(b.input().records);
    GoalIds ids;
    addCurrentPlan(b, progress, ids);
    addEpisodes(b, progress, ids);
    addObservations(b, ids);
}

} // namespace careround::server::fhir
