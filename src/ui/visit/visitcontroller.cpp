#include "visitcontroller.h"

#include "core/recordtypes.h"
#include "handovernotes.h"
#include "location/fixrequest.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/common/correctedrecords.h"
#include "ui/common/durationtext.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"
#include "ui/session/locationsettings.h"
#include "visitwords.h"

namespace careround::ui {

VisitController::VisitController(QObject *parent)
    : QObject(parent)
    , m_follower({[this] { reload(); }, [this] { clear(); },
                  [this](const QString &message) {
                      fail({}, tr("Could not read this visit: %1").arg(message));
                  }})
{
    m_minuteTick.setInterval(30 * 1000);
    connect(&m_minuteTick, &QTimer::timeout, this, &VisitController::refold);
    m_locatingTick.setInterval(1000);
    connect(&m_locatingTick, &QTimer::timeout, this, &VisitController::presenceChanged);
    connect(&m_saver, &RecordSaver::busyChanged, this, &VisitController::busyChanged);
}

VisitController::~VisitController() = default;

void VisitController::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

void VisitController::setVisitId(const QString &visitId)
{
    if (m_visitId == visitId)
        return;
    clear();
    m_visitId = visitId;
    emit visitIdChanged();
    reload();
}

void VisitController::setLocation(LocationSettings *location)
{
    if (m_location == location)
        return;
    m_location = location;
    emit locationChanged();
}

void VisitController::setNowForTests(const QDateTime &now)
{
    m_nowForTests = now;
    refold();
}

QDateTime VisitController::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::now();
}

QString VisitController::userId() const
{
    return session() ? session()->profile().userId : QString();
}

QHash<QString, QString> VisitController::names() const
{
    QHash<QString, QString> names;
    const QJsonObject rota =
        m_snapshot.visitRecord.payload.value(QLatin1String("workerNames")).toObject();
    for (auto it = rota.begin(); it != rota.end(); ++it)
        names.insert(it.key(), it.value().toString());
    if (session() && !userId().isEmpty())
        names.insert(userId(), session()->profile().displayName);
    return names;
}

void VisitController::clear()
{
    ++m_generation;
    ++m_visitGeneration;
    m_saver.forget();
    m_follower.cancelLoadSoon();
    m_minuteTick.stop();
    m_fixRequest.reset();
    m_pendingPresenceType.clear();
    m_pendingPresenceRecordId.clear();
    m_locatingTick.stop();
    hideEntryCodes();
    m_evidenceWords.clear();
    m_alertText.clear();
    m_reviewOpen = false;
    m_reviewItems.clear();
    m_reviewReasons.clear();
    m_pendingReview = {};
    applySnapshot({});
    setLoading(false);
}

void VisitController::classBegin()
{
    m_complete = false;
}

void VisitController::componentComplete()
{
    m_complete = true;
    reload();
}

void VisitController::reload()
{
    if (!m_complete)
        return;
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore || m_visitId.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString visitId = m_visitId;
    const QDateTime at = now();
    setLoading(true);
    whenFinished(recordStore->read([visitId, at](store::RecordRepository &repo) {
        return VisitSnapshot::read(repo, visitId, at);
    }),
                 this, [this, generation, visitId](const QList<Record> &records) {
                     if (generation != m_generation)
                         return; // locked, or another visit, or reloaded meanwhile
                     applySnapshot(VisitSnapshot::fromRecords(records, visitId));
                     setLoading(false);
                     m_minuteTick.start();
                     updateRefusalWarning();
                     emit loadFinished();
                 });
}

void VisitController::applySnapshot(VisitSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    for (const Record &r : std::as_const(m_snapshot.visitRecords)) {
        if (!m_pendingPresenceRecordId.isEmpty() && r.id == m_pendingPresenceRecordId) {
            m_pendingPresenceType.clear(); // the saved check-in or check-out is read back
            m_pendingPresenceRecordId.clear();
        }
    }
    const QString me = userId();
    const QString partner = partnerOf(m_snapshot.visit, me);
    m_mine = presenceOf(m_snapshot.events, me);
    m_partner = partner.isEmpty() ? WorkerPresence {} : presenceOf(m_snapshot.events, partner);
    const QHash<QString, QString> who = names();
    const Record *plan = m_snapshot.carePlan ? &*m_snapshot.carePlan : nullptr;
    m_tasks.setTasks(visitTasks(m_snapshot.visit, plan, m_snapshot.events,
                                correctedRecords(m_snapshot.personRecent)),
                     who);
    m_history.setEntries(VisitHistory::build(m_snapshot.visitRecords, who, me));
    QList<HistoryEntry> notes;
    const QDateTime before = m_mine.checkIn ? m_mine.checkIn->deviceTime : now();
    for (const Record &note :
         notesForNextWorker(correctedRecords(m_snapshot.personRecent), m_visitId, before)) {
        HistoryEntry e;
        e.recordId = note.id;
        e.type = note.type;
        e.title = note.payload.value(QLatin1String("note")).toString();
        const QString author = who.value(note.authorUserId);
        //: who left a note and when, e.g. "Sam Cole at Tue 20:40"
        e.byText = tr("%1 at %2")
                       .arg(author.isEmpty() ? tr("another worker") : author,
                            DurationText::clockTime(note.deviceTime, now()));
        notes.append(e);
    }
    m_handoverNotes.setEntries(notes);
    if (m_entryCodesShown && !entryCodesAllowed())
        hideEntryCodes(); // checked out: the codes go away
    m_state = foldVisitState(m_snapshot.visit, m_snapshot.events, now());
    if (m_reviewOpen)
        refreshReview(); // a dose or task recorded from the review leaves it
    emit changed();
    emit presenceChanged();
}

void VisitController::refold()
{
    if (!m_snapshot.found)
        return;
    m_state = foldVisitState(m_snapshot.visit, m_snapshot.events, now());
    emit changed();
}

void VisitController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

bool VisitController::fail(const QString &field, const QString &message)
{
    m_messages.setError(field, message);
    emit messageChanged();
    return false;
}

void VisitController::clearMessages()
{
    if (m_messages.clear())
        emit messageChanged();
}

QString VisitController::timeRangeText() const
{
    return found() ? VisitWords::timeRange(m_snapshot.visit) : QString();
}

QString VisitController::lengthText() const
{
    return found() ? VisitWords::length(m_snapshot.visit.durationMinutes) : QString();
}

QString VisitController::callTypeText() const
{
    return found() ? VisitWords::callType(m_snapshot.visit.callType) : QString();
}

QString VisitController::status() const
{
    return found() ? visitStatusCode(m_state.status) : QString();
}

QString VisitController::statusText() const
{
    return found() ? VisitWords::statusText(m_state.status) : QString();
}

QString VisitController::statusDetail() const
{
    if (!found())
        return {};
    return VisitWords::statusDetail(
        m_snapshot.visit, m_state, now(),
        m_snapshot.visitRecord.payload.value(QLatin1String("cancelReason")).toString());
}

int VisitController::statusTone() const
{
    return int(VisitWords::tone(m_state.status));
}

bool VisitController::assigned() const
{
    return found() && isAssigned(m_snapshot.visit, userId());
}

QString VisitController::partnerText() const
{
    if (!doubleHanded())
        return {};
    const QString partner = partnerOf(m_snapshot.visit, userId());
    QString name = names().value(partner);
    if (name.isEmpty())
        name = tr("The second worker");
    if (m_partner.left())
        return tr("%1 checked out at %2")
            .arg(name, VisitWords::clock(m_partner.checkOut->deviceTime));
    if (m_partner.here())
        return tr("%1 checked in at %2")
            .arg(name, VisitWords::clock(m_partner.checkIn->deviceTime));
    if (m_mine.here())
        return tr("Waiting for %1: not checked in yet").arg(name);
    return tr("%1 has not checked in yet").arg(name);
}

QString VisitController::conflictText() const
{
    return m_state.duplicateCheckIn
        ? tr("Two check-ins by the same worker are recorded for this visit. Tell the office: "
             "they will decide which one stands.")
        : QString();
}

QString VisitController::dnacprText() const
{
    return found() ? PersonSheets::dnacprText(m_snapshot.person.dnacpr) : QString();
}

bool VisitController::fileReadNeeded() const
{
    // Asked for before and during the visit; once the worker has left it is too late to matter.
    return assigned() && !m_mine.left() && m_state.status != VisitStatus::Done
        && m_snapshot.fileReadNeededBy(userId());
}

bool VisitController::canRecordNoAccess() const
{
    return assigned() && !cancelled() && !m_mine.checkedIn() && !m_partner.checkedIn()
        && m_state.status != VisitStatus::NoAccess;
}

} // namespace careround::ui
