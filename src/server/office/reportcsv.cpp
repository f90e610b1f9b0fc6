#include "reportcsv.h"

#include "uktime.h"

namespace careround::server {

namespace {

QString clock(const std::optional<QDateTime> &instant)
{
    return instant && instant->isValid() ? ukClock(*instant) : QString();
}

QString names(const OfficeDay &data, const QStringList &userIds)
{
    QStringList out;
    for (const QString &id : userIds)
        out.append(data.userName(id));
    return out.join(QLatin1String("; "));
}

QString pounds(qint64 pence)
{
    return QStringLiteral("%1.%2").arg(pence / 100).arg(pence % 100, 2, 10, QLatin1Char('0'));
}

QString hours(double value)
{
    return QString::number(value, 'f', 2);
}

QStringList hoursRow(const QString &kind, const HoursLine &line)
{
    const billing::WeeklyBill &b = line.bill;
    return {kind,
            line.name,
            line.ruralClass,
            QString::number(line.calls),
            QString::number(line.deliveredMinutes),
            QString::number(line.unpaidMinutesBeyondPlan),
            hours(double(b.dayUnits) / double(billing::UnitsPerHour)),
            hours(double(b.nightMinutes) / 60.0),
            QString::number(b.callsOutsideDayHours),
            pounds(b.dayPence),
            pounds(b.nightPence),
            pounds(b.upliftPence),
            pounds(b.totalPence),
            line.id};
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QString ukDate(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

CsvTable visitsReportCsv(const VisitsReport &report)
{
    CsvTable table {QStringLiteral("careround-visits-%1.csv").arg(isoDay(report.day)),
                    {QStringLiteral("Date"), QStringLiteral("Planned start"),
                     QStringLiteral("Planned end"), QStringLiteral("Person"),
                     QStringLiteral("Call"), QStringLiteral("Workers"), QStringLiteral("Status"),
                     QStringLiteral("Timing"), QStringLiteral("Actual start"),
                     QStringLiteral("Actual end"), QStringLiteral("Delivered minutes"),
                     QStringLiteral("Planned minutes"), QStringLiteral("Visit id"),
                     QStringLiteral("Person id")},
                    {}};
    for (const VisitRow &row : report.rows) {
        const PlannedVisit &plan = row.visit.plan;
        const VisitState &state = row.visit.state;
        table.rows.append({ukDate(ukDay(plan.plannedStart)), ukClock(plan.plannedStart),
                           ukClock(plan.plannedEnd()), report.data.personName(plan.personId),
                           plan.callType, names(report.data, plan.workerIds), row.status,
                           visitTimingCode(state.timing), clock(state.checkedInAt),
                           clock(state.checkedOutAt), QString::number(state.deliveredMinutes),
                           QString::number(plan.durationMinutes), plan.visitId, plan.personId});
    }
    return table;
}

CsvTable hoursReportCsv(const HoursReport &report)
{
    CsvTable table {QStringLiteral("careround-hours-week-%1.csv").arg(isoDay(report.week.monday)),
                    {QStringLiteral("For"), QStringLiteral("Name"), QStringLiteral("Rural class"),
                     QStringLiteral("Calls"), QStringLiteral("Delivered minutes"),
                     QStringLiteral("Unpaid minutes beyond plan"), QStringLiteral("Day hours"),
                     QStringLiteral("Night hours"), QStringLiteral("Calls outside day hours"),
                     QStringLiteral("Day £"), QStringLiteral("Night £"),
                     QStringLiteral("Rural uplift £"), QStringLiteral("Total £"),
                     QStringLiteral("Id")},
                    {}};
    for (const HoursLine &line : report.people)
        table.rows.append(hoursRow(QStringLiteral("person"), line));
    for (const HoursLine &line : report.workers)
        table.rows.append(hoursRow(QStringLiteral("worker"), line));
    return table;
}

CsvTable spotCheckReportCsv(const SpotCheckReport &report)
{
    CsvTable table {QStringLiteral("careround-spot-checks-%1.csv").arg(isoDay(report.asOf)),
                    {QStringLiteral("Worker"), QStringLiteral("Role"),
                     QStringLiteral("Last observation"), QStringLiteral("Last refused"),
                     QStringLiteral("Worker id")},
                    {}};
    for (const SpotCheckLine &line : report.overdue)
        table.rows.append({line.worker.displayName, roleName(line.worker.role),
                           ukDate(line.lastObservation), ukDate(line.lastRefusal), line.worker.id});
    return table;
}

} // namespace careround::server
