#include "prn.h"
#include "amendments.h"
#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "localtime.h"
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace careround {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;

QString tr(const char *text)
{
    return QCoreApplication::translate("PrnRules", text);
}

struct Dose
{
    qint64 ms;
    QString recordId;
};

QList<Dose> countedDoses(const QString &orderId, const QList<Record> &records)
{
    QList<Dose> doses;
    const auto admins =
        effectiveRecords(records, QString::fromLatin1(RecordType::MedicationAdministration));
    for (const EffectiveRecord &e : admins) {
        const QJsonObject &p = e.record.payload;
        const auto outcome =
            medicationOutcomeFromCode(p.value(QStringLiteral("outcome")).toString());
        if (p.value(QStringLiteral("orderId")).toString() != orderId || !outcome
            || !isGiven(*outcome))
            continue;
        QDateTime at = QDateTime::fromString(p.value(QStringLiteral("administeredAt")).toString(),
                                             Qt::ISODateWithMs);
        if (!at.isValid())
            at = e.record.deviceTime; // cannot happen for a valid record; never drop a given dose
        doses.append({at.toMSecsSinceEpoch(), e.record.id});
    }
    std::sort(doses.begin(), doses.end(), [](const Dose &a, const Dose &b) {
        return std::tie(a.ms, a.recordId) < std::tie(b.ms, b.recordId);
    });
    return doses;
}

struct Rules
{
    qint64 gapMs;
    int maxDoses;
    const QList<Dose> &doses;

    // The counted dose closest before-or-after `c` that is less than the gap away, if any (latest
    // wins).
    const Dose *gapBlocker(qint64 c) const
    {
        const Dose *found = nullptr;
        for (const Dose &d : doses)
            if (qAbs(d.ms - c) < gapMs)
                found = &d;
        return found;
    }
    // Whether some maxDoses doses lie within 24 h of each other and of `c`.
    bool countBlocks(qint64 c) const
    {
        for (qsizetype i = 0; i + maxDoses <= doses.size(); ++i) {
            const qint64 first = doses.at(i).ms, last = doses.at(i + maxDoses - 1).ms;
            if (last - first < DayMs && c > last - DayMs && c < first + DayMs)
                return true;
        }
        return false;
    }
    bool allows(qint64 c) const { return !gapBlocker(c) && !countBlocks(c); }
    // Every blocked set is an open interval ending at t + gap or t + 24 h: try those in order.
    qint64 earliestFrom(qint64 p) const
    {
        QList<qint64> candidates {p};
        for (const Dose &d : doses)
            candidates << d.ms + gapMs << d.ms + DayMs;
        std::sort(candidates.begin(), candidates.end());
        for (qint64 c : std::as_const(candidates))
            if (c >= p && allows(c))
                return c;
        return candidates.last(); // unreachable: after every dose + 24 h nothing blocks
    }
};

QString dayWords(const QDate &day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

PrnDecision refusedFor(const QString &reason)
{
    PrnDecision d;
    d.reason = reason;
    return d;
}

} // namespace

PrnDecision checkPrnDose(const MedicationOrder &order, const QList<Record> &records,
                         const QDateTime &proposed, const QTimeZone &zone)
{
    const QString &medicine = order.medicine;
    const QDate day = proposed.toTimeZone(zone).date();
    if (!order.prn)
        return refusedFor(
            tr("%1 is not an as-needed (PRN) medicine: give it at its set times.").arg(medicine));
    if (order.prnProtocol.minimumIntervalMinutes < 1 || order.prnProtocol.maxDosesPer24h < 1)
        return refusedFor(
            tr("The as-needed (PRN) protocol for %1 is incomplete: ask the office.").arg(medicine));
    if (order.stopDate.isValid() && day > order.stopDate)
        return refusedFor(
            tr("%1 was stopped: the last day was %2.").arg(medicine, dayWords(order.stopDate)));
    if (order.startDate.isValid() && day < order.startDate) {
        PrnDecision d = refusedFor(tr("%1 starts on %2.").arg(medicine, dayWords(order.startDate)));
        d.earliestNext = resolveWallClock(order.startDate, QTime(0, 0), zone).utc;
        return d;
    }

    const QList<Dose> doses = countedDoses(order.orderId, records);
    const Rules rules {qint64(order.prnProtocol.minimumIntervalMinutes) * 60'000,
                       order.prnProtocol.maxDosesPer24h, doses};
    const qint64 p = proposed.toMSecsSinceEpoch();
    PrnDecision d;
    for (const Dose &dose : doses) {
        d.countedRecordIds.append(dose.recordId);
        if (dose.ms > p)
            d.futureRecordIds.append(dose.recordId);
        else if (dose.ms > p - DayMs)
            ++d.dosesInLast24h;
        if (dose.ms <= p)
            d.lastGivenAt = QDateTime::fromMSecsSinceEpoch(dose.ms, QTimeZone::utc());
    }
    const auto at = [&](qint64 ms) {
        return whenText(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), proposed, zone);
    };
    const QString gap = durationText(order.prnProtocol.minimumIntervalMinutes);
    const int max = order.prnProtocol.maxDosesPer24h;
    const qint64 next = rules.earliestFrom(p);
    d.earliestNext = QDateTime::fromMSecsSinceEpoch(next, QTimeZone::utc());
    d.allowed = next == p;
    if (d.allowed) {
        d.reason = d.lastGivenAt
            ? tr("%1 can be given. It was last given at %2; %3 of at most %4 doses in the last 24 "
                 "hours.")
                  .arg(medicine, at(d.lastGivenAt->toMSecsSinceEpoch()))
                  .arg(d.dosesInLast24h)
                  .arg(max)
            : tr("%1 can be given. No dose has been given in the last 24 hours (at most %2).")
                  .arg(medicine)
                  .arg(max);
        return d;
    }
    // Refused: past doses fill the 24 hours, or a past dose is too recent, or one timed after p.
    const Dose *blocker = rules.gapBlocker(p);
    if (d.dosesInLast24h >= max) {
        d.reason = (d.dosesInLast24h == 1
                        ? tr("1 dose has been given in the last 24 hours, the most allowed.")
                        : tr("%1 doses have been given in the last 24 hours, the most allowed.")
                              .arg(d.dosesInLast24h))
            + QLatin1Char(' ') + tr("The next can be given from %1.").arg(at(next));
    } else if (blocker && blocker->ms <= p) {
        d.reason = next == blocker->ms + rules.gapMs
            ? tr("%1 was last given at %2. The minimum gap is %3, so the next dose can be given "
                 "from %4.")
                  .arg(medicine, at(blocker->ms), gap, at(next))
            : tr("%1 was last given at %2. The minimum gap is %3 and at most %4 doses may be given "
                 "in 24 hours, so the next dose can be given from %5.")
                  .arg(medicine, at(blocker->ms), gap)
                  .arg(max)
                  .arg(at(next));
    } else {
        const qint64 future =
            blocker ? blocker->ms : doses.at(doses.size() - d.futureRecordIds.size()).ms;
        d.reason = tr("%1 is recorded as given at %2, which is later than now: a device clock may "
                      "be wrong, so tell the office. The next dose can be given from %3.")
                       .arg(medicine, at(future), at(next));
    }
    return d;
}

} // namespace careround
