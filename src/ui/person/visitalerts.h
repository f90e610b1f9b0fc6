#pragma once
// The alerts about one visit that this device holds — a conflict between records of the visit,
// an incident reported at it, three refusals in a row — for the visit page, in words. Loaded for
// the visit's person and kept current after saves and syncs.
#include "alertlistmodel.h"
#include "ui/session/sessionfollower.h"
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class VisitAlerts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY targetChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY targetChanged)
    Q_PROPERTY(careround::ui::AlertListModel *alerts READ alerts CONSTANT)

public:
    explicit VisitAlerts(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &visitId);
    AlertListModel *alerts() { return &m_alerts; }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void targetChanged();
    void loaded();

private:
    SessionFollower m_follower;
    AlertListModel m_alerts;
    QString m_personId;
    QString m_visitId;
    int m_generation = 0;
};

} // namespace careround::ui
