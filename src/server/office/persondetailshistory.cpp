// The history of a person's details (the person file's "Details history"): the record as first
// written, then each amendment of it in the order they apply (HLC, as effectiveRecords), each with
// who, when, why and which fields it changed (before → after).
#include "core/recordtypes.h"
#include "personfilejson_p.h"

#include <QSet>
#include <algorithm>

namespace careround::server::personfile {

namespace {

QJsonArray changes(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    QJsonArray out;
    for (const QString &key : keys) {
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        if (was != now)
            out.append(
                QJsonObject {{QStringLiteral("field"), key},
                             {QStringLiteral("before"), was.isUndefined() ? QJsonValue() : was},
                             {QStringLiteral("after"), now.isUndefined() ? QJsonValue() : now}});
    }
    return out;
}

QJsonObject version(const Record &record, const UserNames &names, const QString &kind,
                    const QJsonArray &changed)
{
    return {{QStringLiteral("version"), record.id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("at"), instantJson(record.deviceTime)},
            {QStringLiteral("author"), authorName(record, names)},
            {QStringLiteral("reason"), record.payload.value(QLatin1String("reason")).toString()},
            {QStringLiteral("changes"), changed}};
}

} // namespace

QJsonArray detailsHistoryJson(const QList<Record> &records, const UserNames &names)
{
    const QString personType = QString::fromLatin1(RecordType::Person);
    const Record *original = nullptr;
    QList<const Record *> amendments;
    QSet<QString> seen;
    for (const Record &r : records) {
        if (r.type == personType && (!original || r.hlc < original->hlc))
            original = &r;
    }
    if (!original)
        return {};
    for (const Record &r : records) {
        if (r.type == QLatin1String(RecordType::Amendment) && r.amends == original->id
            && !seen.contains(r.id)) {
            seen.insert(r.id);
            amendments.append(&r);
        }
    }
    std::sort(amendments.begin(), amendments.end(), [](const Record *a, const Record *b) {
        return a->hlc != b->hlc ? a->hlc < b->hlc : a->id < b->id;
    });
    QJsonArray oldestFirst {
        version(*original, names, QStringLiteral("created"), changes({}, original->payload))};
    QJsonObject current = original->payload;
    for (const Record *a : amendments) {
        const bool withdrawn = a->payload.value(QLatin1String("withdrawn")).toBool();
        const QJsonObject next =
            withdrawn ? QJsonObject {} : a->payload.value(QLatin1String("replacement")).toObject();
        oldestFirst.append(
            version(*a, names, withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("changed"),
                    changes(current, next)));
        current = next;
    }
    QJsonArray newestFirst;
    for (qsizetype i = oldestFirst.size() - 1; i >= 0; --i)
        newestFirst.append(oldestFirst.at(i));
    return newestFirst;
}

} // namespace careround::server::personfile
