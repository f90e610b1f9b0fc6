#include "kpis.h"

#include "core/isotime.h"
#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "core/rules/duedoses.h"
#include "core/rules/marchart.h"
#include "uktime.h"

#include <QSet>
#include <algorithm>

namespace careround::server {

namespace {

template<typename Line>
void sortByName(QList<Line> &lines)
{
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
}

void addTimeliness(DayTimeliness &day, const VisitState &state)
{
    if (state.status == VisitStatus::Cancelled) {
        ++day.cancelled;
        return;
    }
    if (state.status == VisitStatus::NoAccess) {
        ++day.noAccess;
        return;
    }
    switch (state.timing) {
    case VisitTiming::OnTime:
        ++day.onTime;
        break;
    case VisitTiming::Early:
        ++day.early;
        break;
    case VisitTiming::Late:
        ++day.late;
        break;
    case VisitTiming::Missed:
        ++day.missed;
        break;
    case VisitTiming::NotYetDue:
    case VisitTiming::Due:
    case VisitTiming::Overdue:
        ++day.undecided;
        break;
    }
}

} // namespace

Result<KpiPeriod> kpiPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return Error {QStringLiteral("from"), QStringLiteral("must be a date, yyyy-MM-dd")};
    if (!to.isValid())
        return Error {QStringLiteral("to"), QStringLiteral("must be a date, yyyy-MM-dd")};
    if (to < from)
        return Error {QStringLiteral("to"),
                      QStringLiteral("The last day must not be before the first.")};
    if (from.daysTo(to) + 1 > MaxKpiDays)
        return Error {QStringLiteral("to"),
                      QStringLiteral("The period may be at most %1 days.").arg(MaxKpiDays)};
    return KpiPeriod {from, to};
}

QList<DayTimeliness> timelinessByDay(const QList<FoldedVisit> &visits, const KpiPeriod &period)
{
    QList<DayTimeliness> days;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        days.append(DayTimeliness {d});
    for (const FoldedVisit &v : visits) {
        const QDate day = ukDay(v.plan.plannedStart);
        if (period.contains(day))
            addTimeliness(days[int(period.from.daysTo(day))], v.state);
    }
    return days;
}

QList<MinutesLine> minutesDelivered(const OfficeDay &data, const KpiPeriod &period,
                                    const QDateTime &now, bool byWorker)
{
    QHash<QString, MinutesLine> lines;
    for (const FoldedVisit &v : data.visits) {
        if (v.state.status == VisitStatus::Cancelled || v.plan.plannedStart >= now
            || !period.contains(ukDay(v.plan.plannedStart)))
            continue;
        const QStringList ids = byWorker ? v.plan.workerIds : QStringList {v.plan.personId};
        for (const QString &id : ids) {
            MinutesLine &line = lines[id];
            if (line.id.isEmpty())
                line = MinutesLine {id, byWorker ? data.userName(id) : data.personName(id)};
            ++line.visits;
            line.plannedMinutes += v.plan.durationMinutes;
            line.deliveredMinutes += v.state.deliveredMinutes;
        }
    }
    QList<MinutesLine> out = lines.values();
    sortByName(out);
    return out;
}

QList<ContinuityLine> continuity(const OfficeDay &data, const QDate &from, const QDate &to)
{
    QHash<QString, QSet<QString>> workersByPerson;
    for (const FoldedVisit &v : data.visits) {
        const QDate day = ukDay(v.plan.plannedStart);
        if (day < from || day > to)
            continue;
        QSet<QString> &workers = workersByPerson[v.plan.personId];
        for (const QString &worker : v.state.checkedInWorkers)
            workers.insert(worker);
    }
    QList<ContinuityLine> out;
    for (auto it = workersByPerson.cbegin(); it != workersByPerson.cend(); ++it) {
        ContinuityLine line {it.key(), data.personName(it.key()), {}};
        for (const QString &worker : it.value())
            line.workerNames.append(data.userName(worker));
        line.workerNames.sort();
        out.append(line);
    }
    std::sort(out.begin(), out.end(), [](const ContinuityLine &a, const ContinuityLine &b) {
        if (a.workerNames.size() != b.workerNames.size())
            return a.workerNames.size() > b.workerNames.size();
        return a.name != b.name ? a.name < b.name : a.personId < b.personId;
    });
    return out;
}

DoseLine dosesRecordedVsDue(const QList<Record> &records, const KpiPeriod &period,
                            const QDateTime &now)
{
    DoseLine line;
    const QList<MedicationOrder> orders = currentMedicationOrders(records);
    if (orders.isEmpty())
        return line;
    auto chart = buildMarChart(
        orders, records, MarRequest {period.from, period.to, now, ukTimeZone(), std::nullopt});
    if (!chart)
        return line; // the period is validated to fit a chart; nothing to count otherwise
    for (const MarRow &row : chart.value().rows) {
        if (row.prn)
            continue;
        for (const MarCell &cell : row.cells) {
            if (!cell.due || !cell.windowEnd.isValid() || cell.windowEnd > now)
                continue;
            ++line.due;
            if (cell.state == MarCellState::Recorded || cell.state == MarCellState::Conflict)
                ++line.recorded;
        }
    }
    return line;
}

QMap<QString, int> incidentsByKind(const QList<Record> &records, const KpiPeriod &period)
{
    QMap<QString, int> kinds;
    for (const EffectiveRecord &e :
         effectiveRecords(records, QString::fromLatin1(RecordType::Incident))) {
        const QDateTime occurred =
            isotime::parseUtc(e.record.payload.value(QLatin1String("occurredAt")).toString());
        if (occurred.isValid() && period.contains(ukDay(occurred)))
            ++kinds[e.record.payload.value(QLatin1String("kind")).toString()];
    }
    return kinds;
}

} // namespace careround::server
