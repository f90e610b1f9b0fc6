#include "commbookfold.h"

#include "core/recordtypes.h"
#include "ui/common/correctedrecords.h"
#include <QSet>
#include <algorithm>

namespace careround::ui {

namespace {

QString text(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString();
}

QString nameOf(const Record &r, const QHash<QString, QString> &names)
{
    const QString said = text(r.payload, "authorName");
    return said.isEmpty() ? names.value(r.authorUserId) : said;
}

bool newestFirst(const CommbookEntry &a, const CommbookEntry &b)
{
    if (a.hlc == b.hlc)
        return a.id > b.id;
    return b.hlc < a.hlc;
}

} // namespace

QList<CommbookEntry> CommbookFold::build(const QList<Record> &records, const QString &userId,
                                         const QHash<QString, QString> &names)
{
    const QLatin1String entryType(RecordType::CommbookEntry);
    const QLatin1String ackType(RecordType::CommbookAck);
    QList<Record> book; // entries and the amendments of entries
    QList<Record> acks;
    for (const Record &r : records) {
        if (r.type == entryType
            || (r.type == QLatin1String(RecordType::Amendment)
                && text(r.payload, "amendedType") == entryType))
            book.append(r);
        else if (r.type == ackType)
            acks.append(r);
    }
    QList<CommbookEntry> out;
    QHash<QString, qsizetype> byId;
    for (const CorrectedRecord &c : withCorrections(book)) {
        // An entry is never deleted: a withdrawal written by another app still leaves it readable,
        // with the withdrawal shown as its last version.
        const Record &o = c.original;
        CommbookEntry e;
        e.id = o.id;
        e.personId = o.personId;
        e.authorUserId = o.authorUserId;
        e.authorName = nameOf(o, names);
        e.authorRole = text(o.payload, "authorRole");
        e.writtenAt = o.deviceTime;
        e.hlc = o.hlc;
        e.audience = text(o.payload, "audience");
        e.mine = !userId.isEmpty() && o.authorUserId == userId;
        e.versions.append({text(o.payload, "text"),
                           text(o.payload, "category"),
                           e.authorName,
                           e.authorRole,
                           o.deviceTime,
                           {}});
        for (const Record &a : c.amendments) {
            const QJsonObject replacement =
                a.payload.value(QLatin1String("replacement")).toObject();
            const bool withdrawn = a.payload.value(QLatin1String("withdrawn")).toBool();
            e.versions.append(
                {withdrawn ? e.versions.constLast().text : text(replacement, "text"),
                 withdrawn ? e.versions.constLast().category : text(replacement, "category"),
                 nameOf(a, names), text(a.payload, "authorRole"), a.deviceTime,
                 text(a.payload, "reason"), withdrawn});
        }
        e.withdrawn = c.withdrawn;
        e.payload = c.withdrawn ? o.payload : c.record.payload;
        e.text = e.versions.constLast().text;
        e.category = e.versions.constLast().category;
        byId.insert(e.id, out.size());
        out.append(e);
    }
    std::sort(acks.begin(), acks.end(), [](const Record &a, const Record &b) {
        return a.hlc < b.hlc || (a.hlc == b.hlc && a.id < b.id);
    });
    for (const Record &ack : std::as_const(acks)) {
        const auto it = byId.constFind(text(ack.payload, "entryId"));
        if (it == byId.constEnd())
            continue;
        CommbookEntry &e = out[*it];
        const bool again =
            std::any_of(e.readers.cbegin(), e.readers.cend(),
                        [&](const CommbookReader &r) { return r.userId == ack.authorUserId; });
        if (again || ack.authorUserId == e.authorUserId)
            continue; // one "read" per person; writers do not read their own entries
        e.readers.append({ack.authorUserId, nameOf(ack, names), text(ack.payload, "authorRole"),
                          ack.deviceTime});
        if (ack.authorUserId == userId)
            e.readByMe = true;
    }
    std::sort(out.begin(), out.end(), newestFirst);
    return out;
}

} // namespace careround::ui
