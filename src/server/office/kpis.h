#pragma once
// Key figures of a period for the office (docs/office.md "KPIs"), each a pure function of folded
// visits and records, so the rules are tested without a store:
//  - timeliness per UK day: every visit planned that day by core's timing of its start
//    (rules/visittiming.h): on time, early, late, missed; cancelled, no access and not yet
//    decided (still to come, due or running late) kept apart;
//  - delivered vs planned minutes per person and per worker, over visits planned to start before
//    now and not cancelled (each worker named on a double-handed call is credited the call);
//  - continuity: distinct workers who checked in with each person over the 4 weeks ending on the
//    period's last day, against the specification's trusted team of at most 4;
//  - doses recorded vs due, by core's MAR chart (rules/marchart.h): regular dose slots whose
//    window has ended; a slot counts as recorded when it holds any record (given, refused ...);
//  - incidents by kind, by the UK day they occurred, withdrawn ones left out.
#include "core/medicationorder.h"
#include "officedata.h"
#include <QMap>

namespace careround::server {

constexpr int MaxKpiDays = 92;
constexpr int ContinuityDays = 28;
constexpr int TrustedTeamSize = 4;

struct KpiPeriod
{
    QDate from, to; // inclusive, UK days
    int days() const { return int(from.daysTo(to)) + 1; }
    bool contains(const QDate &day) const { return day >= from && day <= to; }
};

// Errors name "from" or "to": both valid, from <= to, at most MaxKpiDays days.
Result<KpiPeriod> kpiPeriod(const QDate &from, const QDate &to);

struct DayTimeliness
{
    QDate day;
    int onTime = 0, early = 0, late = 0, missed = 0;
    int noAccess = 0, cancelled = 0, undecided = 0;
};

struct MinutesLine
{
    QString id, name;
    int visits = 0; // visits planned to start before now, not cancelled
    int plannedMinutes = 0;
    int deliveredMinutes = 0; // as checked in and out (done visits)
};

struct ContinuityLine
{
    QString personId, name;
    QStringList workerNames; // who checked in, sorted
    bool aboveTrustedTeam() const { return workerNames.size() > TrustedTeamSize; }
};

struct DoseLine
{
    QString personId, name;
    int due = 0; // regular slots whose window ended in the period
    int recorded = 0; // of those, slots holding a record
};

// One line per day of the period, zeros included. `visits` may hold other days.
QList<DayTimeliness> timelinessByDay(const QList<FoldedVisit> &visits, const KpiPeriod &period);

// Per person (byWorker false) or per worker, by name then id.
QList<MinutesLine> minutesDelivered(const OfficeDay &data, const KpiPeriod &period,
                                    const QDateTime &now, bool byWorker);

// People with at least one visit in [from, to], by most workers first, then name.
QList<ContinuityLine> continuity(const OfficeDay &data, const QDate &from, const QDate &to);

// One person's doses over the period from their records (orders, administrations, amendments).
DoseLine dosesRecordedVsDue(const QList<Record> &records, const KpiPeriod &period,
                            const QDateTime &now);

// Incident kind → count; `records` may hold amendments (withdrawals apply).
QMap<QString, int> incidentsByKind(const QList<Record> &records, const KpiPeriod &period);

} // namespace careround::server
