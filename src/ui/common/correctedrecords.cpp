#include "correctedrecords.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
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
    // What stands comes from the core fold; this adds what the history shows beside it: the
    // original as first written, its amendments, and whether it was withdrawn.
    QHash<QString, QJsonObject> standing;
    for (const EffectiveRecord &e : effectiveRecords(records))
        standing.insert(e.record.id, e.record.payload);

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
        CorrectedRecord c {r, r, {}, !standing.contains(r.id)};
        if (!c.withdrawn)
            c.record.payload = standing.value(r.id);
        out.append(c);
    }
    for (const Record &amendment : std::as_const(ordered)) {
        if (isAmendment(amendment) && indexById.contains(amendment.amends))
            out[indexById.value(amendment.amends)].amendments.append(amendment);
    }
    return out;
}

QList<Record> correctedRecords(const QList<Record> &records)
{
    QList<Record> out;
    for (EffectiveRecord &e : effectiveRecords(records))
        out.append(std::move(e.record));
    return out;
}

} // namespace careround::ui
