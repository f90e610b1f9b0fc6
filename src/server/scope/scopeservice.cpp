// Scope computation per role and the write authorisation that follows from it.
#include "scopeservice.h"
#include "core/recordtypes.h"
#include "scopeservice_p.h"
#include "server/storage/recordfacts.h"
#include <QSet>

namespace careround::server {

ScopeService::ScopeService(ServerStore &store)
    : m_store(store)
{ }

namespace scoping {

Result<User> activeUser(ServerStore &store, const QString &userId)
{
    auto user = store.user(userId);
    if (!user)
        return user.error();
    if (!user.value())
        return Error {QStringLiteral("userId"), QStringLiteral("no such user")};
    if (user.value()->disabled)
        return Error {QStringLiteral("userId"), QStringLiteral("the user is disabled")};
    return *user.value();
}

Result<Device> activeDevice(ServerStore &store, const User &user, const QString &deviceId)
{
    auto device = store.device(deviceId);
    if (!device)
        return device.error();
    if (!device.value() || device.value()->userId != user.id)
        return Error {QStringLiteral("deviceId"), QStringLiteral("no such device of this user")};
    if (device.value()->revoked)
        return Error {QStringLiteral("deviceId"), QStringLiteral("the device is revoked")};
    return *device.value();
}

// Visits assigned to any of `workers` between the two days (inclusive). One indexed rota query
// per worker: a supervisor's dozen workers, never the whole organisation's rota.
Result<QList<VisitAssignment>> rotaVisits(ServerStore &store, const QString &orgId,
                                          const QSet<QString> &workers, const QDate &firstDay,
                                          const QDate &lastDay)
{
    const QDateTime from = firstDay.startOfDay(Qt::UTC);
    const QDateTime to = lastDay.addDays(1).startOfDay(Qt::UTC);
    QList<VisitAssignment> all;
    for (const QString &worker : workers) {
        auto visits = store.visits(orgId, worker, from, to);
        if (!visits)
            return visits.error();
        all += visits.value();
    }
    return all;
}

QStringList peopleOf(const QList<VisitAssignment> &visits)
{
    QSet<QString> people;
    for (const VisitAssignment &visit : visits)
        people.insert(visit.personId);
    QStringList sorted(people.cbegin(), people.cend());
    sorted.sort();
    return sorted;
}

Result<QSet<QString>> rotaWorkers(ServerStore &store, const User &user)
{
    QSet<QString> workers {user.id};
    if (user.role == Role::Supervisor) {
        auto supervised = store.supervisedWorkers(user.orgId, user.id);
        if (!supervised)
            return supervised.error();
        for (const QString &worker : supervised.value())
            workers.insert(worker);
    }
    return workers;
}

Result<Scope> computeScope(ServerStore &store, const User &user, const QDateTime &now)
{
    Scope scope;
    scope.orgId = user.orgId;
    scope.userId = user.id;
    scope.role = user.role;
    const QDate today = now.toUTC().date();
    switch (user.role) {
    case Role::Coordinator:
        scope.wholeOrganisation = true;
        return scope;
    case Role::Therapist: {
        auto caseload = store.caseload(user.orgId, user.id);
        if (!caseload)
            return caseload.error();
        scope.personIds = caseload.value();
        return scope;
    }
    case Role::FamilyMember: {
        auto links = store.familyLinksForUser(user.orgId, user.id);
        if (!links)
            return links.error();
        for (const FamilyLink &link : links.value()) {
            if (link.consentActive && !scope.personIds.contains(link.personId))
                scope.personIds.append(link.personId);
        }
        scope.personIds.sort();
        scope.familyView = true;
        return scope;
    }
    case Role::CareWorker:
    case Role::Supervisor: {
        auto workers = rotaWorkers(store, user);
        if (!workers)
            return workers.error();
        // From yesterday (a late round past midnight) to a week ahead.
        auto visits = rotaVisits(store, user.orgId, workers.value(), today.addDays(-RotaDaysBack),
                                 today.addDays(RotaDaysAhead));
        if (!visits)
            return visits.error();
        scope.personIds = peopleOf(visits.value());
        // The rota from yesterday 00:00 UTC holds every visit that can open entry codes now: a
        // call of at most 12 h closes them at most 18 h after it started.
        for (const VisitAssignment &visit : visits.value()) {
            if (visit.workerIds.contains(user.id) && visitOpensEntryCodes(visit, now)
                && !scope.entryCodeVisits.contains(visit.personId))
                scope.entryCodeVisits.insert(visit.personId, visit);
        }
        scope.windowFrom = today.addDays(-HistoryDays);
        scope.windowTo = today.addDays(RotaDaysAhead);
        // Entry codes are the office's current codes whatever their day; they have a gate of their
        // own.
        scope.windowExemptTypes = facts::alwaysCurrentTypes()
            << QString::fromLatin1(RecordType::PersonEntryCodes);
        return scope;
    }
    }
    return Error {QStringLiteral("role"), QStringLiteral("unknown role")};
}

bool visitOpensEntryCodes(const VisitAssignment &visit, const QDateTime &now)
{
    const qint64 callSecs = qint64(qMin(visit.durationMinutes, EntryCodesLongestCallMinutes)) * 60;
    return now >= visit.plannedStart.addSecs(-EntryCodesAheadSecs)
        && now < visit.plannedStart.addSecs(callSecs + EntryCodesAfterSecs);
}

// Workers may write for anyone they were rostered to over the whole history window, so a
// record made offline for a visit that was reassigned since is still accepted.
Result<WritableRota> writableRota(ServerStore &store, const User &user, const Scope &scope,
                                  const QDateTime &now)
{
    if (user.role != Role::CareWorker && user.role != Role::Supervisor)
        return WritableRota {scope.personIds, {}};
    auto workers = rotaWorkers(store, user);
    if (!workers)
        return workers.error();
    const QDate today = now.toUTC().date();
    auto visits = rotaVisits(store, user.orgId, workers.value(), today.addDays(-HistoryDays),
                             today.addDays(RotaDaysAhead));
    if (!visits)
        return visits.error();
    return WritableRota {peopleOf(visits.value()), visits.value()};
}

} // namespace scoping

Result<Scope> ScopeService::scopeFor(const QString &userId, const QDateTime &now)
{
    auto user = scoping::activeUser(m_store, userId);
    if (!user)
        return user.error();
    return scoping::computeScope(m_store, user.value(), now);
}

Result<bool> ScopeService::canReadPerson(const QString &userId, const QString &personId,
                                         const QDateTime &now)
{
    auto scope = scopeFor(userId, now);
    if (!scope)
        return scope.error();
    if (!scope.value().wholeOrganisation)
        return scope.value().personIds.contains(personId);
    RecordQuery person;
    person.orgId = scope.value().orgId;
    person.limit = 1;
    person.personIds = {personId};
    person.types = {facts::personType()};
    auto persons = m_store.queryRecords(person);
    if (!persons)
        return persons.error();
    return !persons.value().records.isEmpty();
}

Result<bool> ScopeService::canReadRecord(const QString &userId, const Record &record,
                                         const QDateTime &now)
{
    if (record.type != QLatin1String(RecordType::PersonEntryCodes))
        return canReadPerson(userId, record.personId, now);
    auto scope = scopeFor(userId, now);
    if (!scope)
        return scope.error();
    // The office keeps the codes; a phone gets them only for a visit of its user's.
    if (scope.value().wholeOrganisation)
        return canReadPerson(userId, record.personId, now);
    return scope.value().entryCodeVisits.contains(record.personId);
}

} // namespace careround::server
