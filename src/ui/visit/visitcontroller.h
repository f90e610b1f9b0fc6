#pragma once
// The visit page's controller: one visit of the round, read from the store in one job and kept
// current after every save. It shows the person's grab sheet, the status from the core fold, who
// is here (double-handed calls show the other worker), the tasks, notes left by the last visit,
// and the visit's history with its corrections; and it records everything a visit needs as this
// device's user (AppSession::author()): check-in and check-out with location evidence (never
// blocked by a missing fix), task outcomes, notes, money handled, an incident, the file-read
// sign-off, the no-access protocol, and corrections or withdrawals of the user's own entries.
// Three refusals in a row of one task show a warning (refusalalerts.h); the server raises the
// office's alert.
//
// Verbs return false with errorMessage/errorField set when the input is wrong or the action is
// not allowed now; otherwise the record is queued for a durable save and `saved` follows.
#include "core/rules/checkoutreview.h"
#include "core/rules/visitstatus.h"
#include "ui/common/formmessages.h"
#include "ui/common/recordsaver.h"
#include "ui/session/locationsettings.h"
#include "ui/session/sessionfollower.h"
#include "visitentrymodel.h"
#include "visitpresence.h"
#include "visitsnapshot.h"
#include "visittaskmodel.h"
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace careround::location {
class FixRequest;
struct LocationFix;
} // namespace careround::location

namespace careround::ui {

class AppSession;

class VisitController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(careround::ui::LocationSettings *location READ location WRITE setLocation NOTIFY
                   locationChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY messageChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messageChanged)
    // The visit
    Q_PROPERTY(QString personId READ personId NOTIFY changed)
    Q_PROPERTY(QString personName READ personName NOTIFY changed)
    Q_PROPERTY(QString fullName READ fullName NOTIFY changed)
    Q_PROPERTY(QString addressText READ addressText NOTIFY changed)
    Q_PROPERTY(QString timeRangeText READ timeRangeText NOTIFY changed)
    Q_PROPERTY(QString lengthText READ lengthText NOTIFY changed)
    Q_PROPERTY(QString callTypeText READ callTypeText NOTIFY changed)
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString statusDetail READ statusDetail NOTIFY changed)
    Q_PROPERTY(int statusTone READ statusTone NOTIFY changed)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY changed)
    Q_PROPERTY(bool assigned READ assigned NOTIFY changed)
    Q_PROPERTY(bool doubleHanded READ doubleHanded NOTIFY changed)
    Q_PROPERTY(bool partnerCheckedIn READ partnerCheckedIn NOTIFY changed)
    Q_PROPERTY(QString partnerText READ partnerText NOTIFY changed)
    Q_PROPERTY(QString conflictText READ conflictText NOTIFY changed) // two check-ins by one worker
    // Grab sheet
    Q_PROPERTY(QStringList allergies READ allergies NOTIFY changed)
    Q_PROPERTY(bool dnacprInPlace READ dnacprInPlace NOTIFY changed)
    Q_PROPERTY(QString dnacprText READ dnacprText NOTIFY changed)
    Q_PROPERTY(QStringList communicationNeeds READ communicationNeeds NOTIFY changed)
    Q_PROPERTY(QStringList keyContacts READ keyContacts NOTIFY changed)
    Q_PROPERTY(QStringList riskFlags READ riskFlags NOTIFY changed)
    Q_PROPERTY(QString attorneyText READ attorneyText NOTIFY changed)
    Q_PROPERTY(QString dietaryNeeds READ dietaryNeeds NOTIFY changed)
    // Presence
    Q_PROPERTY(Presence presence READ presence NOTIFY presenceChanged)
    Q_PROPERTY(QString locatingText READ locatingText NOTIFY presenceChanged)
    Q_PROPERTY(bool canCheckIn READ canCheckIn NOTIFY presenceChanged)
    Q_PROPERTY(bool canCheckOut READ canCheckOut NOTIFY presenceChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY presenceChanged)
    Q_PROPERTY(QString checkInText READ checkInText NOTIFY changed)
    Q_PROPERTY(QString checkOutText READ checkOutText NOTIFY changed)
    Q_PROPERTY(QString deliveredText READ deliveredText NOTIFY changed)
    // Entry codes: only for an assigned worker who is checked in, and only when asked for
    Q_PROPERTY(bool entryCodesAllowed READ entryCodesAllowed NOTIFY changed)
    Q_PROPERTY(bool entryCodesShown READ entryCodesShown NOTIFY entryCodesChanged)
    Q_PROPERTY(QStringList entryCodes READ entryCodes NOTIFY entryCodesChanged)
    Q_PROPERTY(QString entryCodesNote READ entryCodesNote NOTIFY entryCodesChanged)
    // Other parts of the page
    Q_PROPERTY(bool fileReadNeeded READ fileReadNeeded NOTIFY changed)
    Q_PROPERTY(bool canRecordNoAccess READ canRecordNoAccess NOTIFY changed)
    Q_PROPERTY(QString alertText READ alertText NOTIFY changed)
    // Check-out review: [{key, kind, subject, title, detail, reason}] (core rules/checkoutreview.h)
    Q_PROPERTY(bool reviewOpen READ reviewOpen NOTIFY reviewChanged)
    Q_PROPERTY(QVariantList reviewItems READ reviewItems NOTIFY reviewChanged)
    Q_PROPERTY(bool reviewReady READ reviewReady NOTIFY reviewReasonsChanged) // all have a reason
    Q_PROPERTY(careround::ui::VisitTaskModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(careround::ui::VisitEntryModel *history READ history CONSTANT)
    Q_PROPERTY(careround::ui::VisitEntryModel *handoverNotes READ handoverNotes CONSTANT)

public:
    enum Presence { NotCheckedIn, Locating, Saving, CheckedIn, CheckedOut };
    Q_ENUM(Presence)

    explicit VisitController(QObject *parent = nullptr);
    ~VisitController() override;

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &visitId);
    LocationSettings *location() const { return m_location; }
    void setLocation(LocationSettings *location);

    bool loading() const { return m_loading; }
    bool found() const { return m_snapshot.found; }
    bool busy() const { return m_saver.busy(); }
    QString errorMessage() const { return m_messages.error; }
    QString errorField() const { return m_messages.field; }
    QString savedMessage() const { return m_messages.saved; }

    QString personId() const { return m_snapshot.visit.personId; }
    QString personName() const { return m_snapshot.person.displayName(); }
    QString fullName() const { return m_snapshot.person.name; }
    QString addressText() const { return m_snapshot.person.addressText; }
    QString timeRangeText() const;
    QString lengthText() const;
    QString callTypeText() const;
    QString instructions() const { return m_snapshot.visit.instructions; }
    QString status() const;
    QString statusText() const;
    QString statusDetail() const;
    int statusTone() const;
    bool cancelled() const { return m_snapshot.visit.cancelled; }
    bool assigned() const;
    bool doubleHanded() const { return m_snapshot.visit.doubleHanded(); }
    bool partnerCheckedIn() const { return m_partner.checkedIn(); }
    QString partnerText() const;
    QString conflictText() const;

    QStringList allergies() const { return m_snapshot.person.allergies; }
    bool dnacprInPlace() const { return m_snapshot.person.dnacpr.value_or(false); }
    QString dnacprText() const;
    QStringList communicationNeeds() const { return m_snapshot.person.communicationNeeds; }
    QStringList keyContacts() const { return m_snapshot.person.keyContacts; }
    QStringList riskFlags() const { return m_snapshot.person.riskFlags; }
    QString attorneyText() const { return m_snapshot.person.attorneyText; }
    QString dietaryNeeds() const { return m_snapshot.person.dietaryNeeds; }

    Presence presence() const;
    QString locatingText() const;
    bool canCheckIn() const;
    bool canCheckOut() const;
    bool canRecord() const;
    QString checkInText() const;
    QString checkOutText() const;
    QString deliveredText() const;

    bool entryCodesAllowed() const;
    bool entryCodesShown() const { return m_entryCodesShown; }
    QStringList entryCodes() const { return m_entryCodes; }
    QString entryCodesNote() const { return m_entryCodesNote; }

    bool fileReadNeeded() const;
    bool canRecordNoAccess() const;
    QString alertText() const { return m_alertText; }
    bool reviewOpen() const { return m_reviewOpen; }
    QVariantList reviewItems() const;
    bool reviewReady() const;
    QList<CheckOutItem> checkOutReviewNow() const; // what is open if the worker checked out now
    // "You have checked out…": why nothing more is ticked on the visit (a correction instead).
    static QString checkedOutWords();
    VisitTaskModel *tasks() { return &m_tasks; }
    VisitEntryModel *history() { return &m_history; }
    VisitEntryModel *handoverNotes() { return &m_handoverNotes; }
    const VisitSnapshot &snapshot() const { return m_snapshot; }
    const VisitState &state() const { return m_state; }

    // Created by QML: nothing loads until every property is set.
    void classBegin() override;
    void componentComplete() override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

    // Presence (visitcontroller_presence.cpp)
    Q_INVOKABLE bool checkIn();
    // Check-out opens the review first (visitcontroller_review.cpp): with anything open and no
    // reason for it, returns false, `reviewOpen` turns true and errorField is "review.<key>".
    Q_INVOKABLE bool checkOut();
    Q_INVOKABLE bool setReviewReason(const QString &key, const QString &reason);
    Q_INVOKABLE void closeReview();
    Q_INVOKABLE void stopWaitingForLocation(); // save now, with the best fix so far or none
    Q_INVOKABLE bool revealEntryCodes();
    Q_INVOKABLE void hideEntryCodes();

    // Entries (visitcontroller_entries.cpp)
    // A refusal needs reasonCode (refusalReasonChoices) and, for "other", the reason in words.
    Q_INVOKABLE bool recordTask(const QString &task, const QString &outcome, const QString &note,
                                const QString &reasonCode = {}, const QString &reason = {});
    Q_INVOKABLE QVariantList refusalReasonChoices() const;
    Q_INVOKABLE bool saveNote(const QString &text, bool forNextWorker, bool significant);
    Q_INVOKABLE bool saveFinance(const QString &amount, const QString &purpose,
                                 bool confirmedByPerson, bool receiptKept, const QString &note);
    Q_INVOKABLE bool saveIncident(const QString &kind, const QString &severity,
                                  const QString &description, const QString &actionTaken,
                                  const QString &reportedTo, const QString &method);
    Q_INVOKABLE bool confirmFileRead();
    Q_INVOKABLE bool saveNoAccess(bool letterbox, bool windows, bool back, bool neighbours,
                                  bool officePhoned, const QString &outcome);
    Q_INVOKABLE bool withdrawEntry(const QString &recordId, const QString &reason);
    Q_INVOKABLE bool correctEntry(const QString &recordId, const QString &reason,
                                  const QVariantMap &changes);
    // Choices for the forms: [{ code, text }]
    Q_INVOKABLE QVariantList incidentKindChoices() const;
    Q_INVOKABLE QVariantList severityChoices() const;
    Q_INVOKABLE QVariantList reportMethodChoices() const;

    // Tests: the moment statuses are folded at (default: the wall clock).
    void setNowForTests(const QDateTime &now);

signals:
    void sessionChanged();
    void visitIdChanged();
    void locationChanged();
    void loadingChanged();
    void busyChanged();
    void messageChanged();
    void changed();
    void presenceChanged();
    void entryCodesChanged();
    void reviewChanged(); // opened, closed, or the items changed (not on every reason typed)
    void reviewReasonsChanged();
    void loadFinished();
    void saved(const QString &kind); // a record of this kind ("visit.note", …) is on the device

private:
    QDateTime now() const;
    QString userId() const;
    QHash<QString, QString> names() const;
    void clear();
    void applySnapshot(VisitSnapshot snapshot);
    void refold();
    void setLoading(bool loading);
    bool fail(const QString &field, const QString &message);
    // Makes and queues records of this visit; `kind` goes to `saved`. False when not unlocked.
    bool saveAll(const QList<Record> &records, const QString &kind, const QString &message);
    bool saveRecord(const QString &type, const QJsonObject &payload, const QString &message);
    void updateRefusalWarning();
    // Presence
    bool startPresence(const QString &type);
    void onFix(const std::optional<location::LocationFix> &fix);
    QString presenceWords(const std::optional<Record> &record) const;
    const HistoryEntry *ownEntry(const QString &recordId);
    // Review
    void refreshReview();
    QString reviewTitle(const CheckOutItem &item) const;
    QString reviewDetail(const CheckOutItem &item) const;

    SessionFollower m_follower;
    QString m_visitId;
    QPointer<LocationSettings> m_location;
    std::unique_ptr<LocationSettings> m_defaultLocation;
    VisitSnapshot m_snapshot;
    VisitState m_state;
    WorkerPresence m_mine;
    WorkerPresence m_partner;
    VisitTaskModel m_tasks;
    VisitEntryModel m_history;
    VisitEntryModel m_handoverNotes;
    bool m_loading = false;
    bool m_complete = true; // false between classBegin and componentComplete
    int m_generation = 0; // each load: older load results are dropped
    int m_visitGeneration = 0; // each clear (lock, another visit): older answers are dropped
    RecordSaver m_saver; // forgotten with the visit (clear())
    FormMessages m_messages;
    QString m_alertText;
    // A check-in or check-out waiting for its fix.
    std::unique_ptr<location::FixRequest> m_fixRequest;
    QString m_pendingPresenceType;
    QString m_pendingPresenceRecordId; // saved, until the reload shows it
    QTimer m_locatingTick;
    QHash<QString, QString> m_evidenceWords; // record id → the verdict in words, this session
    bool m_entryCodesShown = false;
    QStringList m_entryCodes;
    QString m_entryCodesNote;
    QTimer m_minuteTick;
    QDateTime m_nowForTests;
    bool m_reviewOpen = false;
    QList<CheckOutItem> m_reviewItems;
    QHash<QString, QString> m_reviewReasons; // item key → the worker's reason
    QJsonArray m_pendingReview; // the reviewed items, for the check-out waiting for its fix
};

} // namespace careround::ui
