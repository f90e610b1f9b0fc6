#pragma once
// A person's page: their name and grab-sheet summary, the communication book (write an entry,
// say you have read one, correct your own with a reason — entries are never deleted), their
// incidents with whether the office has them, the alerts this device holds about them, and, on a
// family member's phone, the visits delivered. Read from the store in one job
// (personrecords.h) and kept current after every save or sync; forgotten when the session locks.
// A family member writes only entries shared with family and never corrects (the office's rules).
//
// Verbs return false with errorMessage/errorField set when the input is wrong; otherwise the
// record is queued for a durable save and `saved(kind)` follows.
#include "alertlistmodel.h"
#include "incidentlistmodel.h"
#include "personrecords.h"
#include "ui/commbook/commbookmodel.h"
#include "ui/common/formmessages.h"
#include "ui/common/recordsaver.h"
#include "ui/session/sessionfollower.h"
#include "visitsummarymodel.h"
#include <QObject>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class PersonController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY messageChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messageChanged)
    // Who
    Q_PROPERTY(QString personName READ personName NOTIFY changed)
    Q_PROPERTY(QString fullName READ fullName NOTIFY changed)
    Q_PROPERTY(QString addressText READ addressText NOTIFY changed)
    Q_PROPERTY(QStringList allergies READ allergies NOTIFY changed)
    Q_PROPERTY(QString dnacprText READ dnacprText NOTIFY changed)
    Q_PROPERTY(bool dnacprInPlace READ dnacprInPlace NOTIFY changed)
    Q_PROPERTY(QStringList communicationNeeds READ communicationNeeds NOTIFY changed)
    Q_PROPERTY(QStringList keyContacts READ keyContacts NOTIFY changed)
    Q_PROPERTY(QStringList riskFlags READ riskFlags NOTIFY changed)
    // What this user may do here
    Q_PROPERTY(bool isFamily READ isFamily NOTIFY changed)
    Q_PROPERTY(bool canReportIncident READ canReportIncident NOTIFY changed)
    Q_PROPERTY(bool canChooseAudience READ canChooseAudience NOTIFY changed)
    Q_PROPERTY(QString audienceNote READ audienceNote NOTIFY changed)
    // Lists
    Q_PROPERTY(careround::ui::CommbookModel *commbook READ commbook CONSTANT)
    Q_PROPERTY(careround::ui::IncidentListModel *incidents READ incidents CONSTANT)
    Q_PROPERTY(careround::ui::AlertListModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(careround::ui::VisitSummaryModel *visitSummaries READ visitSummaries CONSTANT)

public:
    explicit PersonController(QObject *parent = nullptr);
    ~PersonController() override;

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    bool found() const { return m_records.any; }
    bool busy() const { return m_saver.busy(); }
    QString errorMessage() const { return m_messages.error; }
    QString errorField() const { return m_messages.field; }
    QString savedMessage() const { return m_messages.saved; }

    QString personName() const;
    QString fullName() const { return m_records.person.name; }
    QString addressText() const { return m_records.person.addressText; }
    QStringList allergies() const { return m_records.person.allergies; }
    QString dnacprText() const;
    bool dnacprInPlace() const { return m_records.person.dnacpr.value_or(false); }
    QStringList communicationNeeds() const { return m_records.person.communicationNeeds; }
    QStringList keyContacts() const { return m_records.person.keyContacts; }
    QStringList riskFlags() const { return m_records.person.riskFlags; }

    bool isFamily() const;
    bool canReportIncident() const;
    bool canChooseAudience() const { return !isFamily(); }
    QString audienceNote() const;

    CommbookModel *commbook() { return &m_commbook; }
    IncidentListModel *incidents() { return &m_incidents; }
    AlertListModel *alerts() { return &m_alerts; }
    VisitSummaryModel *visitSummaries() { return &m_summaries; }

    void classBegin() override;
    void componentComplete() override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();
    // personcontroller_commbook.cpp
    Q_INVOKABLE bool writeEntry(const QString &text, const QString &category,
                                const QString &audience);
    Q_INVOKABLE bool acknowledge(const QString &entryId);
    Q_INVOKABLE bool correctEntry(const QString &entryId, const QString &reason,
                                  const QString &text, const QString &category);
    Q_INVOKABLE QVariantList categoryChoices() const;
    Q_INVOKABLE QVariantList audienceChoices() const;
    // One entry's current values, for the correction form: {text, category, categoryText,
    // audienceText, byText, whenText}; empty when not loaded.
    Q_INVOKABLE QVariantMap entryValues(const QString &entryId) const;

    void setNowForTests(const QDateTime &now);

signals:
    void sessionChanged();
    void personIdChanged();
    void loadingChanged();
    void busyChanged();
    void messageChanged();
    void changed();
    void loadFinished();
    void saved(const QString &kind);

private:
    QDateTime now() const;
    QString userId() const;
    QString role() const;
    QHash<QString, QString> names() const;
    void clear();
    void apply(PersonRecords records, const QSet<QString> &pending);
    bool fail(const QString &field, const QString &message);
    bool saveRecords(const QList<Record> &records, const QString &kind, const QString &message);

    SessionFollower m_follower;
    RecordSaver m_saver;
    QString m_personId;
    PersonRecords m_records;
    CommbookModel m_commbook;
    IncidentListModel m_incidents;
    AlertListModel m_alerts;
    VisitSummaryModel m_summaries;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_complete = true;
    int m_generation = 0;
    FormMessages m_messages;
    QDateTime m_nowForTests;
};

} // namespace careround::ui
