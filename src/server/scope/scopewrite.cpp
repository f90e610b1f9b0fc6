// Push: per-record time bounds (core/timebounds.h) and write authorisation (writerules.h), then
// the store, then the alerts the landed records call for (alerts/alertraiser.h).
#include "core/recordtypes.h"
#include "core/timebounds.h"
#include "scopeservice_p.h"
#include "server/alerts/alertraiser.h"
#include "server/storage/recordfacts.h"
#include "writerules.h"
#include <QSet>
#include <algorithm>

namespace careround::server {

namespace {

// The visits the batch names: rota rows not already in ctx in one query, then the earlier versions
// of those whose rota row does not let a record in, in one query per 500 visits. A batch of a
// worker's own visits of the last four weeks costs no query at all (their rota is in ctx).
Result<void> namedVisits(ServerStore &store, scoping::WriteContext &ctx,
                         const QList<Record> &records)
{
    QSet<QString> missing;
    for (const Record &record : records) {
        const QString visitId = scoping::namedVisitId(record);
        if (!visitId.isEmpty() && !ctx.visits.contains(visitId))
            missing.insert(visitId);
    }
    if (!missing.isEmpty()) {
        auto rows = store.visitsById(ctx.user.orgId, QStringList(missing.cbegin(), missing.cend()));
        if (!rows)
            return rows.error();
        for (const VisitAssignment &visit : rows.value())
            ctx.visits.insert(visit.visitId, {visit});
    }
    QSet<QString> people, visitIds;
    for (const Record &record : records) {
        if (scoping::visitHistoryNeeded(ctx, record)) {
            people.insert(record.personId);
            visitIds.insert(record.visitId);
        }
    }
    const QStringList ids(visitIds.cbegin(), visitIds.cend());
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        RecordQuery versions;
        versions.orgId = ctx.user.orgId;
        versions.personIds = QStringList(people.cbegin(), people.cend());
        versions.types = {facts::visitType()};
        versions.visitIds = ids.mid(start, 500);
        versions.limit = 5000;
        for (bool more = true; more;) {
            auto page = store.queryRecords(versions);
            if (!page)
                return page.error();
            for (const StoredRecord &stored : page.value().records) {
                if (auto visit = facts::visitAssignment(stored.record, ctx.user.orgId))
                    ctx.visits[visit.value().visitId].append(visit.value());
            }
            more = page.value().more;
            versions.afterSeq = page.value().nextAfterSeq;
        }
    }
    return {};
}

// The organisation's active office users, when the batch assigns an alert to someone.
Result<void> officeColleagues(ServerStore &store, scoping::WriteContext &ctx,
                              const QList<Record> &records)
{
    const bool assigns = std::any_of(records.cbegin(), records.cend(), [](const Record &r) {
        return r.type == QLatin1String(RecordType::AlertAction)
            && r.payload.value(QLatin1String("action")).toString() == QLatin1String("assign");
    });
    if (!assigns)
        return {};
    auto users = store.usersInOrg(ctx.user.orgId);
    if (!users)
        return users.error();
    for (const User &user : users.value()) {
        if (!user.disabled
            && (user.role == Role::Coordinator || user.role == Role::Supervisor
                || user.role == Role::Therapist))
            ctx.officeColleagues.insert(user.id);
    }
    return {};
}

// What authoriseWrite needs beyond the scope: supervised workers and the records referred to.
Result<scoping::WriteContext> writeContext(ServerStore &store, const User &user,
                                           const QString &deviceId, const QList<Record> &records,
                                           const QDateTime &now)
{
    scoping::WriteContext ctx;
    ctx.user = user;
    ctx.deviceId = deviceId;
    // Workers and supervisors write by their rota history (writablePeople); the read scope,
    // another rota query, is needed only for the other roles.
    if (user.role != Role::CareWorker && user.role != Role::Supervisor) {
        auto scope = scoping::computeScope(store, user, now);
        if (!scope)
            return scope.error();
        ctx.scope = scope.value();
    }
    auto writable = scoping::writableRota(store, user, ctx.scope, now);
    if (!writable)
        return writable.error();
    ctx.writable =
        QSet<QString>(writable.value().personIds.cbegin(), writable.value().personIds.cend());
    for (const VisitAssignment &visit : writable.value().visits) {
        if (!ctx.visits.contains(visit.visitId))
            ctx.visits.insert(visit.visitId, {visit});
    }
    if (user.role == Role::Supervisor) {
        auto supervised = store.supervisedWorkers(user.orgId, user.id);
        if (!supervised)
            return supervised.error();
        ctx.supervised = QSet<QString>(supervised.value().cbegin(), supervised.value().cend());
    }
    for (const Record &record : records) {
        for (const QString &id : scoping::referencedIds(record)) {
            if (id.isEmpty() || ctx.referenced.contains(id))
                continue;
            auto found = store.record(user.orgId, id); // never another organisation's record
            if (!found)
                return found.error();
            if (found.value())
                ctx.referenced.insert(id, found.value()->record);
        }
    }
    if (auto visits = namedVisits(store, ctx, records); !visits)
        return visits.error();
    if (auto colleagues = officeColleagues(store, ctx, records); !colleagues)
        return colleagues.error();
    return ctx;
}

AuditEntry rejectedEntry(const User &user, const QString &deviceId, const Record &record,
                         const Error &why, const QDateTime &now)
{
    return AuditEntry {0,
                       user.orgId,
                       user.id,
                       deviceId,
                       QStringLiteral("record.rejected"),
                       record.personId,
                       record.id,
                       now,
                       why.toString()};
}

} // namespace

Result<QList<PutResult>> ScopeService::push(const QString &userId, const QString &deviceId,
                                            const QList<Record> &records, const QDateTime &now)
{
    auto user = scoping::activeUser(m_store, userId);
    if (!user)
        return user.error();
    if (auto device = scoping::activeDevice(m_store, user.value(), deviceId); !device)
        return device.error();
    return pushAuthorised(user.value(), deviceId, records, now);
}

Result<QList<PutResult>> ScopeService::pushFromConsole(const QString &userId,
                                                       const QList<Record> &records,
                                                       const QDateTime &now)
{
    auto user = scoping::activeUser(m_store, userId);
    if (!user)
        return user.error();
    return pushAuthorised(user.value(), QString(), records, now);
}

Result<QList<PutResult>> ScopeService::pushAuthorised(const User &user, const QString &deviceId,
                                                      const QList<Record> &records,
                                                      const QDateTime &now)
{
    const QString userId = user.id;
    auto context = writeContext(m_store, user, deviceId, records, now);
    if (!context)
        return context.error();
    scoping::WriteContext &ctx = context.value();

    QList<PutResult> results(records.size());
    QList<Record> allowed;
    QList<int> allowedAt;
    QList<AuditEntry> refused;
    QList<QPair<Record, Error>> refusedRecords; // reported to the office as alerts
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        // A clock or time far ahead of the server's would be served to colleagues and adopted.
        auto ok = timebounds::checkRecordTimes(record, now);
        if (ok)
            ok = scoping::authoriseWrite(ctx, record);
        if (!ok) {
            results[i] = PutResult {record.id, PutStatus::Rejected, 0, ok.error()};
            refused.append(rejectedEntry(user, deviceId, record, ok.error(), now));
            refusedRecords.append({record, ok.error()});
            continue;
        }
        // Later records of the batch may refer to this one (an entry and its acknowledgement).
        if (!ctx.referenced.contains(record.id))
            ctx.referenced.insert(record.id, record);
        // ... or name the visit it plans (the office's rota and a record of the visit together).
        if (facts::isRotaVisit(record)) {
            if (auto visit = facts::visitAssignment(record, user.orgId))
                ctx.visits[visit.value().visitId].prepend(visit.value());
        }
        allowed.append(record);
        allowedAt.append(i);
    }
    QList<Record> landed; // stored now or before: alerts are raised (again) for both
    if (!allowed.isEmpty()) {
        auto stored = m_store.putRecords(PutContext {user.orgId, userId, deviceId, now}, allowed);
        if (!stored)
            return stored.error();
        for (int j = 0; j < allowedAt.size(); ++j) {
            const PutResult &result = stored.value().at(j);
            results[allowedAt.at(j)] = result;
            if (result.status == PutStatus::Rejected) {
                refused.append(rejectedEntry(user, deviceId, allowed.at(j), result.error, now));
                refusedRecords.append({allowed.at(j), result.error});
            } else
                landed.append(allowed.at(j));
        }
    }
    if (!refused.isEmpty()) {
        if (auto r = m_store.appendAudit(refused); !r)
            return r.error();
    }
    // A failure here fails the push: the device retries, its records come back as duplicates
    // and the alerts are raised then (their ids make that safe).
    if (auto raised = alerts::AlertRaiser(m_store).raiseFor(user.orgId, deviceId, landed, now);
        !raised)
        return raised.error();
    if (auto raised = alerts::AlertRaiser(m_store).raiseForRefused(user.orgId, userId, deviceId,
                                                                   refusedRecords, now);
        !raised)
        return raised.error();
    return results;
}

} // namespace careround::server
