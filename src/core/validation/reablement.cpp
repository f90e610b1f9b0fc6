// reablement.episode, reablement.review, goal.progress
#include "payloads.h"

namespace careround::validation {

namespace {
constexpr int MaxEpisodeDays = 42; // "Kent Enablement at Home": up to six weeks
constexpr int MaxScore = 10;
} // namespace

void checkReablementEpisode(FieldCheck &c)
{
    const QDate start = c.date("startDate");
    const QDate discharge = c.date("dischargeDate", Optional);
    const QDate plannedEnd = c.date("plannedEndDate");
    c.id("therapistUserId");
    if (c.ok() && plannedEnd < start)
        c.fail("plannedEndDate", QStringLiteral("must not be before startDate"));
    if (c.ok() && start.daysTo(plannedEnd) > MaxEpisodeDays)
        c.fail("plannedEndDate",
               QStringLiteral("must be at most 6 weeks (42 days) after startDate"));
    if (c.ok() && discharge.isValid() && discharge > start)
        c.fail("dischargeDate", QStringLiteral("must not be after startDate"));
    c.eachObject("goals", Optional, 0, 50, [](FieldCheck &g, int) { checkSmartGoal(g); });
    const QString exit =
        c.choice("exitOutcome",
                 {QStringLiteral("independent"), QStringLiteral("long_term_care_at_home"),
                  QStringLiteral("placement")},
                 Optional);
    const QDate end = c.date("endDate", exit.isEmpty() ? Optional : Required);
    if (c.ok() && end.isValid() && end < start)
        c.fail("endDate", QStringLiteral("must not be before startDate"));
}

void checkReablementReview(FieldCheck &c)
{
    c.id("episodeId");
    c.date("reviewDate");
    c.choice("kind",
             {QStringLiteral("weekly"), QStringLiteral("week_3"), QStringLiteral("week_6"),
              QStringLiteral("week_9"), QStringLiteral("exit")});
    c.eachObject("scores", Required, 1, 50, [](FieldCheck &s, int) {
        s.id("goalId");
        s.integer("score", 0, MaxScore);
        s.text("comment", Optional, LongText);
    });
    c.text("summary", Optional, LongText);
}

void checkGoalProgress(FieldCheck &c)
{
    c.id("goalId");
    c.id("carePlanId", Optional);
    c.id("episodeId", Optional);
    c.integer("score", 0, MaxScore);
    c.boolean("achieved", Optional);
    c.text("note", Optional, LongText);
}

} // namespace careround::validation
