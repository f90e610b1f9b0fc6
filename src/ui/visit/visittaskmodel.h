#pragma once
// The visit page's task list (visittasks.h), one row per task. Filled by VisitController; QML
// records an outcome with VisitController::recordTask(name, outcome, note).
#include "visittasks.h"
#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class VisitTaskModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A visit's tasks come from VisitController.tasks")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(
        int openCount READ openCount NOTIFY countChanged) // not yet recorded, medication aside

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        MedicationRole, // a placeholder row: doses are recorded in the eMAR screen
        OutcomeRole, // "", "done", "refused", "not_needed"
        OutcomeTextRole, // "Done"
        NoteRole,
        RecordedTextRole, // "Done: Amira Khan at 08:12"
        RefusalTextRole, // "Refused at 3 visits in a row", empty below 2
        RecordIdRole,
    };
    Q_ENUM(Role)

    explicit VisitTaskModel(QObject *parent = nullptr);

    // names: user id → name, for "who recorded it".
    void setTasks(QList<VisitTask> tasks, const QHash<QString, QString> &names);
    const QList<VisitTask> &tasks() const { return m_tasks; }
    int count() const { return int(m_tasks.size()); }
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<VisitTask> m_tasks;
    QHash<QString, QString> m_names;
};

} // namespace careround::ui
