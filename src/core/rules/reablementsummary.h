#pragma once
// The "review summary" a therapist reads before a reablement review: where the episode stands
// (days left, weeks elapsed), which reviews were done and which is due next, hours used against
// planned, and each goal's latest score against its first. Folded from the person's records.
#include "core/record.h"
#include "core/result.h"
#include "core/smartgoal.h"
#include "goalprogress.h"
#include <QTimeZone>
#include <optional>

namespace careround {

// Reviews are weekly, or at weeks 3/6/9; Auto: Weekly once any weekly review was recorded.
enum class ReviewCadence { Auto, Weekly, Milestones };

struct ReviewDone
{
    QString recordId;
    QDate reviewDate;
    QString kind; // weekly, week_3, week_6, week_9, exit
};

struct ReviewDue
{
    QDate dueDate;
    QString kind;
    bool overdue = false; // dueDate before today
};

struct GoalSummary
{
    SmartGoal goal; // only goal.id is set for a goal scored but not in the episode
    bool inEpisode = true; // one of the episode's goals
    std::optional<int> firstScore, latestScore;
    bool achieved = false;
    int scoreCount = 0;
    QList<GoalChartPoint> series;
};

struct ReablementSummary
{
    QString episodeId, therapistUserId, exitOutcome;
    QDate startDate, dischargeDate, plannedEndDate, endDate;
    bool ended = false; // an exit outcome / end date was recorded
    QDate today; // `now` in the zone
    int daysElapsed = 0; // start to today (to endDate once ended), never negative
    int weeksElapsed = 0; // whole weeks of daysElapsed
    int daysLeft = 0; // today to plannedEndDate; negative once past it; 0 once ended
    QList<ReviewDone> reviews; // by review date
    std::optional<ReviewDue> nextReview; // none once ended or after the exit review
    int plannedVisits = 0, deliveredVisits = 0;
    int plannedMinutes = 0; // planned durations of the episode's visits (not cancelled)
    int deliveredMinutes = 0; // delivered minutes of its visits that are Done (visitstatus.h)
    QList<GoalSummary> goals; // the episode's goals in order, then other scored goals by id
};

// `records`: the person's records (any types: the episode, reviews, goal.progress, visits and
// their events; amendments included). The episode's visits are those with careDay from
// startDate to endDate (plannedEndDate while not ended). Error "episodeId" if it is not there.
Result<ReablementSummary> summariseReablementEpisode(const QList<Record> &records,
                                                     const QString &episodeId, const QDateTime &now,
                                                     const QTimeZone &zone,
                                                     ReviewCadence cadence = ReviewCadence::Auto);

// The next review after `done`, per cadence (see docs/domain.md), or nullopt.
std::optional<ReviewDue> nextReviewDue(const QDate &startDate, const QDate &plannedEndDate,
                                       const QList<ReviewDone> &done, ReviewCadence cadence,
                                       const QDate &today);

} // namespace careround
