#include "correctedrecords.h"

#include "core/recordtypes.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace careround::ui {

namespace {

bool clockOrder(const Record &a, const Record &b)
{
    return a.hlc < b.hlc || (a.hlc == b.hlc && a.id < b.id);
}

bool isAmendment(const Record &r)
{
    return r.type == QLatin1String(RecordType::Amendment);
}

} // namespace

QList<CorrectedRecord> withCorrections(const QList<Record> &records)
{
    QList<Record> ordered;
    ordered.reserve(records.size());
    QSet<QString> seen;
    for (const Record &r : records) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            ordered.append(r);
        }
    }
    std::sort(ordered.begin(), ordered.end(), clockOrder);

    QList<CorrectedRecord> out;
    QHash<QString, qsizetype> indexById;
    for (const Record &r : std::as_const(ordered)) {
        if (isAmendment(r))
            continue;
        indexById.insert(r.id, out.size());
        out.append(CorrectedRecord {r, r, {}, false});
    }
    for (const Record &amendment : std::as_const(ordered)) {
        if (!isAmendment(amendment) || !indexById.contains(amendment.amends))
            continue;
        CorrectedRecord &target = out[indexById.value(amendment.amends)];
        target.amendments.append(amendment);
        const QJsonObject &p = amendment.payload;
        if (p.value(QStringLiteral("withdrawn")).toBool()) {
            target.withdrawn = true;
            continue;
        }
        if (target.withdrawn
            || p.value(QStringLiteral("amendedType")).toString() != target.original.type)
            continue;
        const QJsonValue replacement = p.value(QStringLiteral("replacement"));
        if (replacement.isObject())
            target.record.payload = replacement.toObject();
    }
    return out;
}

QList<Record> correctedRecords(const QList<Record> &records)
{
    QList<Record> out;
    for (CorrectedRecord &c : withCorrections(records)) {
        if (!c.withdrawn)
            out.append(std::move(c.record));
    }
    return out;
}

} // namespace careround::ui
