#include "medfixtures.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "samplerecords.h"
#include <QJsonArray>

namespace careround::fixtures {

namespace {

Record checked(const Record &r)
{
    const auto valid = validateRecord(r);
    if (!valid)
        qFatal("fixture record is not valid: %s", qPrintable(valid.error().toString()));
    return r;
}

} // namespace

QTimeZone london()
{
    return QTimeZone(QByteArrayLiteral("Europe/London"));
}

QDateTime londonTime(const QString &dateTime)
{
    QDateTime t = QDateTime::fromString(dateTime, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeZone(london());
    return t;
}

QDateTime utcTime(const QString &dateTime)
{
    QDateTime t = QDateTime::fromString(dateTime, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

Record orderRecord(const QString &medicine, const QString &times, const QJsonObject &extra)
{
    Record r = samples::record(QString::fromLatin1(RecordType::MedicationOrder), Person);
    r.payload.insert(QStringLiteral("medicine"), medicine);
    r.payload.insert(QStringLiteral("times"),
                     QJsonArray::fromStringList(times.split(QLatin1Char(','))));
    r.payload.remove(QStringLiteral("timeCritical"));
    r.payload.remove(QStringLiteral("timeCriticalWindowMinutes"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        r.payload.insert(it.key(), it.value());
    return checked(r);
}

Record prnOrderRecord(const QString &medicine, int minimumIntervalMinutes, int maxDosesPer24h)
{
    Record r = orderRecord(medicine, QStringLiteral("08:00"));
    r.payload.remove(QStringLiteral("times"));
    r.payload.insert(QStringLiteral("prn"), true);
    r.payload.insert(
        QStringLiteral("prnProtocol"),
        QJsonObject {{QStringLiteral("indication"), QStringLiteral("pain")},
                     {QStringLiteral("doseRule"), QStringLiteral("one or two tablets")},
                     {QStringLiteral("minimumIntervalMinutes"), minimumIntervalMinutes},
                     {QStringLiteral("maxDosesPer24h"), maxDosesPer24h}});
    return checked(r);
}

MedicationOrder orderOf(const Record &orderRecord)
{
    const auto order = MedicationOrder::fromRecord(orderRecord);
    if (!order)
        qFatal("fixture order is not valid: %s", qPrintable(order.error().toString()));
    return order.value();
}

Record dose(const QString &orderId, const QDate &careDay, const QString &scheduledTime,
            const QString &outcome, const QString &administeredAt)
{
    Record r = samples::record(QString::fromLatin1(RecordType::MedicationAdministration), Person);
    r.careDay = careDay;
    QJsonObject p {{QStringLiteral("orderId"), orderId},
                   {QStringLiteral("scheduledTime"), scheduledTime},
                   {QStringLiteral("outcome"), outcome}};
    if (!administeredAt.isEmpty()) {
        p.insert(QStringLiteral("dose"), QStringLiteral("two tablets"));
        p.insert(QStringLiteral("administeredAt"),
                 londonTime(administeredAt).toUTC().toString(Qt::ISODate));
    }
    if (outcome != QLatin1String("given") && outcome != QLatin1String("prompted_and_taken"))
        p.insert(QStringLiteral("reason"), QStringLiteral("as told by the person"));
    r.payload = p;
    return checked(r);
}

Record prnDose(const QString &orderId, const QString &administeredAt, const QString &outcome)
{
    Record r = dose(orderId, londonTime(administeredAt).date(), QStringLiteral("00:00"), outcome,
                    administeredAt);
    r.payload.remove(QStringLiteral("scheduledTime"));
    r.payload.insert(QStringLiteral("prn"), true);
    return checked(r);
}

Record withdrawal(const Record &original)
{
    Record a = samples::record(QString::fromLatin1(RecordType::Amendment), original.personId);
    a.amends = original.id;
    a.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("entered in error")},
                             {QStringLiteral("amendedType"), original.type},
                             {QStringLiteral("withdrawn"), true}};
    return checked(a);
}

Record replacement(const Record &original, const QJsonObject &payload)
{
    Record a = samples::record(QString::fromLatin1(RecordType::Amendment), original.personId);
    a.amends = original.id;
    a.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("corrected")},
                             {QStringLiteral("amendedType"), original.type},
                             {QStringLiteral("replacement"), payload}};
    return checked(a);
}

PlannedVisit visit(const QString &visitId, const QDate &day, const QString &localStart,
                   int durationMinutes, bool cancelled)
{
    PlannedVisit v;
    v.visitId = visitId;
    v.personId = Person;
    v.careDay = day;
    v.plannedStart = londonTime(day.toString(Qt::ISODate) + QLatin1Char(' ') + localStart).toUTC();
    v.durationMinutes = durationMinutes;
    v.workerIds = {QStringLiteral("worker-1")};
    v.cancelled = cancelled;
    return v;
}

} // namespace careround::fixtures
