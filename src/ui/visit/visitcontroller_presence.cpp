// VisitController: check-in and check-out with location evidence, and the entry codes.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "location/fixrequest.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/session/appsession.h"
#include "ui/session/locationsettings.h"
#include "visitcontroller.h"
#include "visitwords.h"
#include <QJsonArray>

namespace careround::ui {

VisitController::Presence VisitController::presence() const
{
    if (m_fixRequest)
        return Locating;
    if (!m_pendingPresenceType.isEmpty())
        return Saving;
    if (m_mine.left())
        return CheckedOut;
    return m_mine.here() ? CheckedIn : NotCheckedIn;
}

QString VisitController::locatingText() const
{
    if (!m_fixRequest)
        return {};
    const int seconds = (m_fixRequest->remainingMs() + 999) / 1000;
    //: while waiting for a location fix at check-in
    return tr("Finding your location. Saving in %n second(s) at most.", nullptr, seconds);
}

bool VisitController::canCheckIn() const
{
    return assigned() && !cancelled() && presence() == NotCheckedIn;
}

bool VisitController::canCheckOut() const
{
    return assigned() && presence() == CheckedIn;
}

bool VisitController::canRecord() const
{
    // After check-out nothing more is ticked on the visit: a change is a correction with a reason.
    return assigned() && m_mine.here();
}

QString VisitController::checkedOutWords()
{
    return tr("You have checked out of this visit. To change what was recorded, correct the "
              "entry in the visit's history and say why.");
}

QString VisitController::presenceWords(const std::optional<Record> &record) const
{
    if (!record)
        return {};
    QString evidence = m_evidenceWords.value(record->id);
    if (evidence.isEmpty()) {
        const QJsonObject &p = record->payload;
        location::LocationEvidence e;
        const QString v = p.value(QLatin1String("verification")).toString();
        e.verification = v == QLatin1String("verified") ? location::Verification::Verified
            : v == QLatin1String("outside_radius")      ? location::Verification::OutsideRadius
                                                        : location::Verification::NoFix;
        if (e.verification != location::Verification::NoFix) {
            const QJsonObject where = p.value(QLatin1String("location")).toObject();
            location::LocationFix fix;
            fix.accuracyM = where.value(QLatin1String("accuracyM")).toDouble();
            e.fix = fix;
            e.distanceToHomeM = p.value(QLatin1String("distanceToHomeM")).toDouble();
            const double radius = p.value(QLatin1String("radiusM"))
                                      .toDouble(m_location ? m_location->radiusM()
                                                           : location::LocationPolicy {}.radiusM);
            e.reason = e.verification == location::Verification::Verified
                ? location::EvidenceReason::Good
                : *e.distanceToHomeM > radius ? location::EvidenceReason::TooFar
                                              : location::EvidenceReason::PoorAccuracy;
        }
        evidence = location::EvidenceWords::describe(e);
    }
    //: e.g. "08:03 · At the home (12 m away, accurate to 8 m)"
    return tr("%1 \u00b7 %2").arg(VisitWords::clock(record->deviceTime), evidence);
}

QString VisitController::checkInText() const
{
    return presenceWords(m_mine.checkIn);
}

QString VisitController::checkOutText() const
{
    return presenceWords(m_mine.checkOut);
}

QString VisitController::deliveredText() const
{
    if (m_state.status == VisitStatus::Done)
        return VisitWords::delivered(m_state.deliveredMinutes, m_snapshot.visit.durationMinutes);
    if (m_mine.left())
        //: a double-handed call where the other worker is still there
        return tr("You were here %1 of %2 planned")
            .arg(VisitWords::length(m_mine.minutesHere()),
                 VisitWords::length(m_snapshot.visit.durationMinutes));
    return {};
}

bool VisitController::checkIn()
{
    if (!assigned())
        return fail(QStringLiteral("visit"), tr("You are not on the rota for this visit"));
    if (cancelled())
        return fail(QStringLiteral("visit"), tr("The office has cancelled this visit"));
    if (presence() != NotCheckedIn)
        return fail(QStringLiteral("visit"), tr("You have already checked in"));
    return startPresence(QString::fromLatin1(RecordType::VisitCheckIn));
}

bool VisitController::checkOut()
{
    if (!canCheckOut())
        return fail(QStringLiteral("visit"), tr("Check in first"));
    // The review first: everything open is recorded or has the worker's reason.
    refreshReview();
    const auto review = checkOutReviewPayload(m_reviewItems, m_reviewReasons);
    if (!review) {
        if (!m_reviewOpen) {
            m_reviewOpen = true;
            emit reviewChanged();
        }
        return fail(review.error().field,
                    tr("Before checking out, record what is still open or say why not"));
    }
    m_pendingReview = review.value();
    return startPresence(QString::fromLatin1(RecordType::VisitCheckOut));
}

bool VisitController::startPresence(const QString &type)
{
    if (!session() || !session()->author())
        return fail({}, tr("CareRound is locked"));
    clearMessages();
    if (!m_location) {
        m_defaultLocation = std::make_unique<LocationSettings>();
        m_location = m_defaultLocation.get();
    }
    m_pendingPresenceType = type;
    m_fixRequest = m_location->newRequest();
    connect(m_fixRequest.get(), &location::FixRequest::finished, this, &VisitController::onFix);
    m_fixRequest->start(m_location->fixTimeoutMs(), m_location->maxAccuracyM());
    m_locatingTick.start();
    emit presenceChanged();
    return true;
}

void VisitController::stopWaitingForLocation()
{
    if (m_fixRequest)
        m_fixRequest->finishNow();
}

void VisitController::onFix(const std::optional<location::LocationFix> &fix)
{
    m_locatingTick.stop();
    // The request is finished; delete it once its signal has returned.
    if (m_fixRequest)
        m_fixRequest.release()->deleteLater();
    const QString type = m_pendingPresenceType;
    const auto evidence =
        location::assessFix(fix, m_snapshot.person.home,
                            m_location ? m_location->policy() : location::LocationPolicy {});
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author || !m_snapshot.found) {
        m_pendingPresenceType.clear();
        emit presenceChanged();
        return;
    }
    QJsonObject payload = location::presencePayload(evidence);
    if (type == QLatin1String(RecordType::VisitCheckOut) && !m_pendingReview.isEmpty())
        payload.insert(QStringLiteral("review"), m_pendingReview); // the reasons, in the record
    m_pendingReview = {};
    const Record record =
        author->make(type, m_snapshot.visit.personId, m_visitId, payload, m_snapshot.visit.careDay);
    m_evidenceWords.insert(record.id, location::EvidenceWords::describe(evidence));
    m_pendingPresenceRecordId = record.id;
    const QString message = type == QLatin1String(RecordType::VisitCheckIn)
        ? tr("Checked in. %1").arg(location::EvidenceWords::describe(evidence))
        : tr("Checked out. %1").arg(location::EvidenceWords::describe(evidence));
    if (!saveAll({record}, type, message))
        m_pendingPresenceType.clear();
    emit presenceChanged();
}

bool VisitController::entryCodesAllowed() const
{
    return found() && mayRevealEntryCodes(m_snapshot.visit, m_snapshot.events, userId());
}

bool VisitController::revealEntryCodes()
{
    if (!entryCodesAllowed())
        return fail(
            QStringLiteral("entryCodes"),
            tr("Entry codes are shown only to the worker on this visit, after checking in"));
    store::RecordStore *recordStore = m_follower.store();
    const QString personId = m_snapshot.visit.personId;
    const int generation = m_visitGeneration;
    whenFinished(
        recordStore->read([personId](store::RecordRepository &repo) {
            return repo.personFile(personId, QString::fromLatin1(RecordType::PersonEntryCodes));
        }),
        this, [this, generation](const QList<Record> &versions) {
            if (generation != m_visitGeneration || !entryCodesAllowed())
                return;
            m_entryCodes.clear();
            m_entryCodesNote.clear();
            if (versions.isEmpty()) {
                // Codes reach a phone only around its user's visits (the server's rule).
                m_entryCodesNote =
                    tr("No entry codes for this home are on this phone. Entry codes reach your "
                       "phone on the day of the visit, when it syncs with the office: sync now, "
                       "or ask the office.");
            } else {
                const QJsonObject &p = versions.constLast().payload;
                for (const QJsonValue &v : p.value(QLatin1String("codes")).toArray()) {
                    const QJsonObject code = v.toObject();
                    //: an entry code and where it is used, e.g. "Key safe by the back door: 4321"
                    m_entryCodes.append(
                        tr("%1: %2").arg(code.value(QLatin1String("label")).toString(),
                                         code.value(QLatin1String("code")).toString()));
                }
                m_entryCodesNote = p.value(QLatin1String("instructions")).toString();
            }
            m_entryCodesShown = true;
            emit entryCodesChanged();
        });
    return true;
}

void VisitController::hideEntryCodes()
{
    if (!m_entryCodesShown && m_entryCodes.isEmpty())
        return;
    m_entryCodesShown = false;
    m_entryCodes.clear();
    m_entryCodesNote.clear();
    emit entryCodesChanged();
}

} // namespace careround::ui
