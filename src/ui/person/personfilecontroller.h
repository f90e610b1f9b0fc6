#pragma once
// The common part of the eMAR, care plan and reablement controllers: a person's records read off
// the GUI thread in one job (the subclass says which), read again shortly after any save or sync,
// forgotten the moment the session locks; messages in words (errorMessage naming the field at
// fault in errorField, savedMessage); and saving records made by this device's user
// (AppSession::author()) through the store, so each also goes to the outbox.
//
// Either `visit` is set (the controller works at that visit: the person, visit id and care day
// come from it, and recording needs the worker checked in), or `session` and `personId` (reading,
// and for a therapist's reablement review, recording without a visit).
#include "core/record.h"
#include "store/recordstore.h"
#include "ui/common/formmessages.h"
#include "ui/common/recordsaver.h"
#include "ui/session/appsession.h"
#include "ui/session/sessionfollower.h"
#include "ui/visit/visitcontroller.h"
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>

namespace careround {
class RecordAuthor;
}

namespace careround::ui {

class AppSession;
class VisitController;

class PersonFileController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(careround::ui::VisitController *visit READ visit WRITE setVisit NOTIFY visitChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY messageChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messageChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY changed)

public:
    explicit PersonFileController(QObject *parent = nullptr);
    ~PersonFileController() override;

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString personId() const;
    void setPersonId(const QString &personId);
    VisitController *visit() const { return m_visit; }
    void setVisit(VisitController *visit);
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    bool busy() const { return m_saver.busy(); }
    QString errorMessage() const { return m_messages.error; }
    QString errorField() const { return m_messages.field; }
    QString savedMessage() const { return m_messages.saved; }
    // At a visit: the worker is checked in. Without one: the subclass decides (default false).
    virtual bool canRecord() const;

    void classBegin() override;
    void componentComplete() override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

    // Tests: the moment everything is folded at (default: the wall clock).
    void setNowForTests(const QDateTime &now);

signals:
    void sessionChanged();
    void personIdChanged();
    void visitChanged();
    void loadingChanged();
    void busyChanged();
    void messageChanged();
    void changed();
    void loadFinished();
    void saved(const QString &kind); // a record of this kind is on the device

protected:
    // The records to read for `personId` at `now` (runs on a store reader thread).
    virtual store::RecordStore::ReadJob readJob(const QString &personId,
                                                const QDateTime &now) const = 0;
    virtual void apply(const QList<Record> &records) = 0; // a load's result (GUI thread)
    virtual void forget() = 0; // drop every record held (lock, another person)
    virtual void refold() { } // time passed: recompute what depends on `now`

    QDateTime now() const;
    QString userId() const;
    QString userRole() const;
    const RecordAuthor *author() const;
    QTimeZone zone() const; // the device's zone, as for care days (RecordAuthor)
    QDate careDay() const; // the visit's care day, else today
    QString visitId() const; // empty without a visit
    // userId → name: this user, and the rota's workerNames at a visit.
    QHash<QString, QString> names() const;

    bool fail(const QString &field, const QString &message);
    // Queues durable saves (store + outbox); `saved(kind)` and a reload follow, or a failure.
    bool saveAll(const QList<Record> &records, const QString &kind, const QString &message);
    // A record of this person (and visit, care day) made by this device's user.
    Record make(const QString &type, const QJsonObject &payload) const;
    store::RecordStore *store() const { return m_follower.store(); }

private:
    void clearAll();
    void setLoading(bool loading);

    SessionFollower m_follower;
    QString m_personId;
    QString m_loadedPersonId; // whose records are held
    QPointer<VisitController> m_visit;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_complete = true;
    int m_generation = 0; // of loads: a reload or another person drops an older answer
    // Saves outlive reloads (their confirmation must still show) and are forgotten only when
    // another person's file is opened or the session locks.
    RecordSaver m_saver;
    FormMessages m_messages;
    QTimer m_tick;
    QDateTime m_nowForTests;
};

} // namespace careround::ui
