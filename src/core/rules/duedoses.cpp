#include "duedoses.h"
#include "amendments.h"
#include "core/recordtypes.h"
#include <algorithm>
#include <optional>

namespace careround {

namespace {

DueDose doseOf(const MedicationOrder &o, const QDate &day, const QTime &time, const QTimeZone &zone)
{
    DueDose d;
    d.orderId = o.orderId;
    d.medicine = o.medicine;
    d.formulation = o.formulation;
    d.strength = o.strength;
    d.dose = o.dose;
    d.route = o.route;
    d.supportLevel = o.supportLevel;
    d.instructions = o.instructions;
    d.careDay = day;
    d.scheduledTime = time.toString(QStringLiteral("HH:mm"));
    const WallClockInstant at = resolveWallClock(day, time, zone);
    d.scheduledAt = at.utc;
    d.clockChange = at.kind;
    d.windowMinutes = doseWindowMinutes(o);
    d.windowStart = d.scheduledAt.addSecs(-qint64(d.windowMinutes) * 60);
    d.windowEnd = d.scheduledAt.addSecs(qint64(d.windowMinutes) * 60);
    d.timeCritical = o.timeCritical;
    d.timeCriticalWindowMinutes = o.timeCriticalWindowMinutes;
    d.secondSignatureRequired = o.secondSignatureRequired;
    return d;
}

// How well a visit covers a dose: smaller is better; nullopt when it cannot cover it.
std::optional<std::tuple<qint64, qint64, QDateTime, QString>> fit(const DueDose &d,
                                                                  const PlannedVisit &v)
{
    const QDateTime start = v.plannedStart;
    const QDateTime end = v.plannedEnd();
    if (end < d.windowStart || start > d.windowEnd)
        return std::nullopt;
    const qint64 gap = d.scheduledAt < start ? d.scheduledAt.msecsTo(start)
        : d.scheduledAt > end                ? end.msecsTo(d.scheduledAt)
                                             : 0;
    return std::tuple {gap, qAbs(start.msecsTo(d.scheduledAt)), start, v.visitId};
}

} // namespace

int doseWindowMinutes(const MedicationOrder &order)
{
    return order.timeCritical && order.timeCriticalWindowMinutes > 0
        ? order.timeCriticalWindowMinutes
        : RegularDoseWindowMinutes;
}

QList<DueDose> scheduledDoses(const QList<MedicationOrder> &orders, const QDate &day,
                              const QTimeZone &zone)
{
    QList<DueDose> out;
    for (const MedicationOrder &o : orders) {
        if (o.prn || !o.activeOn(day))
            continue;
        for (const QTime &t : o.times)
            out.append(doseOf(o, day, t, zone));
    }
    std::stable_sort(out.begin(), out.end(), [](const DueDose &a, const DueDose &b) {
        return std::tie(a.scheduledAt, a.medicine, a.orderId)
            < std::tie(b.scheduledAt, b.medicine, b.orderId);
    });
    return out;
}

DayDosePlan planDoses(const QList<MedicationOrder> &orders, const QList<PlannedVisit> &visits,
                      const QDate &day, const QTimeZone &zone)
{
    DayDosePlan plan {scheduledDoses(orders, day, zone)};
    for (DueDose &d : plan.doses) {
        std::optional<std::tuple<qint64, qint64, QDateTime, QString>> best;
        for (const PlannedVisit &v : visits) {
            if (v.cancelled || v.careDay != day || !v.plannedStart.isValid())
                continue;
            const auto f = fit(d, v);
            if (f && (!best || *f < *best))
                best = f;
        }
        if (best)
            d.visitId = std::get<3>(*best);
    }
    return plan;
}

QList<DueDose> DayDosePlan::forVisit(const QString &visitId) const
{
    QList<DueDose> out;
    for (const DueDose &d : doses)
        if (!visitId.isEmpty() && d.visitId == visitId)
            out.append(d);
    return out;
}

QList<DueDose> DayDosePlan::uncovered() const
{
    QList<DueDose> out;
    for (const DueDose &d : doses)
        if (d.visitId.isEmpty())
            out.append(d);
    return out;
}

QList<MedicationOrder> currentMedicationOrders(const QList<Record> &records)
{
    QList<MedicationOrder> out;
    for (const EffectiveRecord &e :
         effectiveRecords(records, QString::fromLatin1(RecordType::MedicationOrder))) {
        if (auto order = MedicationOrder::fromRecord(e.record))
            out.append(order.value());
    }
    return out;
}

} // namespace careround
