#pragma once
// Visits delivered, as a family member's device receives them (type visit.summary: the date, when
// the visit finished and the worker's first name — nothing else), newest first, in words.
#include "core/record.h"
#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class VisitSummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Visit summaries come from PersonController.visitSummaries")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        DateTextRole, // "Tuesday 3 March"
        DetailRole, // "Amira finished the visit at 08:45"
    };
    Q_ENUM(Role)

    explicit VisitSummaryModel(QObject *parent = nullptr);

    void setSummaries(QList<Record> summaries, const QDateTime &now);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Record> m_rows;
    QDateTime m_now;
};

} // namespace careround::ui
