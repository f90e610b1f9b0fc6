#pragma once
// A person's incidents and concerns as the device holds them, newest first, in words: what and how
// serious, when, what was done, who was told, who wrote it — and whether the office has it: still
// on this phone ("the office will be alerted when it is sent"), sent, and the office's alert once
// it has come back. Filled by PersonController.
#include "core/record.h"
#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Incidents come from PersonController.incidents")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TitleRole, // "Fall · Serious"
        WhenTextRole, // "Happened today at 09:40"
        DescriptionRole,
        ActionTakenRole,
        ToldTextRole, // "Told: The office by phone at 09:45"
        ByTextRole,
        OfficeTextRole, // where it is: on this phone, sent, alerted
        SafeguardingRole,
        PendingRole,
    };
    Q_ENUM(Role)

    explicit IncidentListModel(QObject *parent = nullptr);

    // `records`: incidents with their amendments; `alerts`: the person's alerts; `pending`: ids in
    // the outbox; `names`: user id → name for the writer.
    void setIncidents(const QList<Record> &records, const QList<Record> &alerts,
                      const QSet<QString> &pending, const QHash<QString, QString> &names,
                      const QDateTime &now);
    int count() const { return int(m_rows.size()); }
    const QList<Record> &incidents() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QString officeText(const Record &incident) const;

    QList<Record> m_rows; // corrected incidents, newest first
    QHash<QString, QString> m_alertSeverity; // incident id → severity of the office's alert
    QSet<QString> m_pending;
    QHash<QString, QString> m_names;
    QDateTime m_now;
};

} // namespace careround::ui
