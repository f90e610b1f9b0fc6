#pragma once
// The incident and concern form, from a visit or from a person's page: what happened (accident,
// fall, safeguarding concern, medication error, complaint, hospital admission, death), how serious,
// when, what was done and who was told (phone first; this written report within 12 hours). Saved
// as an `incident` record by this user; the office's server raises an alert for every incident it
// receives, so the form says the office will be alerted when the phone sends it. There is no
// switch that keeps a safeguarding concern from the office (product rule).
//
// From a visit, set `visitId` (the person and care day come from the visit; an assigned worker
// reports it); from a person's page, set `personId`.
#include "ui/common/formmessages.h"
#include "ui/common/recordsaver.h"
#include "ui/session/sessionfollower.h"
#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class IncidentForm : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY targetChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY targetChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged) // the visit (if any) is read
    Q_PROPERTY(bool allowed READ allowed NOTIFY readyChanged)
    Q_PROPERTY(QString notAllowedText READ notAllowedText NOTIFY readyChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY messageChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messageChanged)
    Q_PROPERTY(QString officeText READ officeText CONSTANT)
    Q_PROPERTY(QString safeguardingText READ safeguardingText CONSTANT)

public:
    explicit IncidentForm(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &visitId);

    bool ready() const { return m_ready; }
    bool allowed() const { return notAllowedText().isEmpty(); }
    QString notAllowedText() const;
    bool busy() const { return m_saver.busy(); }
    QString errorMessage() const { return m_messages.error; }
    QString errorField() const { return m_messages.field; }
    QString savedMessage() const { return m_messages.saved; }
    QString officeText() const;
    QString safeguardingText() const;

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

    Q_INVOKABLE QVariantList kindChoices() const;
    Q_INVOKABLE QVariantList severityChoices() const;
    Q_INVOKABLE QVariantList methodChoices() const;
    Q_INVOKABLE QVariantList dayChoices() const;
    // The 12-hour rule for the time typed ("" = now): when the written report is due.
    Q_INVOKABLE QString writtenDueText(const QString &day, const QString &time) const;
    // `reports`: [{who, how, time}] — "time" as "HH:mm" today, "" = now. Rows left empty are
    // skipped. Emits saved(recordId) once on the device.
    Q_INVOKABLE bool save(const QString &kind, const QString &severity, const QString &day,
                          const QString &time, const QString &description,
                          const QString &actionTaken, const QVariantList &reports);
    Q_INVOKABLE void clearMessages();

    void setNowForTests(const QDateTime &now) { m_nowForTests = now; }

signals:
    void sessionChanged();
    void targetChanged();
    void readyChanged();
    void busyChanged();
    void messageChanged();
    void saved(const QString &recordId);

private:
    QDateTime now() const;
    void load();
    void forget();
    bool fail(const QString &field, const QString &message);

    SessionFollower m_follower;
    RecordSaver m_saver;
    QString m_personId;
    QString m_visitId;
    QString m_visitPersonId; // from the rota when visitId is set
    QDate m_visitCareDay;
    bool m_assigned = false;
    bool m_ready = false;
    bool m_complete = true;
    int m_generation = 0;
    FormMessages m_messages;
    QDateTime m_nowForTests;
};

} // namespace careround::ui
