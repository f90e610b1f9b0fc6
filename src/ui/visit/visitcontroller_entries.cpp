// VisitController: the entries of a visit (tasks, notes, money, incident, file read, no access),
// corrections and withdrawals, saving, and the three-refusals alert.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "refusalalerts.h"
#include "store/recordstore.h"
#include "ui/common/correctedrecords.h"
#include "ui/common/uichoices.h"
#include "ui/session/appsession.h"
#include "ui/session/locationsettings.h"
#include "visitcontroller.h"
#include "visitpayloads.h"
#include <QJsonArray>

namespace careround::ui {

QVariantList VisitController::incidentKindChoices() const
{
    return choicesOf(VisitPayloads::incidentKinds(), &VisitPayloads::incidentKindWords);
}

QVariantList VisitController::severityChoices() const
{
    return choicesOf(VisitPayloads::incidentSeverities(), &VisitPayloads::severityWords);
}

QVariantList VisitController::reportMethodChoices() const
{
    return choicesOf(VisitPayloads::reportMethods(), &VisitPayloads::reportMethodWords);
}

bool VisitController::saveAll(const QList<Record> &records, const QString &kind,
                              const QString &message)
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore)
        return fail({}, tr("CareRound is locked"));
    m_saver.save(recordStore, records, [this, kind, message](const std::optional<Error> &problem) {
        if (problem) {
            if (kind == m_pendingPresenceType) { // the check-in/out shown as pending did not land
                m_pendingPresenceType.clear();
                m_pendingPresenceRecordId.clear();
            }
            fail(problem->field, tr("Not saved: %1").arg(problem->toString()));
            emit presenceChanged();
            return;
        }
        m_messages.setSaved(message);
        emit messageChanged();
        emit saved(kind);
        reload();
    });
    return true;
}

bool VisitController::saveRecord(const QString &type, const QJsonObject &payload,
                                 const QString &message)
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author || !found())
        return fail({}, tr("CareRound is locked"));
    clearMessages();
    return saveAll({author->make(type, m_snapshot.visit.personId, m_visitId, payload,
                                 m_snapshot.visit.careDay)},
                   type, message);
}

bool VisitController::recordTask(const QString &task, const QString &outcome, const QString &note,
                                 const QString &reasonCode, const QString &reason)
{
    if (m_mine.left())
        return fail(QStringLiteral("task"), checkedOutWords());
    if (!canRecord())
        return fail(QStringLiteral("task"), tr("Check in before recording tasks"));
    if (isMedicationTask(task))
        return fail(QStringLiteral("task"),
                    tr("Medication is recorded in the medication (eMAR) screen, not as a task"));
    auto payload = VisitPayloads::task(task, outcome, note, reasonCode, reason);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    //: e.g. "Saved on this phone: Breakfast, done"
    return saveRecord(
        QString::fromLatin1(RecordType::VisitTask), payload.value(),
        tr("Saved on this phone: %1, %2")
            .arg(task.simplified(), VisitPayloads::taskOutcomeWords(outcome).toLower()));
}

bool VisitController::saveNote(const QString &text, bool forNextWorker, bool significant)
{
    if (!assigned())
        return fail(QStringLiteral("note"), tr("You are not on the rota for this visit"));
    auto payload = VisitPayloads::note(text, forNextWorker, significant);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    return saveRecord(QString::fromLatin1(RecordType::VisitNote), payload.value(),
                      forNextWorker ? tr("Note saved on this phone for the next worker")
                                    : tr("Note saved on this phone"));
}

bool VisitController::saveFinance(const QString &amount, const QString &purpose,
                                  bool confirmedByPerson, bool receiptKept, const QString &note)
{
    if (m_mine.left())
        return fail(QStringLiteral("amount"), checkedOutWords());
    if (!canRecord())
        return fail(QStringLiteral("amount"), tr("Check in before recording money"));
    auto payload = VisitPayloads::finance(amount, purpose, confirmedByPerson, receiptKept, note);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    return saveRecord(QString::fromLatin1(RecordType::VisitFinance), payload.value(),
                      tr("Money handled saved on this phone"));
}

bool VisitController::saveIncident(const QString &kind, const QString &severity,
                                   const QString &description, const QString &actionTaken,
                                   const QString &reportedTo, const QString &method)
{
    if (!assigned())
        return fail(QStringLiteral("kind"), tr("You are not on the rota for this visit"));
    auto payload = VisitPayloads::incident(kind, severity, description, actionTaken, reportedTo,
                                           method, session()->author()->now());
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    return saveRecord(QString::fromLatin1(RecordType::Incident), payload.value(),
                      tr("Incident report saved on this phone"));
}

bool VisitController::confirmFileRead()
{
    if (!assigned())
        return fail(QStringLiteral("confirmed"), tr("You are not on the rota for this visit"));
    return saveRecord(
        QString::fromLatin1(RecordType::VisitFileRead),
        VisitPayloads::fileRead(m_snapshot.carePlan ? m_snapshot.carePlan->id : QString()),
        tr("Thank you: your sign-off is saved on this phone"));
}

bool VisitController::saveNoAccess(bool letterbox, bool windows, bool back, bool neighbours,
                                   bool officePhoned, const QString &outcome)
{
    if (!canRecordNoAccess())
        return fail(QStringLiteral("steps"),
                    tr("No access can be recorded only before anyone has checked in"));
    auto payload =
        VisitPayloads::noAccess(letterbox, windows, back, neighbours, officePhoned, outcome);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    return saveRecord(QString::fromLatin1(RecordType::VisitNoAccess), payload.value(),
                      tr("No access saved on this phone"));
}

const HistoryEntry *VisitController::ownEntry(const QString &recordId)
{
    const int row = m_history.rowOf(recordId);
    if (row < 0)
        return nullptr;
    const HistoryEntry &entry = m_history.entries().at(row);
    return entry.correctable && !entry.isCorrection ? &entry : nullptr;
}

bool VisitController::withdrawEntry(const QString &recordId, const QString &reason)
{
    if (!ownEntry(recordId))
        return fail(QStringLiteral("recordId"), tr("Only your own entries can be withdrawn"));
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("reason"), tr("Say why it is withdrawn"));
    const RecordAuthor *author = session()->author();
    for (const Record &r : m_snapshot.visitRecords) {
        if (r.id == recordId) {
            clearMessages();
            return saveAll({author->withdrawal(r, reason.trimmed())},
                           QString::fromLatin1(RecordType::Amendment),
                           tr("Withdrawal saved on this phone"));
        }
    }
    return fail(QStringLiteral("recordId"), tr("That entry is not part of this visit"));
}

bool VisitController::correctEntry(const QString &recordId, const QString &reason,
                                   const QVariantMap &changes)
{
    if (!ownEntry(recordId))
        return fail(QStringLiteral("recordId"), tr("Only your own entries can be corrected"));
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("reason"), tr("Say why it is corrected"));
    for (const CorrectedRecord &c : withCorrections(m_snapshot.visitRecords)) {
        if (c.original.id != recordId)
            continue;
        auto replacement = VisitPayloads::corrected(c.original.type, c.record.payload, changes);
        if (!replacement)
            return fail(replacement.error().field, replacement.error().message);
        clearMessages();
        return saveAll(
            {session()->author()->correction(c.original, reason.trimmed(), replacement.value())},
            QString::fromLatin1(RecordType::Amendment), tr("Correction saved on this phone"));
    }
    return fail(QStringLiteral("recordId"), tr("That entry is not part of this visit"));
}

// A local warning only: the office's three_refusals alert is raised by the server from the
// refusal records this phone sends. Reading a visit never writes a record.
void VisitController::updateRefusalWarning()
{
    if (!found())
        return;
    const QStringList lines = RefusalAlerts::warnings(correctedRecords(m_snapshot.personRecent),
                                                      m_snapshot.person.displayName());
    const QString text = lines.isEmpty()
        ? QString()
        : tr("%1. The office is told when this phone syncs.").arg(lines.join(QStringLiteral(". ")));
    if (text == m_alertText)
        return;
    m_alertText = text;
    emit changed();
}

} // namespace careround::ui
