// Pull and purge: scoped pages with backfill for people new to a device's scope, purge lists
// for people who left it. The device's held-person set lives in the store (DeviceSyncState).
//
// Backfill without a second cursor: the device's cursor may be moved BACK. When people enter
// the scope, they are owed their records up to the device's high-water mark; the next page
// restarts just before the first owed record, and below the high-water mark only owed records
// are returned. A person's debt is settled once the device acknowledges a cursor past it
// (it sends that cursor as afterSeq only after applying the page).
#include "core/recordtypes.h"
#include "scopeservice_p.h"
#include "server/storage/recordfacts.h"
#include <QHash>
#include <QSet>

namespace careround::server {

namespace {

struct HeldPeople
{
    QHash<QString, DevicePersonState> byPerson;
    QHash<QString, DeviceEntryCodesState>
        entryCodes; // people whose entry codes the device may hold
    DeviceSyncState toState(const QString &deviceId, qint64 highWater) const
    {
        DeviceSyncState state {deviceId, highWater, {}, {}};
        QStringList ids = byPerson.keys();
        ids.sort();
        for (const QString &id : ids)
            state.persons.append(byPerson.value(id));
        ids = entryCodes.keys();
        ids.sort();
        for (const QString &id : ids)
            state.entryCodes.append(entryCodes.value(id));
        return state;
    }
};

QString entryCodesType()
{
    return QString::fromLatin1(RecordType::PersonEntryCodes);
}

QStringList sortedKeys(const QHash<QString, VisitAssignment> &byPerson)
{
    QStringList ids = byPerson.keys();
    ids.sort();
    return ids;
}

bool sameState(const DeviceSyncState &a, const DeviceSyncState &b)
{
    if (a.highWaterSeq != b.highWaterSeq || a.persons.size() != b.persons.size())
        return false;
    for (int i = 0; i < a.persons.size(); ++i) {
        const auto &x = a.persons.at(i);
        const auto &y = b.persons.at(i);
        if (x.personId != y.personId || x.backfillUpTo != y.backfillUpTo || x.purging != y.purging)
            return false;
    }
    if (a.entryCodes.size() != b.entryCodes.size())
        return false;
    for (int i = 0; i < a.entryCodes.size(); ++i) {
        if (a.entryCodes.at(i).personId != b.entryCodes.at(i).personId
            || a.entryCodes.at(i).backfillUpTo != b.entryCodes.at(i).backfillUpTo)
            return false;
    }
    return true;
}

RecordQuery baseQuery(const Scope &scope)
{
    RecordQuery q;
    q.orgId = scope.orgId;
    q.allPersons = scope.wholeOrganisation;
    q.personIds = scope.personIds;
    q.windowFrom = scope.windowFrom;
    q.windowTo = scope.windowTo;
    q.windowExemptTypes = scope.windowExemptTypes;
    if (scope.familyView) {
        q.types = facts::familyVisibleTypes();
        q.audience = facts::familyAudience();
    }
    q.gatedType = entryCodesType();
    q.gatedTypePersons = sortedKeys(scope.entryCodeVisits);
    return q;
}

PurgeList purgeFrom(const Scope &scope, const HeldPeople &held)
{
    PurgeList purge;
    for (const DevicePersonState &person : held.byPerson) {
        // Someone back in scope is re-sent in full on the next pull, never purged after it.
        if (person.purging && !scope.contains(person.personId))
            purge.personIds.append(person.personId);
    }
    purge.personIds.sort();
    purge.historyBefore = scope.windowFrom; // invalid for roles without a window
    purge.entryCodesFor = sortedKeys(scope.entryCodeVisits);
    return purge;
}

// Marks people the device holds but may no longer see; returns those newly in scope.
QStringList reconcile(const Scope &scope, HeldPeople &held)
{
    const QSet<QString> inScope(scope.personIds.cbegin(), scope.personIds.cend());
    for (DevicePersonState &person : held.byPerson) {
        if (!inScope.contains(person.personId)) {
            person.purging = true;
            person.backfillUpTo = 0;
        }
    }
    QStringList entered;
    for (const QString &personId : scope.personIds) {
        auto it = held.byPerson.find(personId);
        // Back in scope before the device confirmed the purge: it may have deleted them already.
        if (it == held.byPerson.end() || it->purging)
            entered.append(personId);
    }
    return entered;
}

// Lets the device hold exactly the entry codes the scope allows now; returns the people newly let
// through (owed their codes up to what the device has been sent).
QStringList reconcileEntryCodes(const Scope &scope, HeldPeople &held, qint64 reach)
{
    held.entryCodes.removeIf([&](QHash<QString, DeviceEntryCodesState>::iterator it) {
        return !scope.entryCodeVisits.contains(it.key());
    });
    QStringList opened;
    for (const QString &personId : sortedKeys(scope.entryCodeVisits)) {
        if (!held.entryCodes.contains(personId)) {
            held.entryCodes.insert(personId, DeviceEntryCodesState {personId, reach});
            opened.append(personId);
        }
    }
    return opened;
}

// One audit entry per entry-codes record delivered, naming the visit that let it go.
QList<AuditEntry> entryCodesDeliveries(const AuditEntry &base, const Scope &scope,
                                       const QList<StoredBody> &records)
{
    QList<AuditEntry> entries;
    for (const StoredBody &stored : records) {
        if (stored.type != entryCodesType())
            continue;
        const VisitAssignment visit = scope.entryCodeVisits.value(stored.personId);
        AuditEntry entry = base;
        entry.action = QStringLiteral("entrycodes.read");
        entry.personId = stored.personId;
        entry.recordId = stored.id;
        entry.detail = QStringLiteral("sync pull for visit %1 planned %2")
                           .arg(visit.visitId, visit.plannedStart.toString(Qt::ISODateWithMs));
        entries.append(entry);
    }
    return entries;
}

} // namespace

Result<PullPage> ScopeService::pull(const QString &userId, const QString &deviceId, qint64 afterSeq,
                                    int limit, const QDateTime &now, qint64 appliedSeq)
{
    auto encoded = pullEncoded(userId, deviceId, afterSeq, appliedSeq, limit, now);
    if (!encoded)
        return encoded.error();
    PullPage page {{}, encoded.value().nextAfterSeq, encoded.value().more, encoded.value().purge};
    for (const StoredBody &stored : encoded.value().records) {
        auto record = facts::decode(stored.body);
        if (!record)
            return Error {QStringLiteral("storage"),
                          QStringLiteral("stored record seq %1 does not decode: %2")
                              .arg(stored.seq)
                              .arg(record.error().toString())};
        page.records.append(
            StoredRecord {stored.seq, encoded.value().orgId, {}, std::move(record).value()});
    }
    return page;
}

Result<EncodedPullPage> ScopeService::pullEncoded(const QString &userId, const QString &deviceId,
                                                  qint64 afterSeq, qint64 appliedSeq, int limit,
                                                  const QDateTime &now)
{
    if (afterSeq < 0)
        return Error {QStringLiteral("afterSeq"), QStringLiteral("must not be negative")};
    if (appliedSeq > afterSeq)
        return Error {QStringLiteral("applied"), QStringLiteral("must not be beyond after")};
    qint64 acknowledged = appliedSeq < 0 ? afterSeq : appliedSeq;
    auto user = scoping::activeUser(m_store, userId);
    if (!user)
        return user.error();
    if (auto device = scoping::activeDevice(m_store, user.value(), deviceId); !device)
        return device.error();
    auto scope = scoping::computeScope(m_store, user.value(), now);
    if (!scope)
        return scope.error();
    auto saved = m_store.deviceSyncState(deviceId);
    if (!saved)
        return saved.error();
    auto latest = m_store.latestSeq(scope.value().orgId);
    if (!latest)
        return latest.error();

    // A cursor of 0 (fresh install, manual resync) or one beyond this database (restored from a
    // backup) means the device holds nothing we can rely on: start it again from scratch.
    const bool fresh = afterSeq == 0 || afterSeq > latest.value();
    if (fresh)
        afterSeq = acknowledged = 0;
    // highWater: the most the device has acknowledged (applied), remembered for later pulls.
    // reach: what it has been sent, applied or not: the page in flight (after, protocol 2) counts,
    // so it is not sent again, and people new to the scope are owed everything up to it.
    HeldPeople held;
    qint64 highWater = 0;
    qint64 reach = 0;
    if (!fresh) {
        highWater = qMax(saved.value().highWaterSeq, acknowledged);
        reach = qMax(highWater, afterSeq);
        for (const DevicePersonState &person : saved.value().persons)
            held.byPerson.insert(person.personId, person);
    }
    if (!fresh) {
        for (const DeviceEntryCodesState &codes : saved.value().entryCodes)
            held.entryCodes.insert(codes.personId, codes);
    }
    for (DevicePersonState &person : held.byPerson) {
        if (person.backfillUpTo > 0 && person.backfillUpTo <= acknowledged)
            person.backfillUpTo = 0; // acknowledged: the device applied a page past its debt
    }
    for (DeviceEntryCodesState &codes : held.entryCodes) {
        if (codes.backfillUpTo > 0 && codes.backfillUpTo <= acknowledged)
            codes.backfillUpTo = 0;
    }

    RecordQuery query = baseQuery(scope.value());
    qint64 effectiveAfter = afterSeq;
    if (!scope.value().wholeOrganisation) {
        const QStringList entered = reconcile(scope.value(), held);
        for (const QString &personId : entered)
            held.byPerson.insert(personId, DevicePersonState {personId, reach, false});
        if (!entered.isEmpty() && reach > 0) {
            RecordQuery owed = query;
            owed.personIds = entered;
            owed.afterSeq = 0;
            owed.upToSeq = reach;
            owed.limit = 1;
            auto first = m_store.queryRecords(owed);
            if (!first)
                return first.error();
            if (first.value().records.isEmpty()) {
                for (const QString &personId : entered)
                    held.byPerson[personId].backfillUpTo = 0; // nothing older to send
            } else {
                effectiveAfter = qMin(effectiveAfter, first.value().records.first().seq - 1);
            }
        }
        // Entry codes of people newly let through are owed like a new person's records.
        const QStringList opened = reconcileEntryCodes(scope.value(), held, reach);
        if (!opened.isEmpty() && reach > 0) {
            RecordQuery owed = query;
            owed.personIds = opened;
            owed.types = {entryCodesType()};
            owed.afterSeq = 0;
            owed.upToSeq = reach;
            owed.limit = 1;
            auto first = m_store.queryRecords(owed);
            if (!first)
                return first.error();
            if (first.value().records.isEmpty()) {
                for (const QString &personId : opened)
                    held.entryCodes[personId].backfillUpTo = 0;
            } else {
                effectiveAfter = qMin(effectiveAfter, first.value().records.first().seq - 1);
            }
        }
        query.highWaterSeq = reach;
        for (const DevicePersonState &person : held.byPerson) {
            if (person.backfillUpTo > 0 && !person.purging)
                query.backfillUpTo.insert(person.personId, person.backfillUpTo);
        }
        for (const DeviceEntryCodesState &codes : held.entryCodes) {
            if (codes.backfillUpTo > 0)
                query.gatedBackfillUpTo.insert(codes.personId, codes.backfillUpTo);
        }
    }
    query.afterSeq = effectiveAfter;
    query.limit = qBound(1, limit, 5000);
    query.maxBytes = kMaxPullPageBytes;
    query.bodiesOnly = !scope.value().familyView; // family users get a derived view: decoded below
    auto page = m_store.queryRecords(query);
    if (!page)
        return page.error();

    EncodedPullPage result;
    result.orgId = scope.value().orgId;
    result.nextAfterSeq = page.value().nextAfterSeq;
    result.more = page.value().more;
    result.purge = purgeFrom(scope.value(), held);
    scoping::FamilyDirectory directory;
    directory.viewerUserId = userId;
    if (scope.value().familyView) {
        auto staff = m_store.usersInOrg(scope.value().orgId);
        if (!staff)
            return staff.error();
        for (const User &member : staff.value()) {
            directory.firstNames.insert(member.id,
                                        member.displayName.section(QLatin1Char(' '), 0, 0));
            directory.roles.insert(member.id, roleName(member.role));
        }
        for (const StoredRecord &stored : page.value().records) {
            for (const QString &id : scoping::familyReferencedIds(stored.record)) {
                if (id.isEmpty() || directory.referenced.contains(id))
                    continue;
                auto referenced = m_store.record(scope.value().orgId, id);
                if (!referenced)
                    return referenced.error();
                if (referenced.value())
                    directory.referenced.insert(id, referenced.value()->record);
            }
        }
    }
    // Audited: the stored records shown (for family users, those a derived view was made of).
    QList<AuditedRecord> read;
    result.records = page.value().bodies;
    for (const StoredBody &stored : result.records)
        read.append(AuditedRecord {stored.personId, stored.id, stored.type});
    for (const StoredRecord &stored : page.value().records) { // family view only
        if (const std::optional<StoredRecord> visible = scoping::familyView(stored, directory)) {
            const Record &r = visible->record;
            result.records.append(
                StoredBody {stored.seq, r.id, r.personId, r.type, facts::encode(r)});
            read.append(
                AuditedRecord {stored.record.personId, stored.record.id, stored.record.type});
        }
    }
    const AuditEntry base {
        0, scope.value().orgId, userId, deviceId, QStringLiteral("record.read"), {}, {}, now, {}};
    if (auto r = m_store.appendAudit(auditGroupedByPerson(base, read)
                                     + entryCodesDeliveries(base, scope.value(), result.records));
        !r)
        return r.error();
    const DeviceSyncState next = held.toState(deviceId, highWater);
    if (!sameState(next, saved.value())) {
        if (auto r = m_store.saveDeviceSyncState(next); !r)
            return r.error();
    }
    return result;
}

Result<PurgeList> ScopeService::purgeListFor(const QString &userId, const QString &deviceId,
                                             const QDateTime &now)
{
    auto user = scoping::activeUser(m_store, userId);
    if (!user)
        return user.error();
    if (auto device = scoping::activeDevice(m_store, user.value(), deviceId); !device)
        return device.error();
    auto scope = scoping::computeScope(m_store, user.value(), now);
    if (!scope)
        return scope.error();
    auto saved = m_store.deviceSyncState(deviceId);
    if (!saved)
        return saved.error();
    HeldPeople held;
    for (const DevicePersonState &person : saved.value().persons)
        held.byPerson.insert(person.personId, person);
    for (const DeviceEntryCodesState &codes : saved.value().entryCodes)
        held.entryCodes.insert(codes.personId, codes);
    if (!scope.value().wholeOrganisation) {
        reconcile(scope.value(), held); // people who re-entered stay marked until the next pull
        held.entryCodes.removeIf([&](QHash<QString, DeviceEntryCodesState>::iterator it) {
            return !scope.value().entryCodeVisits.contains(it.key());
        });
        const DeviceSyncState next = held.toState(deviceId, saved.value().highWaterSeq);
        if (!sameState(next, saved.value())) {
            if (auto r = m_store.saveDeviceSyncState(next); !r)
                return r.error();
        }
    }
    return purgeFrom(scope.value(), held);
}

Result<void> ScopeService::confirmPurged(const QString &deviceId, const QStringList &personIds)
{
    auto saved = m_store.deviceSyncState(deviceId);
    if (!saved)
        return saved.error();
    DeviceSyncState next = saved.value();
    next.persons.removeIf([&](const DevicePersonState &person) {
        return person.purging && personIds.contains(person.personId);
    });
    if (next.persons.size() == saved.value().persons.size())
        return {};
    return m_store.saveDeviceSyncState(next);
}

} // namespace careround::server
