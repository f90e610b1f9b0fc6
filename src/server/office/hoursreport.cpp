#include "hoursreport.h"

#include "uktime.h"

#include <QMap>
#include <algorithm>

namespace careround::server {

namespace {

struct Calls
{
    QList<billing::DeliveredCall> calls;
    int deliveredMinutes = 0;
    int unpaid = 0;
};

// The call as billing sees it. Time beyond the plan without a reason is capped here (billing
// refuses it) and counted as unpaid, as is emergency time past the 60-minute cap.
billing::DeliveredCall deliveredCall(const FoldedVisit &v, int *unpaid)
{
    billing::DeliveredCall call;
    call.localStart = ukLocal(*v.state.checkedInAt);
    call.plannedMinutes = v.plan.durationMinutes;
    call.nightSession = isNightSession(v.plan);
    call.emergencyReason = v.emergencyReason;
    const int delivered = v.state.deliveredMinutes;
    call.deliveredMinutes =
        v.emergencyReason.isEmpty() ? qMin(delivered, call.plannedMinutes) : delivered;
    const auto payable =
        billing::payableMinutes(call.deliveredMinutes, call.plannedMinutes, call.emergencyReason);
    *unpaid = delivered - (payable ? payable.value() : call.deliveredMinutes);
    return call;
}

Result<HoursLine> line(const QString &id, const QString &name, const QString &ruralCode,
                       const Calls &calls, const billing::Rates &rates,
                       const billing::PaymentWeek &week)
{
    const auto ruralClass = billing::ruralClassFromCode(ruralCode);
    auto bills =
        billing::billByWeek(calls.calls, rates, ruralClass.value_or(billing::RuralClass::Urban));
    if (!bills)
        return bills.error();
    HoursLine out;
    out.id = id;
    out.name = name;
    out.ruralClass = ruralClass ? ruralCode : QString();
    out.calls = int(calls.calls.size());
    out.deliveredMinutes = calls.deliveredMinutes;
    out.unpaidMinutesBeyondPlan = calls.unpaid;
    out.bill = bills.value().isEmpty() ? billing::WeeklyBill {week} : bills.value().first();
    return out;
}

void sortByName(QList<HoursLine> &lines)
{
    std::sort(lines.begin(), lines.end(), [](const HoursLine &a, const HoursLine &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
}

} // namespace

bool isNightSession(const PlannedVisit &visit)
{
    static const QStringList nights {QStringLiteral("night"), QStringLiteral("sleep_in"),
                                     QStringLiteral("waking_night")};
    return nights.contains(visit.callType.trimmed().toLower());
}

Result<HoursReport> buildHoursReport(const OfficeDay &day, const billing::PaymentWeek &week,
                                     const billing::Rates &rates, const OfficeViewer &viewer)
{
    QMap<QString, Calls> byPerson, byWorker;
    for (const FoldedVisit &v : day.visits) {
        if (v.state.status != VisitStatus::Done || !v.state.checkedInAt
            || !week.contains(ukDay(*v.state.checkedInAt)))
            continue;
        int unpaid = 0;
        const billing::DeliveredCall call = deliveredCall(v, &unpaid);
        const auto add = [&](Calls &c) {
            c.calls.append(call);
            c.deliveredMinutes += v.state.deliveredMinutes;
            c.unpaid += unpaid;
        };
        add(byPerson[v.plan.personId]);
        for (const QString &worker : v.state.checkedInWorkers) {
            if (viewer.seesWorker(worker))
                add(byWorker[worker]);
        }
    }
    HoursReport report {week, rates, {}, {}};
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const QString rural =
            day.persons.value(it.key()).payload.value(QLatin1String("ruralClass")).toString();
        auto person = line(it.key(), day.personName(it.key()), rural, it.value(), rates, week);
        if (!person)
            return Error {QStringLiteral("people.") + it.key() + QLatin1Char('.')
                              + person.error().field,
                          person.error().message};
        report.people.append(person.value());
    }
    for (auto it = byWorker.cbegin(); it != byWorker.cend(); ++it) {
        auto worker = line(it.key(), day.userName(it.key()), QString(), it.value(), rates, week);
        if (!worker)
            return Error {QStringLiteral("workers.") + it.key() + QLatin1Char('.')
                              + worker.error().field,
                          worker.error().message};
        report.workers.append(worker.value());
    }
    sortByName(report.people);
    sortByName(report.workers);
    return report;
}

} // namespace careround::server
