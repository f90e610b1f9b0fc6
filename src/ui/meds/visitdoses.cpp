#include "visitdoses.h"

#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "core/rules/localtime.h"
#include "core/rules/slotrecords.h"
#include "medicationwords.h"
#include <QJsonArray>
#include <algorithm>

namespace careround::ui {

namespace {

const MedicationOrder *orderById(const QList<MedicationOrder> &orders, const QString &orderId)
{
    for (const MedicationOrder &o : orders) {
        if (o.orderId == orderId)
            return &o;
    }
    return nullptr;
}

QDateTime whenOf(const Record &administration)
{
    const QDateTime given = QDateTime::fromString(
        administration.payload.value(QLatin1String("administeredAt")).toString(), Qt::ISODate);
    return given.isValid() ? given : administration.deviceTime;
}

bool given(const Record &administration)
{
    const auto outcome = medicationOutcomeFromCode(
        administration.payload.value(QLatin1String("outcome")).toString());
    return outcome && isGiven(*outcome);
}

// The words every row has, from its order.
DoseRow rowFor(const MedicationOrder &order)
{
    DoseRow row;
    row.order = order;
    row.prn = order.prn;
    row.title = MedicationWords::title(order);
    row.doseLine = MedicationWords::doseLine(order);
    row.supportText = MedicationWords::supportLevelDetail(order.supportLevel);
    row.instructions = order.instructions.trimmed();
    if (order.secondSignatureRequired)
        row.secondSignatureText =
            VisitDoses::tr("Needs a second worker to sign that they saw it given");
    return row;
}

QString clock(const QDateTime &t, const DoseContext &c)
{
    return clockText(t, c.zone);
}

void describeRecords(DoseRow &row, const DoseContext &c)
{
    QStringList lines;
    for (const EffectiveRecord &r : std::as_const(row.records))
        lines << VisitDoses::recordedLine(r, c);
    row.recordedText = lines.join(QLatin1Char('\n'));
}

} // namespace

QString VisitDoses::recordedLine(const EffectiveRecord &administration, const DoseContext &c)
{
    const Record &r = administration.record;
    const QString who = c.names.value(r.authorUserId, tr("another worker"));
    //: what was recorded for a dose, by whom and when, e.g. "Given: Amira Khan at 08:05"
    QString line =
        tr("%1: %2 at %3")
            .arg(MedicationWords::outcome(r.payload.value(QLatin1String("outcome")).toString()),
                 who, whenText(whenOf(r), c.now, c.zone));
    const QString signer = r.payload.value(QLatin1String("secondSignerUserId")).toString();
    if (!signer.isEmpty())
        line += tr(", signed also by %1").arg(c.names.value(signer, tr("a second worker")));
    const QString reason = r.payload.value(QLatin1String("reason")).toString();
    if (!reason.isEmpty())
        line += QStringLiteral(" \u2014 ") + reason;
    const QJsonObject effect = r.payload.value(QLatin1String("prnEffect")).toObject();
    if (!effect.isEmpty())
        line +=
            tr(" · effect: %1")
                .arg(MedicationWords::prnEffect(effect.value(QLatin1String("effect")).toString()));
    if (administration.amended())
        line += tr(" (corrected)");
    return line;
}

QStringList VisitDoses::conflictAlerts(const QList<Record> &records, const QStringList &recordIds)
{
    QStringList summaries;
    if (recordIds.isEmpty())
        return summaries;
    for (const EffectiveRecord &e :
         effectiveRecords(records, QString::fromLatin1(RecordType::Alert))) {
        const QJsonObject &p = e.record.payload;
        if (p.value(QLatin1String("rule")).toString() != QLatin1String("conflict"))
            continue;
        const QJsonArray related = p.value(QLatin1String("relatedRecordIds")).toArray();
        const bool names = std::any_of(related.begin(), related.end(), [&](const QJsonValue &v) {
            return recordIds.contains(v.toString());
        });
        if (names)
            summaries << p.value(QLatin1String("summary")).toString();
    }
    return summaries;
}

QList<DoseRow> VisitDoses::scheduled(const DoseContext &c)
{
    QList<DoseRow> rows;
    const DayDosePlan plan = planDoses(c.orders, c.dayVisits, c.day, c.zone);
    for (const DueDose &dose : plan.forVisit(c.visitId)) {
        const MedicationOrder *order = orderById(c.orders, dose.orderId);
        if (!order)
            continue;
        DoseRow row = rowFor(*order);
        row.dose = dose;
        row.timeText =
            tr("%1 · give between %2 and %3")
                .arg(dose.scheduledTime, clock(dose.windowStart, c), clock(dose.windowEnd, c));
        if (dose.timeCritical)
            row.timeCriticalText = tr("Time-critical: give between %1 and %2, no later")
                                       .arg(clock(dose.windowStart, c), clock(dose.windowEnd, c));
        if (dose.clockChange == WallClockKind::Skipped)
            row.clockChangeText =
                tr("The clocks go forward tonight, so %1 does not happen: give this dose at %2 "
                   "by the new time.")
                    .arg(dose.scheduledTime, clock(dose.scheduledAt, c));
        else if (dose.clockChange == WallClockKind::Repeated)
            row.clockChangeText = tr("The clocks go back tonight, so %1 happens twice: give this "
                                     "dose once, at the first %1.")
                                      .arg(dose.scheduledTime);

        const SlotRecords slot =
            administrationsForSlot(c.records, DoseSlot {dose.orderId, c.day, dose.scheduledTime});
        row.records = slot.administrations;
        describeRecords(row, c);
        QStringList ids;
        for (const EffectiveRecord &r : std::as_const(row.records))
            ids << r.record.id;
        const QStringList alerts = conflictAlerts(c.records, ids);
        row.conflict = slot.conflict() || !alerts.isEmpty();
        if (!alerts.isEmpty())
            row.conflictText = tr("The office has flagged this dose: %1").arg(alerts.join(u' '));
        else if (slot.conflict())
            row.conflictText = tr("%n record(s) for this one dose. Was it given twice? Tell the "
                                  "office now; the wrong record must be withdrawn.",
                                  nullptr, int(row.records.size()));
        if (row.recorded()) {
            const QString last = recordedLine(row.records.constLast(), c);
            row.repeatWarning = (slot.fromDevice(c.deviceId).isEmpty()
                                     ? tr("Already recorded on another phone: %1.")
                                     : tr("Already recorded on this phone: %1."))
                                    .arg(last)
                + QLatin1Char(' ')
                + tr("Recording it again makes a second record of the same dose, which the "
                     "office will see as a conflict. To change what was recorded, correct that "
                     "entry in the visit history instead.");
        }

        if (row.conflict) {
            row.statusText = tr("Two records: tell the office");
            row.tone = DoseRow::Tone::Alert;
        } else if (row.recorded()) {
            const Record &last = row.records.constLast().record;
            row.statusText =
                MedicationWords::outcome(last.payload.value(QLatin1String("outcome")).toString());
            row.tone = given(last) ? DoseRow::Tone::Good : DoseRow::Tone::Attention;
        } else if (c.now < dose.windowStart) {
            row.statusText = tr("Due from %1").arg(clock(dose.windowStart, c));
        } else if (c.now <= dose.windowEnd) {
            row.statusText = tr("Due now");
            row.tone = DoseRow::Tone::Active;
        } else {
            row.statusText = tr("Overdue: give by %1 was missed").arg(clock(dose.windowEnd, c));
            row.tone = DoseRow::Tone::Alert;
        }
        rows.append(std::move(row));
    }
    return rows;
}

QList<DoseRow> VisitDoses::asNeeded(const DoseContext &c)
{
    QList<DoseRow> rows;
    const QList<EffectiveRecord> administrations =
        effectiveRecords(c.records, QString::fromLatin1(RecordType::MedicationAdministration));
    for (const MedicationOrder &order : c.orders) {
        if (!order.prn || !order.activeOn(c.day))
            continue;
        DoseRow row = rowFor(order);
        row.doseLine = tr("%1, %2").arg(order.prnProtocol.doseRule.simplified(),
                                        MedicationWords::route(order.route));
        row.timeText = tr("As needed");
        row.protocol = MedicationWords::prnProtocol(order);
        row.decision = checkPrnDose(order, c.records, c.now, c.zone);
        for (const EffectiveRecord &e : administrations) {
            const Record &r = e.record;
            if (r.payload.value(QLatin1String("orderId")).toString() != order.orderId)
                continue;
            const QDateTime when = whenOf(r);
            if (when <= c.now.addDays(-1) || when > c.now.addDays(1))
                continue; // the last 24 hours (and any timed ahead of now)
            row.records.append(e);
            if (given(r) && !r.payload.contains(QLatin1String("prnEffect"))) {
                row.followUpRecordId = r.id;
                row.followUpText = tr("Given at %1 by %2: how well did it work?")
                                       .arg(whenText(when, c.now, c.zone),
                                            c.names.value(r.authorUserId, tr("another worker")));
            } else if (given(r)) {
                row.followUpRecordId.clear();
                row.followUpText.clear();
            }
        }
        describeRecords(row, c);
        row.statusText = row.decision.allowed ? tr("Can be given now") : tr("Not now");
        row.tone = row.decision.allowed ? DoseRow::Tone::Neutral : DoseRow::Tone::Attention;
        rows.append(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const DoseRow &a, const DoseRow &b) {
        const int byName = a.order.medicine.compare(b.order.medicine, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.order.orderId < b.order.orderId;
    });
    return rows;
}

} // namespace careround::ui
