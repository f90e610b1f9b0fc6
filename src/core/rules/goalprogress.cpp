#include "goalprogress.h"
#include "amendments.h"
#include "core/recordtypes.h"
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace careround {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool inScope(const GoalScore &s, const GoalScope &scope)
{
    if (scope.episodeId.isEmpty() && scope.carePlanId.isEmpty())
        return true;
    const bool untied =
        s.source == GoalScoreSource::Progress && s.episodeId.isEmpty() && s.carePlanId.isEmpty();
    return untied || (!scope.episodeId.isEmpty() && s.episodeId == scope.episodeId)
        || (!scope.carePlanId.isEmpty() && s.source == GoalScoreSource::Progress
            && s.carePlanId == scope.carePlanId);
}

GoalScore scoreOf(const EffectiveRecord &e, GoalScoreSource source)
{
    GoalScore s;
    s.recordId = e.record.id;
    s.source = source;
    s.day = e.record.careDay;
    s.hlc = e.record.hlc;
    s.authorUserId = e.record.authorUserId;
    s.episodeId = text(e.record.payload, "episodeId");
    s.amended = e.amended();
    return s;
}

} // namespace

QList<GoalChartPoint> GoalProgress::series() const
{
    QList<GoalScore> byDay = history;
    std::stable_sort(byDay.begin(), byDay.end(),
                     [](const GoalScore &a, const GoalScore &b) { return a.day < b.day; });
    QList<GoalChartPoint> points;
    for (const GoalScore &s : std::as_const(byDay))
        points.append({s.day, s.score});
    return points;
}

QList<GoalProgress> goalProgress(const QList<Record> &records, const GoalScope &scope)
{
    QMap<QString, GoalProgress> goals;
    const auto add = [&](const QString &goalId, const GoalScore &s) {
        if (!inScope(s, scope))
            return;
        GoalProgress &g = goals[goalId];
        g.goalId = goalId;
        g.history.append(s);
    };
    for (const EffectiveRecord &e : effectiveRecords(records)) { // HLC order
        const QJsonObject &p = e.record.payload;
        if (e.record.type == QLatin1String(RecordType::GoalProgress)) {
            GoalScore s = scoreOf(e, GoalScoreSource::Progress);
            s.score = p.value(QStringLiteral("score")).toInt();
            s.comment = text(p, "note");
            s.carePlanId = text(p, "carePlanId");
            if (p.value(QStringLiteral("achieved")).isBool())
                s.achieved = p.value(QStringLiteral("achieved")).toBool();
            add(text(p, "goalId"), s);
        } else if (e.record.type == QLatin1String(RecordType::ReablementReview)) {
            GoalScore s = scoreOf(e, GoalScoreSource::Review);
            s.day = QDate::fromString(text(p, "reviewDate"), Qt::ISODate);
            s.reviewKind = text(p, "kind");
            for (const QJsonValue &v : p.value(QStringLiteral("scores")).toArray()) {
                const QJsonObject score = v.toObject();
                s.score = score.value(QStringLiteral("score")).toInt();
                s.comment = text(score, "comment");
                add(text(score, "goalId"), s);
            }
        }
    }
    QList<GoalProgress> out;
    for (GoalProgress &g : goals) {
        g.firstScore = g.history.first().score;
        g.latestScore = g.history.last().score;
        for (const GoalScore &s : std::as_const(g.history))
            if (s.achieved)
                g.achieved = *s.achieved;
        out.append(g);
    }
    return out;
}

} // namespace careround
