#pragma once
// The eMAR's rows for QML: the doses due at a visit, or the as-needed (PRN) medicines
// (visitdoses.h). Roles (from Qt::UserRole + 1): orderId, title, doseLine, supportText,
// instructions, timeText, scheduledTime, timeCriticalText, clockChangeText, secondSignatureText,
// secondSignatureRequired, recorded, recordedText, repeatWarning, conflict, conflictText,
// statusText, statusTone, prn, protocol, prnAllowed, prnText, followUpRecordId, followUpText.
#include "visitdoses.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class DoseListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by MedicationController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        TitleRole,
        DoseLineRole,
        SupportTextRole,
        InstructionsRole,
        TimeTextRole,
        ScheduledTimeRole,
        TimeCriticalTextRole,
        ClockChangeTextRole,
        SecondSignatureTextRole,
        SecondSignatureRequiredRole,
        RecordedRole,
        RecordedTextRole,
        RepeatWarningRole,
        ConflictRole,
        ConflictTextRole,
        StatusTextRole,
        StatusToneRole,
        PrnRole,
        ProtocolRole,
        PrnAllowedRole,
        PrnTextRole,
        FollowUpRecordIdRole,
        FollowUpTextRole,
    };
    Q_ENUM(Role)

    explicit DoseListModel(QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    const QList<DoseRow> &rows() const { return m_rows; }
    const DoseRow *row(int index) const;
    // Keeps the rows in place (dataChanged) when the same doses come back after a save.
    void setRows(QList<DoseRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<DoseRow> m_rows;
};

} // namespace careround::ui
