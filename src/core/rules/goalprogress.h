#pragma once
// Progress of each goal, folded from goal.progress records (a score at a visit) and the scores of
// reablement.review records. Amendments are applied (withdrawn records dropped, replacements
// used); history is in HLC order.
#include "core/hlc.h"
#include "core/record.h"
#include <QList>
#include <optional>

namespace careround {

enum class GoalScoreSource { Progress, Review }; // goal.progress / reablement.review

struct GoalScore
{
    QString recordId;
    GoalScoreSource source = GoalScoreSource::Progress;
    QDate day; // careDay of a goal.progress, reviewDate of a review
    HlcTimestamp hlc;
    int score = 0; // 0–10
    QString comment; // progress note, or the review's comment on this goal
    QString authorUserId;
    QString episodeId, carePlanId;
    QString reviewKind; // weekly / week_3 / … for a review
    std::optional<bool> achieved; // only goal.progress sets it
    bool amended = false;
};

struct GoalChartPoint
{
    QDate day;
    int score = 0;
    friend bool operator==(const GoalChartPoint &, const GoalChartPoint &) = default;
};

struct GoalProgress
{
    QString goalId;
    QList<GoalScore> history; // HLC order
    std::optional<int> firstScore, latestScore;
    bool achieved = false; // the latest goal.progress that says achieved true/false decides
    QList<GoalChartPoint> series() const; // by day (HLC order within a day), for a small chart
};

// Which records count. Empty: all. episodeId: that episode's reviews and goal.progress, plus
// goal.progress tied to no episode nor plan. carePlanId: that plan's goal.progress plus the
// untied ones (reviews belong to episodes). Both: either.
struct GoalScope
{
    QString episodeId;
    QString carePlanId;
};

// One entry per goal id that has a score, sorted by goal id.
QList<GoalProgress> goalProgress(const QList<Record> &records, const GoalScope &scope = {});

} // namespace careround
