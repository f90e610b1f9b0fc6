#include "visitentrymodel.h"

namespace careround::ui {

VisitEntryModel::VisitEntryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void VisitEntryModel::setEntries(QList<HistoryEntry> entries)
{
    const int before = count();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (before != count())
        emit countChanged();
}

int VisitEntryModel::rowOf(const QString &recordId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries.at(i).recordId == recordId)
            return i;
    }
    return -1;
}

int VisitEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant VisitEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case RecordIdRole:
        return e.recordId;
    case TypeRole:
        return e.type;
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case DetailRole:
        return e.detail;
    case ByTextRole:
        return e.byText;
    case StatusTextRole:
        return e.statusText;
    case ReasonRole:
        return e.reason;
    case IsCorrectionRole:
        return e.isCorrection;
    case WithdrawnRole:
        return e.withdrawn;
    case CorrectedRole:
        return e.corrected;
    case CorrectableRole:
        return e.correctable;
    case FieldsRole:
        return e.fields;
    case CurrentNoteRole:
        return e.currentNote;
    case CurrentOutcomeRole:
        return e.currentOutcome;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitEntryModel::roleNames() const
{
    return {
        {RecordIdRole, "recordId"},
        {TypeRole, "entryType"},
        {TitleRole, "title"},
        {DetailRole, "detail"},
        {ByTextRole, "byText"},
        {StatusTextRole, "statusText"},
        {ReasonRole, "reason"},
        {IsCorrectionRole, "isCorrection"},
        {WithdrawnRole, "withdrawn"},
        {CorrectedRole, "corrected"},
        {CorrectableRole, "correctable"},
        {FieldsRole, "fields"},
        {CurrentNoteRole, "currentNote"},
        {CurrentOutcomeRole, "currentOutcome"},
    };
}

} // namespace careround::ui
