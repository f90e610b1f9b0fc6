#pragma once
// The office's key figures over a period (kpis.h for the rules), read through ServerStore for
// the viewer's scope (supervisors: their workers' visits and those visits' people) and audited
// as the other reports are: one "report.read" entry per person shown.
#include "kpis.h"

namespace careround::server {

struct KpiReport
{
    KpiPeriod period;
    QDate continuityFrom; // the 4 weeks ending on period.to
    QDateTime now;
    QList<DayTimeliness> days;
    QList<MinutesLine> people, workers;
    QList<ContinuityLine> continuity;
    QList<DoseLine> doses; // people with doses due in the period, by name
    QMap<QString, int> incidents; // kind → count
};

Result<KpiReport> buildKpiReport(ServerStore &store, const OfficeViewer &viewer,
                                 const KpiPeriod &period, const QDateTime &now);

QJsonObject kpiReportJson(const KpiReport &report);

} // namespace careround::server
