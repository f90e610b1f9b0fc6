#include "marchart.h"
#include "amendments.h"
#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "localtime.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace careround {

namespace {

using Entries = QList<const EffectiveRecord *>;
const QString PrnSlot = QStringLiteral("prn"); // never an "HH:mm" time

QString slotKey(const QString &orderId, const QDate &day, const QString &time)
{
    return orderId + QLatin1Char('|') + day.toString(Qt::ISODate) + QLatin1Char('|') + time;
}

MarEntry entryOf(const EffectiveRecord &e, const QDateTime &windowEnd, const QTimeZone &zone)
{
    const QJsonObject &p = e.record.payload;
    const auto text = [&p](const char *key) {
        return p.value(QLatin1String(key)).toString();
    };
    MarEntry m;
    m.recordId = e.record.id;
    m.authorUserId = e.record.authorUserId;
    m.deviceId = e.record.deviceId;
    m.secondSignerUserId = text("secondSignerUserId");
    m.outcomeCode = text("outcome");
    const auto outcome = medicationOutcomeFromCode(m.outcomeCode);
    m.outcomeWords = outcome ? medicationOutcomeWords(*outcome) : m.outcomeCode;
    m.given = outcome && isGiven(*outcome);
    m.dose = text("dose");
    m.reason = text("reason");
    m.note = text("note");
    m.prnEffect =
        p.value(QStringLiteral("prnEffect")).toObject().value(QStringLiteral("effect")).toString();
    m.administeredAt = QDateTime::fromString(text("administeredAt"), Qt::ISODateWithMs).toUTC();
    m.recordedAt = e.record.deviceTime.toUTC();
    m.time = clockText(m.administeredAt.isValid() ? m.administeredAt : m.recordedAt, zone);
    m.late = windowEnd.isValid() && m.administeredAt.isValid() && m.administeredAt > windowEnd;
    m.amended = e.amended();
    return m;
}

MarRow rowOf(const MedicationOrder &o, bool prnRow, const QString &time)
{
    return MarRow {o, prnRow, time, prnRow ? 0 : doseWindowMinutes(o), {}};
}

MarCellState stateOf(const MarCell &c, bool prnRow, const QDateTime &now)
{
    if (c.entries.size() > 1 && !prnRow)
        return MarCellState::Conflict;
    if (!c.entries.isEmpty())
        return MarCellState::Recorded;
    if (!c.due)
        return MarCellState::NotDue;
    return !prnRow && c.windowEnd < now ? MarCellState::Gap : MarCellState::Open;
}

} // namespace

Result<MarChart> buildMarChart(const QList<MedicationOrder> &orders, const QList<Record> &records,
                               const MarRequest &request)
{
    if (!request.from.isValid())
        return fieldError(QStringLiteral("from"), QStringLiteral("must be a date"));
    if (!request.to.isValid() || request.to < request.from)
        return fieldError(QStringLiteral("to"), QStringLiteral("must be a date not before from"));
    if (request.from.daysTo(request.to) >= MaxMarChartDays)
        return fieldError(
            QStringLiteral("to"),
            QStringLiteral("must be at most %1 days after from").arg(MaxMarChartDays - 1));

    MarChart chart;
    for (QDate d = request.from; d <= request.to; d = d.addDays(1))
        chart.days.append(d);

    // Each administration in range goes under exactly one key; what no row takes is unmatched.
    const auto admins =
        effectiveRecords(records, QString::fromLatin1(RecordType::MedicationAdministration));
    QHash<QString, Entries> byKey;
    for (const EffectiveRecord &e : admins) {
        if (e.record.careDay < request.from || e.record.careDay > request.to)
            continue;
        const QJsonObject &p = e.record.payload;
        const bool prn = p.value(QStringLiteral("prn")).toBool();
        byKey[slotKey(p.value(QStringLiteral("orderId")).toString(), e.record.careDay,
                      prn ? PrnSlot : p.value(QStringLiteral("scheduledTime")).toString())]
            .append(&e);
    }

    QHash<QString, DueDose> planned; // slotKey -> the planned dose on a due day
    const QList<PlannedVisit> visits = request.visits.value_or(QList<PlannedVisit>());
    for (const QDate &day : std::as_const(chart.days)) {
        const DayDosePlan plan = planDoses(orders, visits, day, request.zone);
        for (const DueDose &d : plan.doses)
            planned.insert(slotKey(d.orderId, day, d.scheduledTime), d);
    }

    QList<MedicationOrder> sorted = orders;
    std::sort(sorted.begin(), sorted.end(), [](const MedicationOrder &a, const MedicationOrder &b) {
        const int byName = a.medicine.compare(b.medicine, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.orderId < b.orderId;
    });
    QSet<QString> taken;
    for (const MedicationOrder &o : std::as_const(sorted)) {
        QList<MarRow> rows;
        if (o.prn) {
            rows.append(rowOf(o, true, {}));
        } else {
            for (const QTime &t : o.times)
                rows.append(rowOf(o, false, t.toString(QStringLiteral("HH:mm"))));
        }
        for (MarRow &row : rows) {
            bool anything = false;
            for (const QDate &day : std::as_const(chart.days)) {
                const QString key = slotKey(o.orderId, day, row.prn ? PrnSlot : row.scheduledTime);
                MarCell cell;
                cell.day = day;
                cell.due = o.activeOn(day);
                if (const auto it = planned.constFind(key); it != planned.cend()) {
                    cell.scheduledAt = it->scheduledAt;
                    cell.windowEnd = it->windowEnd;
                    cell.visitId = it->visitId;
                    cell.noVisit = request.visits.has_value() && it->visitId.isEmpty();
                }
                for (const EffectiveRecord *e : byKey.value(key))
                    cell.entries.append(entryOf(*e, cell.windowEnd, request.zone));
                if (byKey.contains(key))
                    taken.insert(key);
                cell.state = stateOf(cell, row.prn, request.now);
                anything = anything || cell.due || !cell.entries.isEmpty();
                row.cells.append(cell);
            }
            if (anything)
                chart.rows.append(row);
        }
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (!taken.contains(it.key()))
            for (const EffectiveRecord *e : it.value())
                chart.unmatchedRecordIds.append(e->record.id);
    std::sort(chart.unmatchedRecordIds.begin(), chart.unmatchedRecordIds.end());
    return chart;
}

QString marCellStateCode(MarCellState state)
{
    switch (state) {
    case MarCellState::NotDue:
        return QStringLiteral("not_due");
    case MarCellState::Open:
        return QStringLiteral("open");
    case MarCellState::Gap:
        return QStringLiteral("gap");
    case MarCellState::Recorded:
        return QStringLiteral("recorded");
    case MarCellState::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

} // namespace careround
