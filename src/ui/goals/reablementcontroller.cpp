#include "reablementcontroller.h"

#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "goalpayloads.h"
#include "store/recordrepository.h"
#include "ui/common/durationtext.h"
#include "ui/person/personreads.h"
#include "ui/visit/visitwords.h"
#include <QLocale>

namespace careround::ui {

namespace {

// The office publishes the rota ahead: rota records of the episode's first visits may be older
// than its start.
constexpr int RotaLeadDays = 14;

Result<QList<Record>> readEpisode(store::RecordRepository &repo, const QString &personId,
                                  const QTimeZone &zone)
{
    QList<Record> out;
    if (auto file = PersonReads::appendPersonFile(
            repo, personId, {QString::fromLatin1(RecordType::ReablementEpisode)}, out);
        !file)
        return file.error();
    if (out.isEmpty())
        return out;
    const QDate start = QDate::fromString(
        out.constLast().payload.value(QLatin1String("startDate")).toString(), Qt::ISODate);
    auto since = repo.forPersonSince(personId, start.addDays(-RotaLeadDays).startOfDay(zone));
    if (!since)
        return since.error();
    out += std::move(since).value();
    return PersonReads::unique(out);
}

} // namespace

QString ReablementWords::longDate(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString ReablementWords::exitOutcome(const QString &code)
{
    if (code == QLatin1String("independent"))
        return tr("Independent");
    if (code == QLatin1String("long_term_care_at_home"))
        return tr("Long-term care at home");
    if (code == QLatin1String("placement"))
        return tr("Placement");
    return code;
}

QString ReablementWords::daysLeft(const ReablementSummary &s)
{
    if (s.ended)
        return s.exitOutcome.isEmpty() ? tr("Reablement ended")
                                       : tr("Reablement ended: %1").arg(exitOutcome(s.exitOutcome));
    if (s.daysLeft > 0)
        return tr("Reablement: %n day(s) left", nullptr, s.daysLeft);
    if (s.daysLeft == 0)
        return tr("Reablement: last day");
    return tr("Reablement: %n day(s) past the planned end", nullptr, -s.daysLeft);
}

ReablementController::ReablementController(QObject *parent)
    : PersonFileController(parent)
{ }

store::RecordStore::ReadJob ReablementController::readJob(const QString &personId,
                                                          const QDateTime &) const
{
    const QTimeZone tz = zone();
    return [personId, tz](store::RecordRepository &repo) {
        return readEpisode(repo, personId, tz);
    };
}

void ReablementController::apply(const QList<Record> &records)
{
    m_records = records;
    m_episode.reset();
    const auto episodes =
        effectiveRecords(records, QString::fromLatin1(RecordType::ReablementEpisode));
    if (!episodes.isEmpty()) {
        m_episodePayload = episodes.constLast().record.payload;
        for (const Record &r : records) {
            if (r.id == episodes.constLast().record.id
                && r.type != QLatin1String(RecordType::Amendment))
                m_episode = r;
        }
    }
    refold();
}

void ReablementController::refold()
{
    m_summary.reset();
    m_error.clear();
    if (!m_episode) {
        m_goals.setRows({});
        return;
    }
    auto summary = summariseReablementEpisode(m_records, m_episode->id, now(), zone());
    if (!summary) {
        m_error = summary.error().message;
        m_goals.setRows({});
        return;
    }
    m_summary = std::move(summary).value();
    QList<GoalRow> rows;
    for (const GoalSummary &g : m_summary->goals) {
        GoalRow row {g.goal, g.inEpisode, g.firstScore, g.latestScore,
                     {},     g.achieved,  g.scoreCount, g.series};
        if (!g.series.isEmpty())
            row.latestDay = g.series.constLast().day;
        rows.append(row);
    }
    m_goals.setRows(rows);
}

void ReablementController::forget()
{
    m_records.clear();
    m_episode.reset();
    m_episodePayload = {};
    m_summary.reset();
    m_error.clear();
    m_goals.setRows({});
}

QString ReablementController::startText() const
{
    return m_summary ? ReablementWords::longDate(m_summary->startDate) : QString();
}

QString ReablementController::dischargeText() const
{
    return m_summary && m_summary->dischargeDate.isValid()
        ? ReablementWords::longDate(m_summary->dischargeDate)
        : (m_summary ? tr("not recorded") : QString());
}

QString ReablementController::plannedEndText() const
{
    return m_summary ? ReablementWords::longDate(m_summary->plannedEndDate) : QString();
}

QString ReablementController::plannedEndDate() const
{
    return m_summary ? m_summary->plannedEndDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString ReablementController::therapistText() const
{
    if (!m_summary)
        return {};
    const QString id = m_summary->therapistUserId;
    return id == userId() ? tr("You (%1)").arg(names().value(id)) : names().value(id, id);
}

QString ReablementController::daysLeftText() const
{
    return m_summary ? ReablementWords::daysLeft(*m_summary) : QString();
}

QString ReablementController::weekText() const
{
    if (!m_summary)
        return {};
    const int weeks = (m_summary->startDate.daysTo(m_summary->plannedEndDate) + 6) / 7;
    return tr("Week %1 of %2").arg(m_summary->weeksElapsed + 1).arg(std::max(weeks, 1));
}

QString ReablementController::hoursText() const
{
    if (!m_summary)
        return {};
    //: e.g. "9 hours 30 minutes used of 21 hours planned (12 of 28 visits done)"
    return tr("%1 used of %2 planned (%3 of %n visit(s) done)", nullptr, m_summary->plannedVisits)
        .arg(VisitWords::length(m_summary->deliveredMinutes),
             VisitWords::length(m_summary->plannedMinutes))
        .arg(m_summary->deliveredVisits);
}

QString ReablementController::nextReviewText() const
{
    if (!m_summary || !m_summary->nextReview)
        return m_summary ? tr("No more reviews are due") : QString();
    const ReviewDue &due = *m_summary->nextReview;
    const QString when = QLocale().toString(due.dueDate, QStringLiteral("dddd d MMMM"));
    return due.overdue
        ? tr("%1 was due on %2: overdue").arg(GoalPayloads::reviewKindWords(due.kind), when)
        : tr("%1 due on %2").arg(GoalPayloads::reviewKindWords(due.kind), when);
}

bool ReablementController::reviewOverdue() const
{
    return m_summary && m_summary->nextReview && m_summary->nextReview->overdue;
}

QString ReablementController::nextReviewKind() const
{
    return m_summary && m_summary->nextReview ? m_summary->nextReview->kind : QString();
}

QStringList ReablementController::reviewLines() const
{
    QStringList lines;
    if (!m_summary)
        return lines;
    for (const ReviewDone &r : m_summary->reviews)
        lines << tr("%1 on %2")
                     .arg(GoalPayloads::reviewKindWords(r.kind),
                          QLocale().toString(r.reviewDate, QStringLiteral("d MMMM")));
    return lines;
}

QString ReablementController::exitText() const
{
    if (!m_summary || !m_summary->ended)
        return {};
    return tr("%1 on %2")
        .arg(ReablementWords::exitOutcome(m_summary->exitOutcome),
             ReablementWords::longDate(m_summary->endDate));
}

bool ReablementController::isTherapist() const
{
    return userRole() == QLatin1String("therapist");
}

bool ReablementController::canRecord() const
{
    return isTherapist() || PersonFileController::canRecord();
}

QVariantList ReablementController::reviewKindChoices() const
{
    QVariantList out;
    for (const QString &kind : GoalPayloads::reviewKinds())
        out.append(QVariantMap {{QStringLiteral("code"), kind},
                                {QStringLiteral("text"), GoalPayloads::reviewKindWords(kind)}});
    return out;
}

bool ReablementController::recordReview(const QString &kind, const QVariantList &scores,
                                        const QString &summary)
{
    if (!isTherapist())
        return fail(QStringLiteral("kind"), tr("Only the reablement therapist records reviews"));
    if (!m_episode)
        return fail(QStringLiteral("kind"), tr("There is no reablement episode on this phone"));
    auto payload =
        GoalPayloads::review(m_episode->id, now().toTimeZone(zone()).date(), kind, scores, summary);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    clearMessages();
    return saveAll({make(QString::fromLatin1(RecordType::ReablementReview), payload.value())},
                   QString::fromLatin1(RecordType::ReablementReview),
                   tr("%1 saved on this phone").arg(GoalPayloads::reviewKindWords(kind)));
}

bool ReablementController::changePlannedEnd(const QString &date, const QString &reason)
{
    if (!isTherapist())
        return fail(QStringLiteral("plannedEndDate"),
                    tr("Only the reablement therapist changes the planned end"));
    if (!m_episode)
        return fail(QStringLiteral("plannedEndDate"),
                    tr("There is no reablement episode on this phone"));
    auto payload = GoalPayloads::withPlannedEnd(m_episodePayload, date);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("reason"), tr("Say why the planned end changes"));
    clearMessages();
    return saveAll({author()->correction(*m_episode, reason.trimmed(), payload.value())},
                   QString::fromLatin1(RecordType::Amendment),
                   tr("New planned end saved on this phone"));
}

} // namespace careround::ui
