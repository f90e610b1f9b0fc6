#pragma once
// A list of a visit's entries (visithistory.h rows): the visit's history with its corrections, or
// the notes left for the next worker. Filled by VisitController.
#include "visithistory.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class VisitEntryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A visit's entries come from VisitController.history or .handoverNotes")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TypeRole,
        TitleRole,
        DetailRole,
        ByTextRole,
        StatusTextRole,
        ReasonRole,
        IsCorrectionRole,
        WithdrawnRole,
        CorrectedRole,
        CorrectableRole,
        FieldsRole, // QStringList: what a correction may change
        CurrentNoteRole,
        CurrentOutcomeRole,
    };
    Q_ENUM(Role)

    explicit VisitEntryModel(QObject *parent = nullptr);

    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    Q_INVOKABLE int rowOf(const QString &recordId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<HistoryEntry> m_entries;
};

} // namespace careround::ui
