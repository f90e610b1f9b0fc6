#pragma once
// What the goal and reablement forms become: goal.progress (a score at a visit), reablement.review
// (a therapist's scores per goal) and a corrected reablement.episode (a new planned end, which the
// six-week limit bounds), with errors in words naming the field. The store validates again.
#include "core/result.h"
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVariantList>

namespace careround::ui {

class GoalPayloads
{
    Q_DECLARE_TR_FUNCTIONS(GoalPayloads)
public:
    static constexpr int MaxScore = 10;
    static constexpr int MaxEpisodeDays = 42; // six weeks (validation/reablement.cpp)

    // Error fields: goalId, score, note.
    static Result<QJsonObject> progress(const QString &goalId, int score, const QString &note,
                                        bool achieved, const QString &carePlanId,
                                        const QString &episodeId);
    static const QStringList &reviewKinds(); // weekly, week_3, week_6, week_9, exit
    static QString reviewKindWords(const QString &kind); // "Weekly review", "Week 3 review", …
    // scores: [{goalId, score, comment}]; a score of -1 (or none) leaves that goal out.
    // Error fields: kind, scores, scores[i].score.
    static Result<QJsonObject> review(const QString &episodeId, const QDate &reviewDate,
                                      const QString &kind, const QVariantList &scores,
                                      const QString &summary);
    // A date as typed: "2027-01-12", "12/01/2027", "12/1/27". Invalid date when unreadable.
    static QDate parseDate(const QString &text);
    // The episode's payload with a new planned end. Errors name plannedEndDate: unreadable,
    // before the start, or more than six weeks after it ("… 12 January 2027 at the latest").
    static Result<QJsonObject> withPlannedEnd(const QJsonObject &episode, const QString &dateText);
};

} // namespace careround::ui
