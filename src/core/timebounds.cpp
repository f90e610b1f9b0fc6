#include "timebounds.h"
#include "isotime.h"
#include "recordtypes.h"
#include <QJsonArray>

namespace careround::timebounds {

namespace {

bool isPlanningType(const QString &type)
{
    for (const char *planning :
         {RecordType::Person, RecordType::PersonEntryCodes, RecordType::CarePlan,
          RecordType::MedicationOrder, RecordType::Visit, RecordType::ReablementEpisode}) {
        if (type == QLatin1String(planning))
            return true;
    }
    return false;
}

// Payload paths (keys; "*" = each item of a list) holding when something happened.
QList<QStringList> eventTimePaths(const QString &type)
{
    if (type == QLatin1String(RecordType::Incident))
        return {{QStringLiteral("occurredAt")},
                {QStringLiteral("reportedTo"), QStringLiteral("*"), QStringLiteral("at")}};
    if (type == QLatin1String(RecordType::MedicationAdministration))
        return {{QStringLiteral("administeredAt")},
                {QStringLiteral("prnEffect"), QStringLiteral("recordedAt")}};
    if (type == QLatin1String(RecordType::VisitCheckIn)
        || type == QLatin1String(RecordType::VisitCheckOut))
        return {{QStringLiteral("location"), QStringLiteral("fixTime")}};
    if (type == QLatin1String(RecordType::VisitSummary))
        return {{QStringLiteral("completedAt")}};
    return {};
}

QString aheadMessage(const QDateTime &value, const QDateTime &now)
{
    return QStringLiteral("is %1, more than 24 hours ahead of the office's clock (%2): check the "
                          "device's date and time")
        .arg(isotime::utcText(value), isotime::utcText(now));
}

// Walks `path` from `value`; the first time found more than MaxAheadMs after `now`.
Result<void> checkPath(const QJsonValue &value, const QStringList &path, int at,
                       const QString &where, const QDateTime &now)
{
    if (at == path.size()) {
        const QDateTime time = isotime::parseUtc(value.toString());
        if (time.isValid() && !clockWithinBound(time.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()))
            return Error {where, aheadMessage(time, now)};
        return {};
    }
    if (path.at(at) == QLatin1String("*")) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto ok = checkPath(items.at(i), path, at + 1,
                                    QStringLiteral("%1[%2]").arg(where).arg(i), now);
                !ok)
                return ok;
        }
        return {};
    }
    const QJsonValue next = value.toObject().value(path.at(at));
    if (next.isUndefined() || next.isNull())
        return {};
    return checkPath(next, path, at + 1, where + QLatin1Char('.') + path.at(at), now);
}

Result<void> checkPayloadTimes(const QString &type, const QJsonObject &payload,
                               const QString &where, const QDateTime &now)
{
    for (const QStringList &path : eventTimePaths(type)) {
        if (auto ok = checkPath(payload, path, 0, where, now); !ok)
            return ok;
    }
    if (type == QLatin1String(RecordType::Amendment)) {
        const QString amended = payload.value(QLatin1String("amendedType")).toString();
        const QJsonObject replacement = payload.value(QLatin1String("replacement")).toObject();
        if (amended != QLatin1String(RecordType::Amendment))
            return checkPayloadTimes(amended, replacement, where + QStringLiteral(".replacement"),
                                     now);
    }
    return {};
}

} // namespace

bool clockWithinBound(qint64 wallMs, qint64 nowMs)
{
    return wallMs <= nowMs + MaxAheadMs;
}

Result<void> checkRecordTimes(const Record &record, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!clockWithinBound(record.hlc.wallMs, nowMs))
        return Error {
            QStringLiteral("hlc"),
            aheadMessage(QDateTime::fromMSecsSinceEpoch(record.hlc.wallMs, Qt::UTC), now)};
    if (record.deviceTime.isValid()
        && !clockWithinBound(record.deviceTime.toMSecsSinceEpoch(), nowMs))
        return Error {QStringLiteral("deviceTime"), aheadMessage(record.deviceTime, now)};

    const QDate today = now.toUTC().date();
    const QString kind = record.type == QLatin1String(RecordType::Amendment)
        ? record.payload.value(QLatin1String("amendedType")).toString()
        : record.type;
    const int daysAhead = isPlanningType(kind) ? MaxPlanDaysAhead : MaxEventDaysAhead;
    const QDate earliest = today.addYears(-MaxYearsBack);
    const QDate latest = today.addDays(daysAhead);
    if (record.careDay < earliest || record.careDay > latest)
        return Error {
            QStringLiteral("careDay"),
            QStringLiteral(
                "is %1, outside %2 to %3 (the office's date is %4): check the device's date")
                .arg(isotime::dateText(record.careDay), isotime::dateText(earliest),
                     isotime::dateText(latest), isotime::dateText(today))};
    return checkPayloadTimes(record.type, record.payload, QStringLiteral("payload"), now);
}

} // namespace careround::timebounds
