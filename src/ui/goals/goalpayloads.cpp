#include "goalpayloads.h"

#include <QJsonArray>
#include <QLocale>

namespace careround::ui {

namespace {

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace

Result<QJsonObject> GoalPayloads::progress(const QString &goalId, int score, const QString &note,
                                           bool achieved, const QString &carePlanId,
                                           const QString &episodeId)
{
    if (goalId.trimmed().isEmpty())
        return Error {QStringLiteral("goalId"), tr("Choose the goal first")};
    if (score < 0 || score > MaxScore)
        return Error {QStringLiteral("score"), tr("Choose a score from 0 to %1").arg(MaxScore)};
    QJsonObject p {{QStringLiteral("goalId"), goalId},
                   {QStringLiteral("score"), score},
                   {QStringLiteral("achieved"), achieved}};
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    if (!carePlanId.isEmpty())
        p.insert(QStringLiteral("carePlanId"), carePlanId);
    if (!episodeId.isEmpty())
        p.insert(QStringLiteral("episodeId"), episodeId);
    return p;
}

const QStringList &GoalPayloads::reviewKinds()
{
    static const QStringList kinds {QStringLiteral("weekly"), QStringLiteral("week_3"),
                                    QStringLiteral("week_6"), QStringLiteral("week_9"),
                                    QStringLiteral("exit")};
    return kinds;
}

QString GoalPayloads::reviewKindWords(const QString &kind)
{
    if (kind == QLatin1String("weekly"))
        return tr("Weekly review");
    if (kind == QLatin1String("week_3"))
        return tr("Week 3 review");
    if (kind == QLatin1String("week_6"))
        return tr("Week 6 review");
    if (kind == QLatin1String("week_9"))
        return tr("Week 9 review");
    if (kind == QLatin1String("exit"))
        return tr("Exit review");
    return kind;
}

Result<QJsonObject> GoalPayloads::review(const QString &episodeId, const QDate &reviewDate,
                                         const QString &kind, const QVariantList &scores,
                                         const QString &summary)
{
    if (!reviewKinds().contains(kind))
        return Error {QStringLiteral("kind"), tr("Choose which review this is")};
    QJsonArray out;
    for (int i = 0; i < scores.size(); ++i) {
        const QVariantMap s = scores.at(i).toMap();
        bool ok = false;
        const int score = s.value(QStringLiteral("score")).toInt(&ok);
        if (!ok || score == -1)
            continue; // not scored at this review
        if (score < 0 || score > MaxScore)
            return Error {QStringLiteral("scores[%1].score").arg(i),
                          tr("Choose a score from 0 to %1").arg(MaxScore)};
        QJsonObject o {{QStringLiteral("goalId"), s.value(QStringLiteral("goalId")).toString()},
                       {QStringLiteral("score"), score}};
        const QString comment = s.value(QStringLiteral("comment")).toString().trimmed();
        if (!comment.isEmpty())
            o.insert(QStringLiteral("comment"), comment);
        out.append(o);
    }
    if (out.isEmpty())
        return Error {QStringLiteral("scores"), tr("Give a score for at least one goal")};
    QJsonObject p {{QStringLiteral("episodeId"), episodeId},
                   {QStringLiteral("reviewDate"), reviewDate.toString(Qt::ISODate)},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("scores"), out}};
    if (!summary.trimmed().isEmpty())
        p.insert(QStringLiteral("summary"), summary.trimmed());
    return p;
}

QDate GoalPayloads::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format :
         {"yyyy-MM-dd", "d/M/yyyy", "d/M/yy", "d.M.yyyy", "d MMMM yyyy", "d MMM yyyy"}) {
        QDate d = QLocale(QLocale::English, QLocale::UnitedKingdom)
                      .toDate(t, QString::fromLatin1(format));
        if (d.isValid()) {
            if (QLatin1String(format).endsWith(QLatin1String("/yy")))
                d = d.addYears(100); // Qt reads "27" as 1927; care plans are this century
            return d;
        }
    }
    return {};
}

Result<QJsonObject> GoalPayloads::withPlannedEnd(const QJsonObject &episode,
                                                 const QString &dateText)
{
    const QDate end = parseDate(dateText);
    if (!end.isValid())
        return Error {QStringLiteral("plannedEndDate"),
                      tr("Write the planned end as a date, for example 12/01/2027")};
    const QDate start =
        QDate::fromString(episode.value(QLatin1String("startDate")).toString(), Qt::ISODate);
    if (start.isValid() && end < start)
        return Error {QStringLiteral("plannedEndDate"),
                      tr("The planned end cannot be before the start on %1").arg(longDate(start))};
    if (start.isValid() && start.daysTo(end) > MaxEpisodeDays)
        return Error {QStringLiteral("plannedEndDate"),
                      tr("Reablement lasts at most 6 weeks: the planned end can be %1 at the "
                         "latest (6 weeks after the start on %2)")
                          .arg(longDate(start.addDays(MaxEpisodeDays)), longDate(start))};
    QJsonObject p = episode;
    p.insert(QStringLiteral("plannedEndDate"), end.toString(Qt::ISODate));
    return p;
}

} // namespace careround::ui
