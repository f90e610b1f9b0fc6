#pragma once
// The alerts this device holds about a person (conflicts, incidents, three refusals… raised by
// the office's server or on this device), newest first, in words — for the person's page, or only
// those about one visit for the visit page. Filled by PersonController or VisitAlerts.
#include "core/record.h"
#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AlertListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Alerts come from PersonController.alerts or VisitAlerts.alerts")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int urgentCount READ urgentCount NOTIFY countChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        RuleRole,
        TitleRole, // "Urgent: Incident reported"
        SummaryRole,
        WhenTextRole,
        ToneRole, // CrBanner tone
        VisitIdRole,
    };
    Q_ENUM(Role)

    explicit AlertListModel(QObject *parent = nullptr);

    // Every alert when `visitId` is empty; else those of the visit (its id on the alert, or one of
    // `visitRecordIds` among the alert's related records).
    void setAlerts(QList<Record> alerts, const QDateTime &now, const QString &visitId = {},
                   const QSet<QString> &visitRecordIds = {});
    const QList<Record> &alerts() const { return m_alerts; }
    int count() const { return int(m_alerts.size()); }
    int urgentCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Record> m_alerts;
    QDateTime m_now;
};

} // namespace careround::ui
