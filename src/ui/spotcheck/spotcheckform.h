#pragma once
// A supervisor's spot check of a worker at a visit (observed practice): the person's consent or
// the reason they refused (then there is no checklist), the checklist, the outcome and actions
// with due dates. Saved as a `spotcheck` record by this supervisor with the visit's person, visit
// and care day; the worker acknowledges it on their own phone (SpotCheckInbox).
//
// Set `visitId` (and `workerUserId` on a double-handed visit; by default the visit's worker who
// is not this user). Verbs set the form; save() checks it (spotcheckpayloads.h) and saves.
#include "spotcheckmodels.h"
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

class SpotCheckForm : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(QString workerUserId READ workerUserId WRITE setWorkerUserId NOTIFY formChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY loaded)
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString personName READ personName NOTIFY loaded)
    Q_PROPERTY(QString visitText READ visitText NOTIFY loaded)
    Q_PROPERTY(QString workerName READ workerName NOTIFY formChanged)
    Q_PROPERTY(QVariantList workerChoices READ workerChoices NOTIFY loaded)
    Q_PROPERTY(QString notAllowedText READ notAllowedText NOTIFY loaded)
    Q_PROPERTY(QString consent READ consent NOTIFY formChanged)
    Q_PROPERTY(QString refusalReason READ refusalReason WRITE setRefusalReason NOTIFY formChanged)
    Q_PROPERTY(QString outcome READ outcome WRITE setOutcome NOTIFY formChanged)
    Q_PROPERTY(bool anyNotMet READ anyNotMet NOTIFY formChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY formChanged)
    Q_PROPERTY(careround::ui::SpotCheckItemModel *items READ items CONSTANT)
    Q_PROPERTY(careround::ui::SpotCheckActionModel *actions READ actions CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool done READ done NOTIFY messageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY messageChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messageChanged)

public:
    explicit SpotCheckForm(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &visitId);
    QString workerUserId() const { return m_workerUserId; }
    void setWorkerUserId(const QString &userId);

    bool ready() const { return m_ready; }
    bool found() const { return !m_personId.isEmpty(); }
    QString personName() const { return m_personName; }
    QString visitText() const { return m_visitText; }
    QString workerName() const;
    QVariantList workerChoices() const;
    QString notAllowedText() const;
    QString consent() const { return m_consent; }
    QString refusalReason() const { return m_refusalReason; }
    void setRefusalReason(const QString &reason);
    QString outcome() const { return m_outcome; }
    void setOutcome(const QString &outcome);
    bool anyNotMet() const { return m_items.anyNotMet(); }
    QString progressText() const; // "4 of 7 items answered"
    SpotCheckItemModel *items() { return &m_items; }
    SpotCheckActionModel *actions() { return &m_actions; }
    bool busy() const { return m_saver.busy(); }
    bool done() const { return !m_messages.saved.isEmpty(); }
    QString errorMessage() const { return m_messages.error; }
    QString errorField() const { return m_messages.field; }
    QString savedMessage() const { return m_messages.saved; }

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

    Q_INVOKABLE void setConsent(const QString &consent); // given, refused
    Q_INVOKABLE bool setResult(int row, const QString &result);
    Q_INVOKABLE bool setComment(int row, const QString &comment);
    Q_INVOKABLE void addAction() { m_actions.add(); }
    Q_INVOKABLE bool removeAction(int row) { return m_actions.remove(row); }
    Q_INVOKABLE bool setActionDescription(int row, const QString &text);
    Q_INVOKABLE bool setActionDue(int row, const QString &text);
    Q_INVOKABLE QVariantList consentChoices() const;
    Q_INVOKABLE QVariantList resultChoices() const;
    Q_INVOKABLE QVariantList outcomeChoices() const;
    Q_INVOKABLE QVariantList dueChoices() const;
    Q_INVOKABLE bool save();
    Q_INVOKABLE void clearMessages();

    void setTodayForTests(const QDate &today) { m_todayForTests = today; }

signals:
    void sessionChanged();
    void visitIdChanged();
    void loaded();
    void formChanged();
    void busyChanged();
    void messageChanged();
    void saved(const QString &recordId);

private:
    QDate today() const;
    void load();
    void forget();
    bool fail(const QString &field, const QString &message);

    SessionFollower m_follower;
    RecordSaver m_saver;
    SpotCheckItemModel m_items;
    SpotCheckActionModel m_actions;
    QString m_visitId;
    QString m_workerUserId;
    QString m_personId;
    QDate m_careDay;
    QString m_personName;
    QString m_visitText;
    QStringList m_workers; // the visit's workers other than this user
    QHash<QString, QString> m_workerNames;
    QString m_consent;
    QString m_refusalReason;
    QString m_outcome;
    bool m_ready = false;
    bool m_complete = true;
    int m_generation = 0;
    FormMessages m_messages;
    QDate m_todayForTests;
};

} // namespace careround::ui
