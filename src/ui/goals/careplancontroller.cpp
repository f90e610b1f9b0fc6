#include "careplancontroller.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "goalpayloads.h"
#include "store/recordrepository.h"
#include "ui/person/personreads.h"
#include <QJsonArray>
#include <QLocale>

namespace careround::ui {

CarePlanController::CarePlanController(QObject *parent)
    : PersonFileController(parent)
{ }

store::RecordStore::ReadJob CarePlanController::readJob(const QString &personId,
                                                        const QDateTime &now) const
{
    return [personId, now](store::RecordRepository &repo) -> Result<QList<Record>> {
        QList<Record> out;
        if (auto file =
                PersonReads::appendPersonFile(repo, personId,
                                              {QString::fromLatin1(RecordType::CarePlan),
                                               QString::fromLatin1(RecordType::ReablementEpisode)},
                                              out);
            !file)
            return file.error();
        auto recent = repo.forPersonSince(personId, now.addDays(-HistoryDays));
        if (!recent)
            return recent.error();
        out += std::move(recent).value();
        return PersonReads::unique(out);
    };
}

void CarePlanController::apply(const QList<Record> &records)
{
    m_plan = currentCarePlan(records);
    m_episodeId.clear();
    m_episodeGoalIds.clear();
    const auto episodes =
        effectiveRecords(records, QString::fromLatin1(RecordType::ReablementEpisode));
    if (!episodes.isEmpty()
        && !episodes.constLast().record.payload.contains(QLatin1String("exitOutcome"))) {
        m_episodeId = episodes.constLast().record.id;
        for (const SmartGoal &g : SmartGoal::listFromJson(
                 episodes.constLast().record.payload.value(QLatin1String("goals")).toArray()))
            m_episodeGoalIds << g.id;
    }
    // Goal ids stay the same across plan versions, so every score counts (no scope).
    m_goals.setRows(
        GoalRow::fromPlan(m_plan ? m_plan->goals : QList<SmartGoal> {}, goalProgress(records)));
}

void CarePlanController::forget()
{
    m_plan.reset();
    m_episodeId.clear();
    m_episodeGoalIds.clear();
    m_goals.setRows({});
}

QString CarePlanController::planText() const
{
    if (!m_plan)
        return {};
    QStringList parts {tr("Version %1").arg(m_plan->version)};
    if (m_plan->reviewDate.isValid())
        parts << tr("review due %1")
                     .arg(QLocale().toString(m_plan->reviewDate, QStringLiteral("d MMMM yyyy")));
    if (m_plan->statutoryReviewDate.isValid())
        parts << tr("statutory review %1")
                     .arg(QLocale().toString(m_plan->statutoryReviewDate,
                                             QStringLiteral("d MMMM yyyy")));
    return parts.join(QStringLiteral(" · "));
}

static QStringList outcomeTexts(const QList<CarePlanOutcome> &outcomes)
{
    QStringList out;
    for (const CarePlanOutcome &o : outcomes)
        out << o.text;
    return out;
}

QStringList CarePlanController::personalOutcomes() const
{
    return m_plan ? outcomeTexts(m_plan->personalOutcomes) : QStringList {};
}

QStringList CarePlanController::agreedOutcomes() const
{
    return m_plan ? outcomeTexts(m_plan->agreedOutcomes) : QStringList {};
}

bool CarePlanController::recordProgress(const QString &goalId, int score, const QString &note,
                                        bool achieved)
{
    if (!canRecord())
        return fail(QStringLiteral("score"), tr("Check in at the visit to record progress"));
    const int row = m_goals.rowOf(goalId);
    if (row < 0 || !m_goals.rows().at(row).inPlan)
        return fail(QStringLiteral("goalId"), tr("That goal is not in the current plan"));
    auto payload =
        GoalPayloads::progress(goalId, score, note, achieved, m_plan ? m_plan->recordId : QString(),
                               m_episodeGoalIds.contains(goalId) ? m_episodeId : QString());
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    clearMessages();
    return saveAll({make(QString::fromLatin1(RecordType::GoalProgress), payload.value())},
                   QString::fromLatin1(RecordType::GoalProgress),
                   //: e.g. "Progress saved on this phone: 6 of 10"
                   tr("Progress saved on this phone: %1 of 10").arg(score));
}

} // namespace careround::ui
