#include "conflictrules.h"

#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "server/office/uktime.h"

#include <algorithm>

namespace careround::server::alerts {

namespace {

const QChar Separator(0x1f); // cannot occur in ids, dates or times

bool isType(const Record &record, const char *type)
{
    return record.type == QLatin1String(type);
}

QString payloadText(const Record &record, const char *key)
{
    return record.payload.value(QLatin1String(key)).toString();
}

const Record &latestByHlc(const QList<Record> &records)
{
    return *std::max_element(records.cbegin(), records.cend(),
                             [](const Record &a, const Record &b) { return a.hlc < b.hlc; });
}

QString nameOf(const ConflictNames &names, const QString &userId)
{
    const QString name = names.userNames.value(userId);
    return name.isEmpty() ? QStringLiteral("user %1").arg(userId) : name;
}

QString outcomeWords(const Record &administration)
{
    const QString code = payloadText(administration, "outcome");
    const auto outcome = medicationOutcomeFromCode(code);
    return outcome ? medicationOutcomeWords(*outcome) : code;
}

// Records in HLC order, the order in which they were made.
QList<Record> inHlcOrder(QList<Record> records)
{
    std::sort(records.begin(), records.end(),
              [](const Record &a, const Record &b) { return a.hlc < b.hlc; });
    return records;
}

AlertContent doseClash(const QList<Record> &clash, const ConflictNames &names)
{
    const Record &first = clash.first();
    QStringList entries;
    int given = 0;
    for (const Record &r : inHlcOrder(clash)) {
        const auto outcome = medicationOutcomeFromCode(payloadText(r, "outcome"));
        given += outcome && isGiven(*outcome) ? 1 : 0;
        entries.append(
            QStringLiteral("%1 by %2 at %3")
                .arg(outcomeWords(r), nameOf(names, r.authorUserId), ukClock(r.deviceTime)));
    }
    const QString medicine = names.medicine.isEmpty()
        ? QStringLiteral("medication order %1").arg(payloadText(first, "orderId"))
        : names.medicine;
    AlertContent content;
    content.rule = QString::fromLatin1(alertrule::Conflict);
    // Two "given" records may be a double dose: someone must look now.
    content.severity = given >= 2 ? QStringLiteral("urgent") : QStringLiteral("warning");
    content.summary =
        QStringLiteral("%1 administrations recorded for one scheduled dose: %2 at %3 on "
                       "%4. %5. All are kept: check with the workers and withdraw the "
                       "wrong record with an amendment.")
            .arg(clash.size())
            .arg(medicine, payloadText(first, "scheduledTime"), first.careDay.toString(Qt::ISODate),
                 entries.join(QStringLiteral("; ")));
    content.personId = first.personId;
    content.visitId = first.visitId;
    return content;
}

AlertContent checkInClash(const QList<Record> &clash, const ConflictNames &names)
{
    const Record &first = clash.first();
    QStringList times;
    for (const Record &r : inHlcOrder(clash))
        times.append(ukClock(r.deviceTime));
    AlertContent content;
    content.rule = QString::fromLatin1(alertrule::Conflict);
    content.severity = QStringLiteral("warning");
    content.summary =
        QStringLiteral("%1 checked in %2 times to one visit on %3 (at %4). All check-ins "
                       "are kept: check which is right and withdraw the other with an "
                       "amendment.")
            .arg(nameOf(names, first.authorUserId))
            .arg(clash.size())
            .arg(first.careDay.toString(Qt::ISODate), times.join(QStringLiteral(", ")));
    content.personId = first.personId;
    content.visitId = first.visitId;
    content.subjectUserId = first.authorUserId;
    return content;
}

} // namespace

QString conflictKey(const Record &record)
{
    if (isType(record, RecordType::MedicationAdministration)) {
        const QString scheduled = payloadText(record, "scheduledTime");
        if (scheduled.isEmpty() || record.payload.value(QLatin1String("prn")).toBool())
            return {};
        return QStringList {QStringLiteral("dose"), record.personId, payloadText(record, "orderId"),
                            record.careDay.toString(Qt::ISODate), scheduled}
            .join(Separator);
    }
    if (isType(record, RecordType::VisitCheckIn) && !record.visitId.isEmpty())
        return QStringList {QStringLiteral("checkin"), record.visitId, record.authorUserId}.join(
            Separator);
    return {};
}

QSet<QString> withdrawnIds(const QList<Record> &records)
{
    QSet<QString> ids;
    for (const Record &r : records) {
        if (isType(r, RecordType::Amendment)
            && r.payload.value(QLatin1String("withdrawn")).toBool())
            ids.insert(r.amends);
    }
    return ids;
}

QList<Record> clashOn(const QString &key, const QList<Record> &candidates)
{
    const QSet<QString> withdrawn = withdrawnIds(candidates);
    QList<Record> clash;
    QSet<QString> seen;
    for (const Record &r : candidates) {
        if (!key.isEmpty() && conflictKey(r) == key && !withdrawn.contains(r.id)
            && !seen.contains(r.id)) {
            clash.append(r);
            seen.insert(r.id);
        }
    }
    std::sort(clash.begin(), clash.end(),
              [](const Record &a, const Record &b) { return a.id < b.id; });
    return clash;
}

Record conflictAlert(const QList<Record> &clash, const ConflictNames &names)
{
    AlertContent content = isType(clash.first(), RecordType::VisitCheckIn)
        ? checkInClash(clash, names)
        : doseClash(clash, names);
    for (const Record &r : clash)
        content.relatedRecordIds.append(r.id);
    return alertRecord(content, latestByHlc(clash));
}

} // namespace careround::server::alerts
