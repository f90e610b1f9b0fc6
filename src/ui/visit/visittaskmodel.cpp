#include "visittaskmodel.h"

#include "visitpayloads.h"
#include "visitwords.h"
#include <algorithm>

namespace careround::ui {

VisitTaskModel::VisitTaskModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void VisitTaskModel::setTasks(QList<VisitTask> tasks, const QHash<QString, QString> &names)
{
    const bool sameRows =
        std::equal(m_tasks.begin(), m_tasks.end(), tasks.begin(), tasks.end(),
                   [](const VisitTask &a, const VisitTask &b) { return a.name == b.name; });
    m_names = names;
    if (sameRows && !m_tasks.isEmpty()) {
        // The same tasks with new outcomes: rows stay (and so do notes being typed into them).
        m_tasks = std::move(tasks);
        emit dataChanged(index(0), index(count() - 1));
        emit countChanged();
        return;
    }
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
    emit countChanged();
}

int VisitTaskModel::openCount() const
{
    return int(std::count_if(m_tasks.begin(), m_tasks.end(), [](const VisitTask &t) {
        return !t.medication && t.outcome.isEmpty();
    }));
}

int VisitTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant VisitTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitTask &t = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case MedicationRole:
        return t.medication;
    case OutcomeRole:
        return t.outcome;
    case OutcomeTextRole:
        return VisitPayloads::taskOutcomeWords(t.outcome);
    case NoteRole:
        return t.note;
    case RecordedTextRole: {
        if (t.outcome.isEmpty())
            return QString();
        const QString who = m_names.value(t.recordedBy);
        const QString outcome = t.refusalReason.isEmpty()
            ? VisitPayloads::taskOutcomeWords(t.outcome)
            //: a refused task with its reason, e.g. "Refused (Felt unwell)"
            : tr("%1 (%2)").arg(VisitPayloads::taskOutcomeWords(t.outcome), t.refusalReason);
        //: a task's outcome, who recorded it and when, e.g. "Done: Amira Khan at 08:12"
        return tr("%1: %2 at %3")
            .arg(outcome, who.isEmpty() ? tr("another worker") : who,
                 VisitWords::clock(t.recordedAt));
    }
    case RefusalTextRole:
        return t.refusalStreak >= 2
            ? tr("Refused at %n visit(s) in a row", nullptr, t.refusalStreak)
            : QString();
    case RecordIdRole:
        return t.recordId;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitTaskModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {MedicationRole, "medication"},
        {OutcomeRole, "outcome"},
        {OutcomeTextRole, "outcomeText"},
        {NoteRole, "note"},
        {RecordedTextRole, "recordedText"},
        {RefusalTextRole, "refusalText"},
        {RecordIdRole, "recordId"},
    };
}

} // namespace careround::ui
