#include "goallistmodel.h"

#include <QLocale>
#include <algorithm>

namespace careround::ui {

QList<GoalRow> GoalRow::fromPlan(const QList<SmartGoal> &goals, const QList<GoalProgress> &progress)
{
    QList<GoalRow> rows;
    auto withProgress = [&](GoalRow row) {
        for (const GoalProgress &p : progress) {
            if (p.goalId != row.goal.id)
                continue;
            row.firstScore = p.firstScore;
            row.latestScore = p.latestScore;
            row.achieved = p.achieved;
            row.scoreCount = int(p.history.size());
            row.series = p.series();
            if (!row.series.isEmpty())
                row.latestDay = row.series.constLast().day;
        }
        return row;
    };
    QStringList inPlan;
    for (const SmartGoal &g : goals) {
        GoalRow planned;
        planned.goal = g;
        rows.append(withProgress(planned));
        inPlan << g.id;
    }
    for (const GoalProgress &p : progress) {
        if (inPlan.contains(p.goalId))
            continue;
        GoalRow extra;
        extra.goal.id = p.goalId;
        extra.inPlan = false;
        rows.append(withProgress(extra));
    }
    return rows;
}

GoalListModel::GoalListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void GoalListModel::setRows(QList<GoalRow> rows)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        emit countChanged();
}

int GoalListModel::rowOf(const QString &goalId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_rows.at(i).goal.id == goalId)
            return i;
    }
    return -1;
}

QString GoalListModel::progressText(const GoalRow &row)
{
    if (!row.latestScore)
        return QCoreApplication::translate("GoalListModel", "No score recorded yet");
    const QString day = QLocale().toString(row.latestDay, QStringLiteral("d MMMM"));
    //: a goal's progress, e.g. "Latest 6 of 10 on 28 November; first 2"
    QString text = QCoreApplication::translate("GoalListModel", "Latest %1 of 10 on %2")
                       .arg(*row.latestScore)
                       .arg(day);
    if (row.scoreCount > 1 && row.firstScore)
        text += QCoreApplication::translate("GoalListModel", "; first %1").arg(*row.firstScore);
    if (row.achieved)
        text += QCoreApplication::translate("GoalListModel", ". Achieved");
    return text;
}

QVariantList GoalListModel::seriesValue(const QList<GoalChartPoint> &series)
{
    QVariantList out;
    for (const GoalChartPoint &p : series)
        out.append(QVariantMap {{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                                {QStringLiteral("score"), p.score}});
    return out;
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoalRow &r = m_rows.at(index.row());
    switch (role) {
    case GoalIdRole:
        return r.goal.id;
    case Qt::DisplayRole:
    case DescriptionRole:
        return r.goal.description.isEmpty()
            ? QCoreApplication::translate("GoalListModel", "Goal %1 (not in the current plan)")
                  .arg(r.goal.id)
            : r.goal.description;
    case BaselineRole:
        return r.goal.baseline;
    case TargetRole:
        return r.goal.target;
    case MeasureRole:
        return r.goal.measure;
    case DueTextRole:
        return r.goal.dueDate.isValid()
            ? QCoreApplication::translate("GoalListModel", "Due by %1")
                  .arg(QLocale().toString(r.goal.dueDate, QStringLiteral("d MMMM yyyy")))
            : QString();
    case LatestScoreRole:
        return r.latestScore.value_or(-1);
    case FirstScoreRole:
        return r.firstScore.value_or(-1);
    case ProgressTextRole:
        return progressText(r);
    case AchievedRole:
        return r.achieved;
    case ScoreCountRole:
        return r.scoreCount;
    case SeriesRole:
        return seriesValue(r.series);
    case InPlanRole:
        return r.inPlan;
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalListModel::roleNames() const
{
    return {{GoalIdRole, "goalId"},
            {DescriptionRole, "description"},
            {BaselineRole, "baselineText"},
            {TargetRole, "target"},
            {MeasureRole, "measure"},
            {DueTextRole, "dueText"},
            {LatestScoreRole, "latestScore"},
            {FirstScoreRole, "firstScore"},
            {ProgressTextRole, "progressText"},
            {AchievedRole, "achieved"},
            {ScoreCountRole, "scoreCount"},
            {SeriesRole, "series"},
            {InPlanRole, "inPlan"}};
}

} // namespace careround::ui
