#include "reablementsummary.h"
#include "amendments.h"
#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "visitstatus.h"
#include <QHash>
#include <algorithm>

namespace careround {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(text(o, key), Qt::ISODate);
}

bool hasKind(const QList<ReviewDone> &done, const QString &kind)
{
    return std::any_of(done.begin(), done.end(),
                       [&](const ReviewDone &r) { return r.kind == kind; });
}

void addVisits(ReablementSummary &s, const QList<Record> &records, const QDate &last,
               const QDateTime &now)
{
    // Events grouped by visit; amendments go to every visit (one may withdraw an event and
    // carry no visitId).
    QHash<QString, QList<Record>> eventsByVisit;
    QList<Record> amendments;
    for (const Record &r : records) {
        if (r.type == QLatin1String(RecordType::Amendment))
            amendments.append(r);
        else if (!r.visitId.isEmpty() && r.type != QLatin1String(RecordType::Visit))
            eventsByVisit[r.visitId].append(r);
    }
    // A visit re-issued by the rota under the same visitId counts once: its latest record.
    QHash<QString, PlannedVisit> visits;
    for (const EffectiveRecord &e :
         effectiveRecords(records, QString::fromLatin1(RecordType::Visit))) {
        if (const auto visit = PlannedVisit::fromRecord(e.record))
            visits.insert(visit.value().visitId, visit.value());
    }
    for (const PlannedVisit &visit : std::as_const(visits)) {
        if (visit.cancelled || visit.careDay < s.startDate || visit.careDay > last)
            continue;
        ++s.plannedVisits;
        s.plannedMinutes += visit.durationMinutes;
        const VisitState state =
            foldVisitState(visit, eventsByVisit.value(visit.visitId) + amendments, now);
        if (state.status == VisitStatus::Done) {
            ++s.deliveredVisits;
            s.deliveredMinutes += state.deliveredMinutes;
        }
    }
}

void addGoals(ReablementSummary &s, const QList<SmartGoal> &episodeGoals,
              const QList<Record> &records)
{
    const QList<GoalProgress> progress = goalProgress(records, GoalScope {s.episodeId, {}});
    const auto summaryOf = [](const SmartGoal &goal, bool inEpisode, const GoalProgress *p) {
        GoalSummary g {goal, inEpisode, {}, {}, false, 0, {}};
        if (p) {
            g.firstScore = p->firstScore;
            g.latestScore = p->latestScore;
            g.achieved = p->achieved;
            g.scoreCount = int(p->history.size());
            g.series = p->series();
        }
        return g;
    };
    const auto find = [&progress](const QString &id) -> const GoalProgress * {
        for (const GoalProgress &p : progress)
            if (p.goalId == id)
                return &p;
        return nullptr;
    };
    QStringList known;
    for (const SmartGoal &goal : episodeGoals) {
        s.goals.append(summaryOf(goal, true, find(goal.id)));
        known.append(goal.id);
    }
    for (const GoalProgress &p : progress)
        if (!known.contains(p.goalId))
            s.goals.append(summaryOf(SmartGoal {p.goalId, {}, {}, {}, {}, {}, {}}, false, &p));
}

} // namespace

std::optional<ReviewDue> nextReviewDue(const QDate &startDate, const QDate &plannedEndDate,
                                       const QList<ReviewDone> &done, ReviewCadence cadence,
                                       const QDate &today)
{
    const QString exit = QStringLiteral("exit");
    if (hasKind(done, exit))
        return std::nullopt;
    if (cadence == ReviewCadence::Auto)
        cadence = hasKind(done, QStringLiteral("weekly")) ? ReviewCadence::Weekly
                                                          : ReviewCadence::Milestones;
    const auto due = [&today](const QDate &day, const QString &kind) {
        return ReviewDue {day, kind, day < today};
    };
    if (cadence == ReviewCadence::Weekly) {
        // Each review so far (whatever its kind) stands for one week; the next week is due next.
        const QDate next = startDate.addDays(7 * (done.size() + 1));
        return next < plannedEndDate ? due(next, QStringLiteral("weekly"))
                                     : due(plannedEndDate, exit);
    }
    for (int week : {3, 6, 9}) {
        const QDate day = startDate.addDays(7 * week);
        const QString kind = QStringLiteral("week_%1").arg(week);
        if (day < plannedEndDate && !hasKind(done, kind))
            return due(day, kind);
    }
    return due(plannedEndDate, exit);
}

Result<ReablementSummary> summariseReablementEpisode(const QList<Record> &records,
                                                     const QString &episodeId, const QDateTime &now,
                                                     const QTimeZone &zone, ReviewCadence cadence)
{
    const auto episodes =
        effectiveRecords(records, QString::fromLatin1(RecordType::ReablementEpisode));
    const auto it = std::find_if(episodes.begin(), episodes.end(), [&](const EffectiveRecord &e) {
        return e.record.id == episodeId;
    });
    if (it == episodes.end())
        return fieldError(QStringLiteral("episodeId"),
                          QStringLiteral("is not a reablement episode of this person"));
    const QJsonObject &p = it->record.payload;
    ReablementSummary s;
    s.episodeId = episodeId;
    s.therapistUserId = text(p, "therapistUserId");
    s.exitOutcome = text(p, "exitOutcome");
    s.startDate = date(p, "startDate");
    s.dischargeDate = date(p, "dischargeDate");
    s.plannedEndDate = date(p, "plannedEndDate");
    s.endDate = date(p, "endDate");
    s.ended = !s.exitOutcome.isEmpty() || s.endDate.isValid();
    s.today = now.toTimeZone(zone).date();
    const QDate upTo = s.ended && s.endDate.isValid() ? std::min(s.today, s.endDate) : s.today;
    s.daysElapsed = std::max<qint64>(0, s.startDate.daysTo(upTo));
    s.weeksElapsed = s.daysElapsed / 7;
    s.daysLeft = s.ended ? 0 : int(s.today.daysTo(s.plannedEndDate));

    for (const EffectiveRecord &e :
         effectiveRecords(records, QString::fromLatin1(RecordType::ReablementReview)))
        if (text(e.record.payload, "episodeId") == episodeId)
            s.reviews.append({e.record.id, date(e.record.payload, "reviewDate"),
                              text(e.record.payload, "kind")});
    std::stable_sort(
        s.reviews.begin(), s.reviews.end(),
        [](const ReviewDone &a, const ReviewDone &b) { return a.reviewDate < b.reviewDate; });
    if (!s.ended)
        s.nextReview = nextReviewDue(s.startDate, s.plannedEndDate, s.reviews, cadence, s.today);

    addVisits(s, records, s.ended && s.endDate.isValid() ? s.endDate : s.plannedEndDate, now);
    addGoals(s, SmartGoal::listFromJson(p.value(QStringLiteral("goals")).toArray()), records);
    return s;
}

} // namespace careround
