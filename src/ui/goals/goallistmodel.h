#pragma once
// SMART goals with their progress, for the care plan and the reablement summary. Roles (from
// Qt::UserRole + 1): goalId, description, baseline, target, measure, dueText ("Due by 31 January
// 2027"), latestScore (-1: none yet), firstScore, progressText ("Latest 6 of 10 on 28 November;
// first 2"), achieved, scoreCount, series ([{day: "2026-11-20", score}] for GoalChart),
// inPlan (false: scored, but not among the plan's or episode's goals).
#include "core/rules/goalprogress.h"
#include "core/smartgoal.h"
#include <QAbstractListModel>
#include <QCoreApplication>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace careround::ui {

struct GoalRow
{
    SmartGoal goal;
    bool inPlan = true;
    std::optional<int> firstScore, latestScore;
    QDate latestDay;
    bool achieved = false;
    int scoreCount = 0;
    QList<GoalChartPoint> series;

    // The plan's goals in order with their progress, then goals scored but not in the plan.
    static QList<GoalRow> fromPlan(const QList<SmartGoal> &goals,
                                   const QList<GoalProgress> &progress);
};

class GoalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by CarePlanController and ReablementController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        DescriptionRole,
        BaselineRole,
        TargetRole,
        MeasureRole,
        DueTextRole,
        LatestScoreRole,
        FirstScoreRole,
        ProgressTextRole,
        AchievedRole,
        ScoreCountRole,
        SeriesRole,
        InPlanRole,
    };
    Q_ENUM(Role)

    explicit GoalListModel(QObject *parent = nullptr);
    int count() const { return int(m_rows.size()); }
    const QList<GoalRow> &rows() const { return m_rows; }
    void setRows(QList<GoalRow> rows);
    Q_INVOKABLE int rowOf(const QString &goalId) const;

    static QString progressText(const GoalRow &row);
    static QVariantList seriesValue(const QList<GoalChartPoint> &series);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<GoalRow> m_rows;
};

} // namespace careround::ui
