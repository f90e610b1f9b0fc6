#include "marwords.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "core/rules/localtime.h"
#include "medicationwords.h"
#include <QJsonArray>
#include <QLocale>

namespace careround::ui {

MarPersonHeader MarPersonHeader::fromRecord(const Record *person)
{
    MarPersonHeader h;
    if (!person) {
        h.name = MarWords::tr("Not on this device yet");
        return h;
    }
    const QJsonObject &p = person->payload;
    h.name = p.value(QLatin1String("name")).toString();
    const QDate dob =
        QDate::fromString(p.value(QLatin1String("dateOfBirth")).toString(), Qt::ISODate);
    h.dateOfBirth = dob.isValid() ? QLocale().toString(dob, QStringLiteral("d MMMM yyyy"))
                                  : MarWords::tr("not recorded");
    h.nhsNumber = p.value(QLatin1String("nhsNumber")).toString();
    if (h.nhsNumber.isEmpty())
        h.nhsNumber = MarWords::tr("not recorded");
    QStringList allergies;
    for (const QJsonValue &a : p.value(QLatin1String("allergies")).toArray())
        allergies << a.toString();
    h.allergies =
        allergies.isEmpty() ? MarWords::tr("None recorded") : allergies.join(QStringLiteral(", "));
    // The person record has no GP field in the schema yet; an office may send one (kept as an
    // unknown field).
    for (const char *key : {"gpPractice", "gp"}) {
        const QJsonValue gp = p.value(QLatin1String(key));
        if (gp.isString())
            h.gp = gp.toString();
        else if (gp.isObject())
            h.gp = gp.toObject().value(QLatin1String("name")).toString();
        if (!h.gp.isEmpty())
            break;
    }
    return h;
}

QSet<QString> MarWords::conflictRecordIds(const QList<Record> &records)
{
    QSet<QString> ids;
    for (const EffectiveRecord &e :
         effectiveRecords(records, QString::fromLatin1(RecordType::Alert))) {
        if (e.record.payload.value(QLatin1String("rule")).toString() != QLatin1String("conflict"))
            continue;
        for (const QJsonValue &id :
             e.record.payload.value(QLatin1String("relatedRecordIds")).toArray())
            ids.insert(id.toString());
    }
    return ids;
}

bool MarWords::conflict(const MarCell &cell, const QSet<QString> &flagged)
{
    if (cell.state == MarCellState::Conflict)
        return true;
    for (const MarEntry &e : cell.entries) {
        if (flagged.contains(e.recordId))
            return true;
    }
    return false;
}

QString MarWords::cellShort(const MarCell &cell, const QSet<QString> &flagged)
{
    if (conflict(cell, flagged))
        return cell.entries.size() > 1 ? tr("%n records", nullptr, int(cell.entries.size()))
                                       : tr("Check");
    switch (cell.state) {
    case MarCellState::NotDue:
        return {};
    case MarCellState::Open:
        return cell.scheduledAt.isValid() ? tr("Due") : QString(); // PRN: nothing given yet
    case MarCellState::Gap:
        return tr("Missing");
    case MarCellState::Recorded:
    case MarCellState::Conflict:
        break;
    }
    const MarEntry &last = cell.entries.constLast();
    QString text = MedicationWords::outcomeShort(last.outcomeCode);
    if (cell.entries.size() > 1) // several PRN doses on one day
        text = tr("%1 ×%2").arg(text).arg(cell.entries.size());
    return text;
}

int MarWords::cellTone(const MarCell &cell, const QSet<QString> &flagged)
{
    if (conflict(cell, flagged) || cell.state == MarCellState::Gap)
        return 3; // alert
    if (cell.state == MarCellState::Recorded) {
        for (const MarEntry &e : cell.entries) {
            if (e.late || !e.given)
                return 2; // attention
        }
        return 4; // good
    }
    return cell.state == MarCellState::Open ? 1 : 0;
}

QString MarWords::rowTime(const MarRow &row)
{
    return row.prn ? tr("As needed") : row.scheduledTime;
}

QString MarWords::dayLabel(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("ddd d"));
}

QString MarWords::cellDetail(const MarRow &row, const MarCell &cell, const QSet<QString> &flagged,
                             const QHash<QString, QString> &names, const QTimeZone &zone)
{
    //: the medicine, its time and the day of one MAR cell, e.g. "Metformin 08:00, Tuesday 24 November"
    QString head = tr("%1 %2, %3")
                       .arg(MedicationWords::title(row.order), rowTime(row),
                            QLocale().toString(cell.day, QStringLiteral("dddd d MMMM")));
    QStringList parts;
    for (const MarEntry &e : cell.entries) {
        QString line =
            tr("%1 by %2 at %3")
                .arg(e.outcomeWords, names.value(e.authorUserId, tr("another worker")), e.time);
        if (!e.dose.isEmpty() && e.given)
            line += tr(", dose %1").arg(e.dose);
        if (!e.secondSignerUserId.isEmpty())
            line += tr(", second signature %1")
                        .arg(names.value(e.secondSignerUserId, tr("another worker")));
        if (e.late && cell.windowEnd.isValid())
            line += tr(" (late: it was due by %1)").arg(clockText(cell.windowEnd, zone));
        if (!e.reason.isEmpty())
            line += QStringLiteral(" \u2014 ") + e.reason;
        if (!e.prnEffect.isEmpty())
            line += tr("; effect: %1").arg(MedicationWords::prnEffect(e.prnEffect));
        if (e.amended)
            line += tr(" (corrected)");
        parts << line;
    }
    if (conflict(cell, flagged))
        parts << tr("Two records for one dose: the office must check which one stands.");
    switch (cell.state) {
    case MarCellState::NotDue:
        parts << tr("Not due on this day");
        break;
    case MarCellState::Open:
        parts << (row.prn ? tr("Nothing given") : tr("Due, not recorded yet"));
        break;
    case MarCellState::Gap:
        parts
            << tr("Nothing recorded: the dose was due by %1").arg(clockText(cell.windowEnd, zone));
        break;
    default:
        break;
    }
    return head + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

QStringList MarWords::orderLines(const MarRow &row)
{
    const MedicationOrder &o = row.order;
    QStringList lines;
    lines << tr("Dose: %1").arg(MedicationWords::doseLine(o));
    QStringList times;
    for (const QTime &t : o.times)
        times << t.toString(QStringLiteral("HH:mm"));
    if (o.prn)
        lines += MedicationWords::prnProtocol(o);
    else
        lines << tr("Times: %1").arg(times.join(QStringLiteral(", ")));
    lines << tr("Support: %1").arg(MedicationWords::supportLevel(o.supportLevel));
    if (o.timeCritical)
        lines << tr("Time-critical: within %1 minutes").arg(o.timeCriticalWindowMinutes);
    if (!o.instructions.trimmed().isEmpty())
        lines << tr("Instructions: %1").arg(o.instructions.simplified());
    lines << tr("Prescriber: %1").arg(o.prescriber.simplified());
    QStringList dates;
    if (o.startDate.isValid())
        dates << tr("from %1").arg(QLocale().toString(o.startDate, QStringLiteral("d MMM yyyy")));
    if (o.stopDate.isValid())
        dates << tr("stop after %1")
                     .arg(QLocale().toString(o.stopDate, QStringLiteral("d MMM yyyy")));
    if (o.reviewDate.isValid())
        dates
            << tr("review %1").arg(QLocale().toString(o.reviewDate, QStringLiteral("d MMM yyyy")));
    if (!dates.isEmpty())
        lines << dates.join(QStringLiteral(", "));
    return lines;
}

} // namespace careround::ui
