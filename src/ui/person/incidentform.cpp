#include "incidentform.h"

#include "core/plannedvisit.h"
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "incidentpayloads.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/commbook/commbookwords.h"
#include "ui/common/uichoices.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"
#include "ui/visit/visitpayloads.h"
#include "ui/visit/visitpresence.h"

namespace careround::ui {

IncidentForm::IncidentForm(QObject *parent)
    : QObject(parent)
    , m_follower({[this] { load(); }, [this] { forget(); },
                  [this](const QString &message) {
                      fail({}, message);
                  }})
{
    connect(&m_saver, &RecordSaver::busyChanged, this, &IncidentForm::busyChanged);
}

void IncidentForm::setSession(AppSession *session)
{
    if (m_follower.setSession(session)) {
        emit sessionChanged();
        emit readyChanged();
    }
}

void IncidentForm::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    emit targetChanged();
    load();
}

void IncidentForm::setVisitId(const QString &visitId)
{
    if (m_visitId == visitId)
        return;
    m_visitId = visitId;
    emit targetChanged();
    load();
}

void IncidentForm::componentComplete()
{
    m_complete = true;
    load();
}

QDateTime IncidentForm::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::now();
}

void IncidentForm::forget()
{
    ++m_generation;
    m_saver.forget();
    m_ready = false;
    emit readyChanged();
}

void IncidentForm::load()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!m_complete || !recordStore)
        return;
    const int generation = ++m_generation;
    if (m_visitId.isEmpty()) {
        m_ready = !m_personId.isEmpty();
        emit readyChanged();
        return;
    }
    whenFinished(recordStore->forVisit(m_visitId), this,
                 [this, generation](const QList<Record> &records) {
                     if (generation != m_generation)
                         return;
                     m_visitPersonId.clear();
                     m_assigned = false;
                     if (const Record *current = currentVisitVersion(records, m_visitId)) {
                         if (auto visit = PlannedVisit::fromRecord(*current)) {
                             m_visitPersonId = visit.value().personId;
                             m_visitCareDay = visit.value().careDay;
                             m_assigned = session()
                                 && isAssigned(visit.value(), session()->profile().userId);
                         }
                     }
                     m_ready = true;
                     emit readyChanged();
                 });
}

QString IncidentForm::notAllowedText() const
{
    const QString role = session() ? session()->profile().role : QString();
    if (role == CommbookWords::familyRole())
        return tr("Tell the office about an incident by phone: it cannot be reported from a family "
                  "member's phone.");
    if (!m_visitId.isEmpty() && m_ready && !m_assigned)
        return tr("You are not on the rota for this visit: report it from the person's page.");
    if (m_ready && m_visitId.isEmpty() && m_personId.isEmpty())
        return tr("Choose the person first.");
    return {};
}

QString IncidentForm::officeText() const
{
    return tr("Saving this report sends it to the office as soon as this phone syncs, and the "
              "office is alerted to it. Until then it is kept safe on this phone.");
}

QString IncidentForm::safeguardingText() const
{
    return IncidentPayloads::safeguardingText();
}

QVariantList IncidentForm::kindChoices() const
{
    return choicesOf(VisitPayloads::incidentKinds(), &VisitPayloads::incidentKindWords);
}

QVariantList IncidentForm::severityChoices() const
{
    return choicesOf(VisitPayloads::incidentSeverities(), &VisitPayloads::severityWords);
}

QVariantList IncidentForm::methodChoices() const
{
    return choicesOf(VisitPayloads::reportMethods(), &VisitPayloads::reportMethodWords);
}

QVariantList IncidentForm::dayChoices() const
{
    return IncidentPayloads::dayChoices();
}

QString IncidentForm::writtenDueText(const QString &day, const QString &time) const
{
    IncidentInput input;
    input.occurredDay = day;
    input.occurredTime = time;
    auto occurred = IncidentPayloads::occurredAt(input, now());
    return occurred ? IncidentPayloads::writtenDueText(occurred.value(), now()) : QString();
}

bool IncidentForm::save(const QString &kind, const QString &severity, const QString &day,
                        const QString &time, const QString &description, const QString &actionTaken,
                        const QVariantList &reports)
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author || !m_ready)
        return fail({}, tr("CareRound is locked"));
    if (!allowed())
        return fail(QStringLiteral("kind"), notAllowedText());
    IncidentInput input {kind, severity, day, time, description, actionTaken, {}};
    for (const QVariant &row : reports) {
        const QVariantMap r = row.toMap();
        input.reports.append({r.value(QStringLiteral("who")).toString(),
                              r.value(QStringLiteral("how")).toString(),
                              r.value(QStringLiteral("time")).toString()});
    }
    auto payload = IncidentPayloads::build(input, now());
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    QJsonObject p = payload.value();
    p.insert(QStringLiteral("authorName"), session()->profile().displayName);
    p.insert(QStringLiteral("authorRole"), session()->profile().role);
    const bool fromVisit = !m_visitId.isEmpty();
    const Record record = author->make(QString::fromLatin1(RecordType::Incident),
                                       fromVisit ? m_visitPersonId : m_personId, m_visitId, p,
                                       fromVisit ? m_visitCareDay : QDate());
    clearMessages();
    const bool queued = m_saver.save(
        m_follower.store(), {record}, [this, id = record.id](const std::optional<Error> &problem) {
            if (problem) {
                fail(problem->field, tr("Not saved: %1").arg(problem->toString()));
                return;
            }
            m_messages.setSaved(tr("Incident report saved on this phone. The office will be "
                                   "alerted as soon as it is sent."));
            emit messageChanged();
            emit saved(id);
        });
    return queued || fail({}, tr("CareRound is locked"));
}

bool IncidentForm::fail(const QString &field, const QString &message)
{
    m_messages.setError(field, message);
    emit messageChanged();
    return false;
}

void IncidentForm::clearMessages()
{
    if (m_messages.clear())
        emit messageChanged();
}

} // namespace careround::ui
