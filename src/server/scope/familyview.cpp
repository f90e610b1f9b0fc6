// What a family member's device receives: family-shared communication-book entries, who read them
// and their corrections; the person's name; delivered visits as a summary (date, time, worker's
// first name); nothing else. Names and roles in what they receive come from the organisation's
// directory, never from what a device wrote, and care workers appear by first name only.
#include "core/recordtypes.h"
#include "scopeservice_p.h"
#include "server/storage/recordfacts.h"

namespace careround::server::scoping {

namespace {

QString type(const char *name)
{
    return QString::fromLatin1(name);
}

bool isFamilyEntryOf(const Record &entry, const QString &personId)
{
    return facts::isCommbookEntry(entry) && entry.personId == personId
        && facts::audience(entry) == facts::familyAudience();
}

// The author as the family sees them: first name and role from the directory.
void stampAuthor(Record &record, const FamilyDirectory &directory)
{
    if (record.authorUserId == directory.viewerUserId)
        return; // their own, as their device holds it
    record.payload.insert(QStringLiteral("authorName"),
                          directory.firstNames.value(record.authorUserId));
    const QString role = directory.roles.value(record.authorUserId);
    if (role.isEmpty())
        record.payload.remove(QStringLiteral("authorRole"));
    else
        record.payload.insert(QStringLiteral("authorRole"), role);
}

std::optional<Record> familyRecord(const Record &record, const FamilyDirectory &directory)
{
    if (facts::isCommbookEntry(record)) {
        if (facts::audience(record) != facts::familyAudience())
            return std::nullopt; // care-team-only entries never leave for a family device
        Record entry = record;
        stampAuthor(entry, directory);
        return entry;
    }
    if (facts::isDeliveredVisit(record))
        return facts::visitSummary(record, directory.firstNames.value(record.authorUserId));
    if (facts::isPerson(record)) {
        // Who the entries are about, and nothing else of the person's file.
        Record named = record;
        named.payload = {};
        for (const char *field : {"name", "preferredName"}) {
            const QJsonValue value = record.payload.value(QLatin1String(field));
            if (value.isString())
                named.payload.insert(QLatin1String(field), value);
        }
        return named;
    }
    if (record.type == type(RecordType::CommbookAck)) {
        const Record entry =
            directory.referenced.value(record.payload.value(QLatin1String("entryId")).toString());
        if (!isFamilyEntryOf(entry, record.personId))
            return std::nullopt;
        if (record.authorUserId == directory.viewerUserId)
            return record; // their own
        Record ack = record;
        ack.payload.remove(QStringLiteral("note")); // the care team's note stays with the team
        stampAuthor(ack, directory);
        return ack;
    }
    if (record.type == type(RecordType::Amendment)) {
        const Record original = directory.referenced.value(record.amends);
        if (!isFamilyEntryOf(original, record.personId)
            || record.payload.value(QLatin1String("amendedType")).toString()
                != type(RecordType::CommbookEntry))
            return std::nullopt;
        const QJsonObject replacement =
            record.payload.value(QLatin1String("replacement")).toObject();
        const bool withdrawn = record.payload.value(QLatin1String("withdrawn")).toBool();
        if (!withdrawn
            && replacement.value(QLatin1String("audience")).toString() != facts::familyAudience())
            return std::nullopt; // a correction that takes the entry away from family is not shown
        return record;
    }
    return std::nullopt;
}

} // namespace

QStringList familyReferencedIds(const Record &record)
{
    if (record.type == type(RecordType::CommbookAck))
        return {record.payload.value(QLatin1String("entryId")).toString()};
    if (record.type == type(RecordType::Amendment))
        return {record.amends};
    return {};
}

std::optional<StoredRecord> familyView(const StoredRecord &stored, const FamilyDirectory &directory)
{
    std::optional<Record> visible = familyRecord(stored.record, directory);
    if (!visible)
        return std::nullopt;
    StoredRecord out = stored;
    out.record = std::move(*visible);
    return out;
}

} // namespace careround::server::scoping
