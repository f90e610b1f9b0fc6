#include "personfile.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "core/rules/careplanfold.h"
#include "core/rules/goalprogress.h"
#include "core/rules/reablementsummary.h"
#include "personfilejson_p.h"
#include "uktime.h"

#include <QJsonArray>

namespace careround::server {

using namespace personfile;

namespace {

QJsonObject detailsJson(const QList<Record> &records)
{
    const QList<EffectiveRecord> versions =
        effectiveRecords(records, QString::fromLatin1(RecordType::Person));
    if (versions.isEmpty())
        return {};
    const EffectiveRecord &latest = versions.last(); // HLC order: the current version
    QJsonObject details = latest.record.payload;
    details.insert(QStringLiteral("record_id"), latest.record.id);
    details.insert(QStringLiteral("amended"), latest.amended());
    // What a change of details names (PersonEdits::amend): a stale one is refused.
    details.insert(QStringLiteral("version"),
                   latest.amended() ? latest.amendmentId : latest.record.id);
    return details;
}

QJsonArray goalsJson(const QList<SmartGoal> &goals)
{
    QJsonArray out;
    for (const SmartGoal &g : goals)
        out.append(QJsonObject {{QStringLiteral("id"), g.id},
                                {QStringLiteral("description"), g.description},
                                {QStringLiteral("baseline"), g.baseline},
                                {QStringLiteral("target"), g.target},
                                {QStringLiteral("measure"), g.measure},
                                {QStringLiteral("due_date"), dayJson(g.dueDate)}});
    return out;
}

QJsonValue carePlanJson(const QList<Record> &records, const UserNames &names)
{
    const auto plan = currentCarePlan(records);
    if (!plan)
        return QJsonValue::Null;
    QJsonArray personal, agreed, risks;
    for (const CarePlanOutcome &o : plan->personalOutcomes)
        personal.append(o.text);
    for (const CarePlanOutcome &o : plan->agreedOutcomes)
        agreed.append(o.text);
    for (const CarePlanRisk &r : plan->risks)
        risks.append(QJsonObject {{QStringLiteral("description"), r.description},
                                  {QStringLiteral("level"), r.level},
                                  {QStringLiteral("controls"), r.controls},
                                  {QStringLiteral("review_date"), dayJson(r.reviewDate)}});
    QJsonObject tasks;
    for (auto it = plan->tasksByVisitType.cbegin(); it != plan->tasksByVisitType.cend(); ++it)
        tasks.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject {
        {QStringLiteral("record_id"), plan->recordId},
        {QStringLiteral("version"), plan->version},
        {QStringLiteral("author"), names.value(plan->authorUserId)},
        {QStringLiteral("amended"), plan->amended},
        {QStringLiteral("personal_outcomes"), personal},
        {QStringLiteral("agreed_outcomes"), agreed},
        {QStringLiteral("goals"), goalsJson(plan->goals)},
        {QStringLiteral("risks"), risks},
        {QStringLiteral("tasks_by_visit_type"), tasks},
        {QStringLiteral("special_requirements"), plan->specialRequirements},
        {QStringLiteral("review_date"), dayJson(plan->reviewDate)},
        {QStringLiteral("statutory_review_date"), dayJson(plan->statutoryReviewDate)}};
}

QJsonArray seriesJson(const QList<GoalChartPoint> &series)
{
    QJsonArray out;
    for (const GoalChartPoint &p : series)
        out.append(QJsonObject {{QStringLiteral("day"), dayJson(p.day)},
                                {QStringLiteral("score"), p.score}});
    return out;
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray goalProgressJson(const QList<Record> &records, const UserNames &names)
{
    QJsonArray out;
    for (const GoalProgress &g : goalProgress(records)) {
        QJsonArray history;
        for (const GoalScore &s : g.history)
            history.append(
                QJsonObject {{QStringLiteral("record_id"), s.recordId},
                             {QStringLiteral("source"),
                              s.source == GoalScoreSource::Review ? QStringLiteral("review")
                                                                  : QStringLiteral("progress")},
                             {QStringLiteral("day"), dayJson(s.day)},
                             {QStringLiteral("score"), s.score},
                             {QStringLiteral("comment"), s.comment},
                             {QStringLiteral("author"), names.value(s.authorUserId)},
                             {QStringLiteral("amended"), s.amended}});
        out.append(QJsonObject {{QStringLiteral("goal_id"), g.goalId},
                                {QStringLiteral("first_score"), optionalInt(g.firstScore)},
                                {QStringLiteral("latest_score"), optionalInt(g.latestScore)},
                                {QStringLiteral("achieved"), g.achieved},
                                {QStringLiteral("series"), seriesJson(g.series())},
                                {QStringLiteral("history"), history}});
    }
    return out;
}

QJsonValue reablementJson(const QList<Record> &records, const UserNames &names,
                          const QDateTime &now)
{
    const QList<EffectiveRecord> episodes =
        effectiveRecords(records, QString::fromLatin1(RecordType::ReablementEpisode));
    if (episodes.isEmpty())
        return QJsonValue::Null;
    const auto summary =
        summariseReablementEpisode(records, episodes.last().record.id, now, ukTimeZone());
    if (!summary)
        return QJsonValue::Null;
    const ReablementSummary &s = summary.value();
    QJsonArray reviews, goals;
    for (const ReviewDone &r : s.reviews)
        reviews.append(QJsonObject {{QStringLiteral("record_id"), r.recordId},
                                    {QStringLiteral("review_date"), dayJson(r.reviewDate)},
                                    {QStringLiteral("kind"), r.kind}});
    for (const GoalSummary &g : s.goals)
        goals.append(QJsonObject {{QStringLiteral("goal_id"), g.goal.id},
                                  {QStringLiteral("description"), g.goal.description},
                                  {QStringLiteral("in_episode"), g.inEpisode},
                                  {QStringLiteral("first_score"), optionalInt(g.firstScore)},
                                  {QStringLiteral("latest_score"), optionalInt(g.latestScore)},
                                  {QStringLiteral("achieved"), g.achieved},
                                  {QStringLiteral("series"), seriesJson(g.series)}});
    QJsonValue next = QJsonValue::Null;
    if (s.nextReview)
        next = QJsonObject {{QStringLiteral("due_date"), dayJson(s.nextReview->dueDate)},
                            {QStringLiteral("kind"), s.nextReview->kind},
                            {QStringLiteral("overdue"), s.nextReview->overdue}};
    return QJsonObject {{QStringLiteral("episode_id"), s.episodeId},
                        {QStringLiteral("therapist"), names.value(s.therapistUserId)},
                        {QStringLiteral("start_date"), dayJson(s.startDate)},
                        {QStringLiteral("discharge_date"), dayJson(s.dischargeDate)},
                        {QStringLiteral("planned_end_date"), dayJson(s.plannedEndDate)},
                        {QStringLiteral("end_date"), dayJson(s.endDate)},
                        {QStringLiteral("ended"), s.ended},
                        {QStringLiteral("exit_outcome"), s.exitOutcome},
                        {QStringLiteral("days_elapsed"), s.daysElapsed},
                        {QStringLiteral("weeks_elapsed"), s.weeksElapsed},
                        {QStringLiteral("days_left"), s.daysLeft},
                        {QStringLiteral("reviews"), reviews},
                        {QStringLiteral("next_review"), next},
                        {QStringLiteral("planned_visits"), s.plannedVisits},
                        {QStringLiteral("delivered_visits"), s.deliveredVisits},
                        {QStringLiteral("planned_minutes"), s.plannedMinutes},
                        {QStringLiteral("delivered_minutes"), s.deliveredMinutes},
                        {QStringLiteral("goals"), goals}};
}

// Entries newest first, each with who has read it (commbook.ack records naming it).
QJsonArray commbookJson(const QList<Record> &records, const UserNames &names)
{
    QHash<QString, QJsonArray> acks;
    for (const EffectiveRecord &a :
         effectiveRecords(records, QString::fromLatin1(RecordType::CommbookAck)))
        acks[a.record.payload.value(QLatin1String("entryId")).toString()].append(
            authorName(a.record, names));
    QJsonArray out;
    const QList<EffectiveRecord> entries =
        effectiveRecords(records, QString::fromLatin1(RecordType::CommbookEntry));
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QJsonObject entry = recordJson(*it, names);
        entry.insert(QStringLiteral("read_by"), acks.value(it->record.id));
        out.append(entry);
    }
    return out;
}

// Newest first, payloads as recorded (amendments applied).
QJsonArray newestFirst(const QList<Record> &records, const char *type, const UserNames &names)
{
    QJsonArray out;
    const QList<EffectiveRecord> found = effectiveRecords(records, QString::fromLatin1(type));
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        out.append(recordJson(*it, names));
    return out;
}

} // namespace

QJsonObject personFileJson(const QString &personId, const QList<Record> &records,
                           const UserNames &names, const QDateTime &now)
{
    return QJsonObject {
        {QStringLiteral("person_id"), personId},
        {QStringLiteral("now"), instantJson(now)},
        {QStringLiteral("details"), detailsJson(records)},
        {QStringLiteral("care_plan"), carePlanJson(records, names)},
        {QStringLiteral("goals"), goalProgressJson(records, names)},
        {QStringLiteral("reablement"), reablementJson(records, names, now)},
        {QStringLiteral("commbook"), commbookJson(records, names)},
        {QStringLiteral("incidents"), newestFirst(records, RecordType::Incident, names)},
        {QStringLiteral("spot_checks"), newestFirst(records, RecordType::SpotCheck, names)},
        {QStringLiteral("amendments"), amendmentsJson(records, names)},
        {QStringLiteral("details_history"), detailsHistoryJson(records, names)}};
}

Result<QPair<QDate, QDate>> personPeriod(const QString &from, const QString &to, int maxDays)
{
    const QDate first = QDate::fromString(from, Qt::ISODate);
    const QDate last = QDate::fromString(to, Qt::ISODate);
    if (!first.isValid() || first.year() < 2000 || first.year() > 2100)
        return Error {QStringLiteral("from"), QStringLiteral("must be a date, yyyy-MM-dd")};
    if (!last.isValid() || last.year() < 2000 || last.year() > 2100)
        return Error {QStringLiteral("to"), QStringLiteral("must be a date, yyyy-MM-dd")};
    if (last < first)
        return Error {QStringLiteral("to"), QStringLiteral("must not be before from")};
    if (first.daysTo(last) + 1 > maxDays)
        return Error {QStringLiteral("to"),
                      QStringLiteral("the period is at most %1 days").arg(maxDays)};
    return qMakePair(first, last);
}

} // namespace careround::server
