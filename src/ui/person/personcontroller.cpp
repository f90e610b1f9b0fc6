#include "personcontroller.h"

#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/commbook/commbookwords.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"

namespace careround::ui {

namespace {
constexpr int OutboxLookAhead = 10000; // what "not sent yet" looks through
} // namespace

PersonController::PersonController(QObject *parent)
    : QObject(parent)
    , m_follower({[this] { reload(); }, [this] { clear(); },
                  [this](const QString &message) {
                      fail({}, tr("Could not read this person's records: %1").arg(message));
                  }})
{
    connect(&m_saver, &RecordSaver::busyChanged, this, &PersonController::busyChanged);
}

PersonController::~PersonController() = default;

void PersonController::setSession(AppSession *session)
{
    if (m_follower.setSession(session)) {
        emit sessionChanged();
        emit changed(); // the role decides what may be done here
    }
}

void PersonController::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    clear();
    m_personId = personId;
    emit personIdChanged();
    reload();
}

void PersonController::setNowForTests(const QDateTime &now)
{
    m_nowForTests = now;
    reload();
}

QDateTime PersonController::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::now();
}

QString PersonController::userId() const
{
    return session() ? session()->profile().userId : QString();
}

QString PersonController::role() const
{
    return session() ? session()->profile().role : QString();
}

QHash<QString, QString> PersonController::names() const
{
    QHash<QString, QString> names;
    if (session() && !userId().isEmpty())
        names.insert(userId(), session()->profile().displayName);
    return names;
}

void PersonController::classBegin()
{
    m_complete = false;
}

void PersonController::componentComplete()
{
    m_complete = true;
    reload();
}

void PersonController::clear()
{
    ++m_generation;
    m_saver.forget();
    m_follower.cancelLoadSoon();
    m_records = {};
    m_commbook.clear();
    m_incidents.setIncidents({}, {}, {}, {}, now());
    m_alerts.setAlerts({}, now());
    m_summaries.setSummaries({}, now());
    m_loaded = false;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged();
    }
    emit changed();
}

void PersonController::reload()
{
    if (!m_complete)
        return;
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore || m_personId.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString personId = m_personId;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    whenFinished(recordStore->read([personId](store::RecordRepository &repo) {
        return PersonRecords::read(repo, personId);
    }),
                 this, [this, generation, personId](const QList<Record> &records) {
                     store::RecordStore *recordStore = m_follower.store();
                     if (generation != m_generation || !recordStore)
                         return;
                     PersonRecords sorted = PersonRecords::fromRecords(records, personId);
                     whenFinished(recordStore->pendingOutbox(OutboxLookAhead), this,
                                  [this, generation, sorted = std::move(sorted)](
                                      const QList<store::OutboxEntry> &outbox) mutable {
                                      if (generation != m_generation)
                                          return;
                                      QSet<QString> pending;
                                      for (const store::OutboxEntry &entry : outbox)
                                          pending.insert(entry.recordId);
                                      apply(std::move(sorted), pending);
                                  });
                 });
}

void PersonController::apply(PersonRecords records, const QSet<QString> &pending)
{
    m_records = std::move(records);
    const QDateTime at = now();
    const QHash<QString, QString> who = names();
    m_commbook.setEntries(CommbookFold::build(m_records.commbook, userId(), who), pending, userId(),
                          role(), at);
    m_incidents.setIncidents(m_records.incidents, m_records.alerts, pending, who, at);
    m_alerts.setAlerts(m_records.alerts, at);
    m_summaries.setSummaries(m_records.visitSummaries, at);
    m_loaded = true;
    m_loading = false;
    if (session() && m_records.person.known)
        session()->purgeNotices()->rememberName(m_personId, m_records.person.displayName());
    emit loadingChanged();
    emit changed();
    emit loadFinished();
}

bool PersonController::fail(const QString &field, const QString &message)
{
    m_messages.setError(field, message);
    emit messageChanged();
    return false;
}

void PersonController::clearMessages()
{
    if (m_messages.clear())
        emit messageChanged();
}

bool PersonController::saveRecords(const QList<Record> &records, const QString &kind,
                                   const QString &message)
{
    const bool queued = m_saver.save(
        m_follower.store(), records, [this, kind, message](const std::optional<Error> &problem) {
            if (problem) {
                fail(problem->field, tr("Not saved: %1").arg(problem->toString()));
                return;
            }
            m_messages.setSaved(message);
            emit messageChanged();
            emit saved(kind);
            reload();
        });
    return queued || fail({}, tr("CareRound is locked"));
}

QString PersonController::personName() const
{
    if (m_records.person.known)
        return m_records.person.displayName();
    return found() ? tr("The person you support") : QString();
}

QString PersonController::dnacprText() const
{
    return m_records.person.known ? PersonSheets::dnacprText(m_records.person.dnacpr) : QString();
}

bool PersonController::isFamily() const
{
    return role() == CommbookWords::familyRole();
}

bool PersonController::canReportIncident() const
{
    return !role().isEmpty() && !isFamily(); // the office's rules: family members cannot
}

QString PersonController::audienceNote() const
{
    if (isFamily())
        return tr("What you write here is shared with %1's care team and with the family members "
                  "they have agreed may see it.")
            .arg(personName());
    return tr("Entries shared with family are read by the family members %1 has agreed may see "
              "them. Care team only entries never leave the care team.")
        .arg(personName());
}

} // namespace careround::ui
