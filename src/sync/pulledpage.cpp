#include "pulledpage.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include <QJsonArray>

namespace careround::sync {

Result<PulledPage> decodePulledPage(const QJsonObject &answer)
{
    const QJsonValue records = answer.value(QLatin1String("records"));
    const QJsonValue next = answer.value(QLatin1String("next_after"));
    if (!records.isArray())
        return Error {QStringLiteral("records"), QStringLiteral("missing from the pull answer")};
    if (!next.isDouble() || next.toDouble() < 0)
        return Error {QStringLiteral("next_after"), QStringLiteral("missing from the pull answer")};
    PulledPage page;
    page.nextAfter = qint64(next.toDouble());
    page.hasMore = answer.value(QLatin1String("has_more")).toBool();
    const QJsonArray list = records.toArray();
    QList<Record> decoded;
    decoded.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        // "seq" is the server's order, not part of the record. The record rules run once, in
        // PreparedRecords::prepare below.
        auto record = RecordCodec::fromJson(
            list.at(i).toObject(), RecordCodec::Rules::LeaveToCaller, QLatin1String("seq"));
        if (!record)
            return Error {QStringLiteral("records[%1].%2").arg(i).arg(record.error().field),
                          record.error().message};
        page.hasEntryCodes = page.hasEntryCodes
            || record.value().type == QLatin1String(RecordType::PersonEntryCodes);
        decoded.append(std::move(record).value());
    }
    auto prepared = store::PreparedRecords::prepare(std::move(decoded));
    if (!prepared)
        return prepared.error();
    page.records = std::move(prepared).value();
    const QJsonObject purge = answer.value(QLatin1String("purge")).toObject();
    for (const QJsonValue &id : purge.value(QLatin1String("person_ids")).toArray())
        page.purgePersonIds.append(id.toString());
    page.historyBefore =
        QDate::fromString(purge.value(QLatin1String("history_before")).toString(), Qt::ISODate);
    if (const QJsonValue codes = purge.value(QLatin1String("entry_codes_for")); codes.isArray()) {
        QStringList people;
        for (const QJsonValue &id : codes.toArray())
            people.append(id.toString());
        page.entryCodesFor = people;
    }
    return page;
}

} // namespace careround::sync
