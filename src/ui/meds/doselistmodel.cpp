#include "doselistmodel.h"

#include <algorithm>

namespace careround::ui {

DoseListModel::DoseListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

const DoseRow *DoseListModel::row(int index) const
{
    return index >= 0 && index < count() ? &m_rows.at(index) : nullptr;
}

void DoseListModel::setRows(QList<DoseRow> rows)
{
    const bool same = std::equal(m_rows.begin(), m_rows.end(), rows.begin(), rows.end(),
                                 [](const DoseRow &a, const DoseRow &b) {
                                     return a.order.orderId == b.order.orderId
                                         && a.dose.scheduledTime == b.dose.scheduledTime;
                                 });
    if (same && !m_rows.isEmpty()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(count() - 1));
        return;
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        emit countChanged();
}

int DoseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DoseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoseRow &r = m_rows.at(index.row());
    switch (role) {
    case OrderIdRole:
        return r.order.orderId;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case DoseLineRole:
        return r.doseLine;
    case SupportTextRole:
        return r.supportText;
    case InstructionsRole:
        return r.instructions;
    case TimeTextRole:
        return r.timeText;
    case ScheduledTimeRole:
        return r.dose.scheduledTime;
    case TimeCriticalTextRole:
        return r.timeCriticalText;
    case ClockChangeTextRole:
        return r.clockChangeText;
    case SecondSignatureTextRole:
        return r.secondSignatureText;
    case SecondSignatureRequiredRole:
        return r.order.secondSignatureRequired;
    case RecordedRole:
        return r.recorded();
    case RecordedTextRole:
        return r.recordedText;
    case RepeatWarningRole:
        return r.repeatWarning;
    case ConflictRole:
        return r.conflict;
    case ConflictTextRole:
        return r.conflictText;
    case StatusTextRole:
        return r.statusText;
    case StatusToneRole:
        return int(r.tone);
    case PrnRole:
        return r.prn;
    case ProtocolRole:
        return r.protocol;
    case PrnAllowedRole:
        return r.decision.allowed;
    case PrnTextRole:
        return r.decision.reason;
    case FollowUpRecordIdRole:
        return r.followUpRecordId;
    case FollowUpTextRole:
        return r.followUpText;
    default:
        return {};
    }
}

QHash<int, QByteArray> DoseListModel::roleNames() const
{
    return {
        {OrderIdRole, "orderId"},
        {TitleRole, "title"},
        {DoseLineRole, "doseLine"},
        {SupportTextRole, "supportText"},
        {InstructionsRole, "instructions"},
        {TimeTextRole, "timeText"},
        {ScheduledTimeRole, "scheduledTime"},
        {TimeCriticalTextRole, "timeCriticalText"},
        {ClockChangeTextRole, "clockChangeText"},
        {SecondSignatureTextRole, "secondSignatureText"},
        {SecondSignatureRequiredRole, "secondSignatureRequired"},
        {RecordedRole, "recorded"},
        {RecordedTextRole, "recordedText"},
        {RepeatWarningRole, "repeatWarning"},
        {ConflictRole, "conflict"},
        {ConflictTextRole, "conflictText"},
        {StatusTextRole, "statusText"},
        {StatusToneRole, "statusTone"},
        {PrnRole, "prn"},
        {ProtocolRole, "protocol"},
        {PrnAllowedRole, "prnAllowed"},
        {PrnTextRole, "prnText"},
        {FollowUpRecordIdRole, "followUpRecordId"},
        {FollowUpTextRole, "followUpText"},
    };
}

} // namespace careround::ui
