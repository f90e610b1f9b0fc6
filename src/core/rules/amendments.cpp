#include "amendments.h"
#include "core/recordtypes.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace careround {

namespace {

bool hlcBefore(const Record *a, const Record *b)
{
    return a->hlc != b->hlc ? a->hlc < b->hlc : a->id < b->id;
}

} // namespace

QList<EffectiveRecord> effectiveRecords(const QList<Record> &records, const QString &type)
{
    QSet<QString> withdrawn;
    QList<const Record *> replacements;
    QHash<QString, const Record *> originals; // id -> first copy seen
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::Amendment)) {
            if (!originals.contains(r.id))
                originals.insert(r.id, &r);
        } else if (r.payload.value(QStringLiteral("withdrawn")).toBool()) {
            withdrawn.insert(r.amends);
        } else if (r.payload.value(QStringLiteral("replacement")).isObject()) {
            replacements.append(&r);
        }
    }
    QHash<QString, const Record *> latestReplacement; // amended id -> amendment
    for (const Record *a : std::as_const(replacements)) {
        const Record *original = originals.value(a->amends);
        if (!original
            || a->payload.value(QStringLiteral("amendedType")).toString() != original->type)
            continue;
        const Record *&latest = latestReplacement[a->amends];
        if (!latest || hlcBefore(latest, a))
            latest = a;
    }
    QList<const Record *> kept;
    for (const Record *r : std::as_const(originals))
        if ((type.isEmpty() || r->type == type) && !withdrawn.contains(r->id))
            kept.append(r);
    std::sort(kept.begin(), kept.end(), hlcBefore);
    QList<EffectiveRecord> out;
    out.reserve(kept.size());
    for (const Record *r : std::as_const(kept)) {
        EffectiveRecord e {*r, {}};
        if (const Record *a = latestReplacement.value(r->id)) {
            e.record.payload = a->payload.value(QStringLiteral("replacement")).toObject();
            e.amendmentId = a->id;
        }
        out.append(e);
    }
    return out;
}

} // namespace careround
