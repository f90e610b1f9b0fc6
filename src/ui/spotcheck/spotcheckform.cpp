#include "spotcheckform.h"

#include "core/plannedvisit.h"
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"
#include "ui/visit/personsheet.h"
#include "ui/visit/visitpresence.h"
#include "ui/visit/visitwords.h"

namespace careround::ui {

SpotCheckForm::SpotCheckForm(QObject *parent)
    : QObject(parent)
    , m_follower({[this] { load(); }, [this] { forget(); },
                  [this](const QString &message) {
                      fail({}, message);
                  }})
{
    connect(&m_saver, &RecordSaver::busyChanged, this, &SpotCheckForm::busyChanged);
    connect(&m_items, &SpotCheckItemModel::answersChanged, this, &SpotCheckForm::formChanged);
}

void SpotCheckForm::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

void SpotCheckForm::setVisitId(const QString &visitId)
{
    if (m_visitId == visitId)
        return;
    m_visitId = visitId;
    emit visitIdChanged();
    load();
}

void SpotCheckForm::setWorkerUserId(const QString &userId)
{
    if (m_workerUserId == userId)
        return;
    m_workerUserId = userId;
    emit formChanged();
}

void SpotCheckForm::componentComplete()
{
    m_complete = true;
    load();
}

QDate SpotCheckForm::today() const
{
    return m_todayForTests.isValid() ? m_todayForTests : wallclock::today();
}

void SpotCheckForm::forget()
{
    ++m_generation;
    m_saver.forget();
    m_ready = false;
    m_personId.clear();
    m_personName.clear();
    m_visitText.clear();
    m_workers.clear();
    m_workerNames.clear();
    emit loaded();
}

void SpotCheckForm::load()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!m_complete || !recordStore || m_visitId.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString visitId = m_visitId;
    whenFinished(
        recordStore->read([visitId](store::RecordRepository &repo) -> Result<QList<Record>> {
            auto records = repo.forVisit(visitId);
            if (!records)
                return records.error();
            QList<Record> out = records.value();
            if (const Record *current = currentVisitVersion(out, visitId)) {
                auto person =
                    repo.personFile(current->personId, QString::fromLatin1(RecordType::Person));
                if (!person)
                    return person.error();
                out += person.value();
            }
            return out;
        }),
        this, [this, generation](const QList<Record> &records) {
            if (generation != m_generation)
                return;
            const Record *current = currentVisitVersion(records, m_visitId);
            auto visit = current ? PlannedVisit::fromRecord(*current)
                                 : Result<PlannedVisit>(Error {QStringLiteral("visitId"), {}});
            const QString me = session() ? session()->profile().userId : QString();
            m_workers.clear();
            m_workerNames.clear();
            if (visit) {
                m_personId = visit.value().personId;
                m_careDay = visit.value().careDay;
                const Record *person =
                    PersonSheets::latest(records, m_personId, QLatin1String(RecordType::Person));
                m_personName = person ? PersonSheets::fromRecord(*person).displayName()
                                      : PersonSheets::unknown(m_personId).displayName();
                m_visitText = tr("%1, %2").arg(VisitWords::callType(visit.value().callType),
                                               VisitWords::timeRange(visit.value()));
                const QJsonObject names =
                    current->payload.value(QLatin1String("workerNames")).toObject();
                for (const QString &worker : visit.value().workerIds) {
                    if (worker == me)
                        continue;
                    m_workers.append(worker);
                    m_workerNames.insert(worker, names.value(worker).toString().simplified());
                }
                if (m_workerUserId.isEmpty() && !m_workers.isEmpty())
                    m_workerUserId = m_workers.first();
            }
            m_ready = true;
            emit loaded();
            emit formChanged();
        });
}

QString SpotCheckForm::workerName() const
{
    const QString name = m_workerNames.value(m_workerUserId);
    return name.isEmpty() ? tr("the worker") : name;
}

QVariantList SpotCheckForm::workerChoices() const
{
    QVariantList out;
    for (const QString &worker : m_workers) {
        const QString name = m_workerNames.value(worker);
        out.append(QVariantMap {
            {QStringLiteral("code"), worker},
            {QStringLiteral("text"), name.isEmpty() ? tr("Worker %1").arg(out.size() + 1) : name}});
    }
    return out;
}

QString SpotCheckForm::notAllowedText() const
{
    if (!session() || session()->profile().role != QLatin1String("supervisor"))
        return tr("Spot checks are recorded by supervisors.");
    if (m_ready && !found())
        return tr("This visit is not on this device. Sync to get the latest rota.");
    if (m_ready && m_workers.isEmpty())
        return tr("Nobody else is on the rota for this visit: there is no one to observe.");
    return {};
}

void SpotCheckForm::setConsent(const QString &consent)
{
    if (m_consent == consent)
        return;
    m_consent = consent;
    emit formChanged();
}

void SpotCheckForm::setRefusalReason(const QString &reason)
{
    if (m_refusalReason == reason)
        return;
    m_refusalReason = reason;
    emit formChanged();
}

void SpotCheckForm::setOutcome(const QString &outcome)
{
    if (m_outcome == outcome)
        return;
    m_outcome = outcome;
    emit formChanged();
}

QString SpotCheckForm::progressText() const
{
    //: e.g. "4 of 7 items answered"
    return tr("%1 of %n items answered", nullptr, m_items.count()).arg(m_items.answeredCount());
}

bool SpotCheckForm::setResult(int row, const QString &result)
{
    return m_items.setResult(row, result);
}

bool SpotCheckForm::setComment(int row, const QString &comment)
{
    return m_items.setComment(row, comment);
}

bool SpotCheckForm::setActionDescription(int row, const QString &text)
{
    return m_actions.setDescription(row, text);
}

bool SpotCheckForm::setActionDue(int row, const QString &text)
{
    return m_actions.setDue(row, text);
}

QVariantList SpotCheckForm::consentChoices() const
{
    return SpotCheckPayloads::consentChoices();
}

QVariantList SpotCheckForm::resultChoices() const
{
    return SpotCheckPayloads::resultChoices();
}

QVariantList SpotCheckForm::outcomeChoices() const
{
    return SpotCheckPayloads::outcomeChoices();
}

QVariantList SpotCheckForm::dueChoices() const
{
    return SpotCheckPayloads::dueChoices(today());
}

bool SpotCheckForm::save()
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author || !m_ready)
        return fail({}, tr("CareRound is locked"));
    if (const QString no = notAllowedText(); !no.isEmpty())
        return fail(QStringLiteral("workerUserId"), no);
    SpotCheckInput input {
        session()->profile().userId, m_workerUserId, m_consent,          m_refusalReason,
        m_items.answers(),           m_outcome,      m_actions.actions()};
    auto payload = SpotCheckPayloads::build(input, today());
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    QJsonObject p = payload.value();
    p.insert(QStringLiteral("authorName"), session()->profile().displayName);
    p.insert(QStringLiteral("authorRole"), session()->profile().role);
    const QString worker = m_workerNames.value(m_workerUserId);
    if (!worker.isEmpty())
        p.insert(QStringLiteral("workerName"), worker);
    const Record record = author->make(QString::fromLatin1(RecordType::SpotCheck), m_personId,
                                       m_visitId, p, m_careDay);
    clearMessages();
    const bool refused = m_consent == QLatin1String("refused");
    const bool queued = m_saver.save(
        m_follower.store(), {record},
        [this, id = record.id, refused](const std::optional<Error> &problem) {
            if (problem) {
                fail(problem->field, tr("Not saved: %1").arg(problem->toString()));
                return;
            }
            m_messages.setSaved(
                refused
                    ? tr(
                        "The refusal is saved on this phone. It is kept on record, but it does not "
                        "count as this year's observation.")
                    : tr("Spot check saved on this phone. %1 is asked to acknowledge it on their "
                         "own phone.")
                          .arg(workerName()));
            emit messageChanged();
            emit saved(id);
        });
    return queued || fail({}, tr("CareRound is locked"));
}

bool SpotCheckForm::fail(const QString &field, const QString &message)
{
    m_messages.setError(field, message);
    emit messageChanged();
    return false;
}

void SpotCheckForm::clearMessages()
{
    if (m_messages.clear())
        emit messageChanged();
}

} // namespace careround::ui
