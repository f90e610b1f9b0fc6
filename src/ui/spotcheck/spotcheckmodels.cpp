#include "spotcheckmodels.h"

#include <algorithm>

namespace careround::ui {

SpotCheckItemModel::SpotCheckItemModel(QObject *parent)
    : QAbstractListModel(parent)
{
    reset();
}

void SpotCheckItemModel::reset()
{
    beginResetModel();
    m_answers.clear();
    for (const QString &item : SpotCheckPayloads::items())
        m_answers.append(SpotCheckAnswer {item, {}, {}});
    endResetModel();
    emit answersChanged();
}

int SpotCheckItemModel::answeredCount() const
{
    return int(std::count_if(m_answers.cbegin(), m_answers.cend(),
                             [](const SpotCheckAnswer &a) { return !a.result.isEmpty(); }));
}

bool SpotCheckItemModel::anyNotMet() const
{
    return std::any_of(m_answers.cbegin(), m_answers.cend(), [](const SpotCheckAnswer &a) {
        return a.result == QLatin1String("not_met");
    });
}

bool SpotCheckItemModel::setResult(int row, const QString &result)
{
    if (row < 0 || row >= count() || !SpotCheckPayloads::results().contains(result))
        return false;
    m_answers[row].result = result;
    const QModelIndex at = index(row);
    emit dataChanged(at, at, {ResultRole, ResultTextRole, CommentRequiredRole});
    emit answersChanged();
    return true;
}

bool SpotCheckItemModel::setComment(int row, const QString &comment)
{
    if (row < 0 || row >= count())
        return false;
    if (m_answers.at(row).comment == comment)
        return true;
    m_answers[row].comment = comment;
    const QModelIndex at = index(row);
    emit dataChanged(at, at, {CommentRole});
    return true;
}

int SpotCheckItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SpotCheckItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpotCheckAnswer &a = m_answers.at(index.row());
    switch (role) {
    case CodeRole:
        return a.item;
    case Qt::DisplayRole:
    case TitleRole:
        return SpotCheckPayloads::itemWords(a.item);
    case HintRole:
        return SpotCheckPayloads::itemHint(a.item);
    case ResultRole:
        return a.result;
    case ResultTextRole:
        return SpotCheckPayloads::resultWords(a.result);
    case CommentRole:
        return a.comment;
    case CommentRequiredRole:
        return a.result == QLatin1String("not_met");
    default:
        return {};
    }
}

QHash<int, QByteArray> SpotCheckItemModel::roleNames() const
{
    return {{CodeRole, "code"},
            {TitleRole, "title"},
            {HintRole, "hint"},
            {ResultRole, "result"},
            {ResultTextRole, "resultText"},
            {CommentRole, "comment"},
            {CommentRequiredRole, "commentRequired"}};
}

SpotCheckActionModel::SpotCheckActionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    reset();
}

void SpotCheckActionModel::reset()
{
    beginResetModel();
    m_actions = {SpotCheckAction {}};
    endResetModel();
    emit countChanged();
}

void SpotCheckActionModel::add()
{
    beginInsertRows({}, count(), count());
    m_actions.append(SpotCheckAction {});
    endInsertRows();
    emit countChanged();
}

bool SpotCheckActionModel::remove(int row)
{
    if (row < 0 || row >= count())
        return false;
    if (count() == 1) {
        m_actions[0] = {};
        emit dataChanged(index(0), index(0));
        return true;
    }
    beginRemoveRows({}, row, row);
    m_actions.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

bool SpotCheckActionModel::setDescription(int row, const QString &text)
{
    if (row < 0 || row >= count())
        return false;
    m_actions[row].description = text;
    emit dataChanged(index(row), index(row), {DescriptionRole});
    return true;
}

bool SpotCheckActionModel::setDue(int row, const QString &text)
{
    if (row < 0 || row >= count())
        return false;
    m_actions[row].dueText = text;
    emit dataChanged(index(row), index(row), {DueTextRole});
    return true;
}

int SpotCheckActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SpotCheckActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpotCheckAction &a = m_actions.at(index.row());
    switch (role) {
    case DescriptionRole:
        return a.description;
    case DueTextRole:
        return a.dueText;
    default:
        return {};
    }
}

QHash<int, QByteArray> SpotCheckActionModel::roleNames() const
{
    return {{DescriptionRole, "description"}, {DueTextRole, "dueText"}};
}

} // namespace careround::ui
