#include "officedata.h"

#include "core/recordtypes.h"
#include "server/storage/recordfacts.h"
#include "server/storage/recordscan.h"
#include "uktime.h"

#include <algorithm>

namespace careround::server {

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

RecordQuery queryFor(const OfficeViewer &viewer, const QStringList &persons,
                     const QStringList &types, bool fewPeople)
{
    RecordQuery q;
    q.orgId = viewer.orgId;
    // The whole organisation: one query instead of one per chunk of people, unless only a few
    // people's rows are wanted (an incremental board read).
    q.allPersons = viewer.wholeOrganisation && !fewPeople;
    q.personIds = persons;
    q.types = types;
    return q;
}

Result<QList<Record>> scan(ServerStore &store, const RecordQuery &query, const QStringList &persons)
{
    auto found = scanRecords(store, query);
    if (!found)
        return found.error();
    if (!query.allPersons)
        return recordsOf(found.value());
    const QSet<QString> wanted(persons.cbegin(), persons.cend());
    QList<Record> records;
    for (const StoredRecord &s : found.value()) {
        if (wanted.contains(s.record.personId))
            records.append(s.record);
    }
    return records;
}

// The visit record versions the rota rows come from (looked up by id when not in the window).
// The window holds every version of every visit on four days; only the versions the rota names
// are decoded, as decoding is most of a scan's cost (docs/office.md, "Profile of the report").
Result<QHash<QString, Record>> visitVersions(ServerStore &store, const OfficeViewer &viewer,
                                             const QList<VisitAssignment> &rota,
                                             const QStringList &persons, const QDate &firstDay,
                                             const QDate &lastDay, bool fewPeople)
{
    QSet<QString> wanted;
    for (const VisitAssignment &row : rota)
        wanted.insert(row.recordId);
    RecordQuery q = queryFor(viewer, persons, {t(RecordType::Visit)}, fewPeople);
    q.windowFrom = firstDay.addDays(-1);
    q.windowTo = lastDay.addDays(1);
    q.bodiesOnly = true;
    q.limit = 5000;
    QHash<QString, Record> byId;
    for (;;) {
        auto page = store.queryRecords(q);
        if (!page)
            return page.error();
        for (const StoredBody &stored : page.value().bodies) {
            if (!wanted.contains(stored.id) || byId.contains(stored.id))
                continue;
            auto record = facts::decode(stored.body);
            if (!record)
                return record.error();
            byId.insert(stored.id, std::move(record).value());
        }
        if (!page.value().more)
            break;
        q.afterSeq = page.value().nextAfterSeq;
    }
    for (const VisitAssignment &row : rota) {
        if (byId.contains(row.recordId))
            continue;
        auto one = store.record(viewer.orgId, row.recordId);
        if (!one)
            return one.error();
        if (one.value())
            byId.insert(row.recordId, one.value()->record);
    }
    return byId;
}

} // namespace

QString OfficeDay::personName(const QString &personId) const
{
    return persons.value(personId).payload.value(QLatin1String("name")).toString();
}

QString OfficeDay::userName(const QString &userId) const
{
    return users.value(userId).displayName;
}

QStringList OfficeDay::personIds() const
{
    QStringList ids;
    for (const FoldedVisit &v : visits)
        ids.append(v.plan.personId);
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

Result<OfficeDay> loadOfficeDay(ServerStore &store, const OfficeViewer &viewer,
                                const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                const QSet<QString> *onlyVisits)
{
    auto rota = store.visits(viewer.orgId, QString(), from, to);
    if (!rota)
        return rota.error();
    // Past a few hundred rows, reading the whole organisation's window costs less than asking
    // for the people chunk by chunk.
    const bool fewPeople = onlyVisits != nullptr && onlyVisits->size() < 500;
    if (onlyVisits) {
        rota.value().removeIf(
            [&](const VisitAssignment &row) { return !onlyVisits->contains(row.visitId); });
    }
    QStringList persons;
    for (const VisitAssignment &row : rota.value())
        persons.append(row.personId);
    persons.removeDuplicates();
    persons.sort();
    const QDate firstDay = ukDay(from), lastDay = ukDay(to);
    QHash<QString, Record> noVersions;
    auto versions = persons.isEmpty()
        ? Result<QHash<QString, Record>>(noVersions)
        : visitVersions(store, viewer, rota.value(), persons, firstDay, lastDay, fewPeople);
    if (!versions)
        return versions.error();

    OfficeDay day;
    QList<PlannedVisit> plans;
    for (const VisitAssignment &row : rota.value()) {
        auto plan = PlannedVisit::fromRecord(versions.value().value(row.recordId));
        // Cancelled visits assign nobody on the rota; the plan still names the workers.
        if (plan && viewer.seesAnyOf(plan.value().workerIds))
            plans.append(plan.value());
    }
    persons.clear();
    for (const PlannedVisit &plan : plans)
        persons.append(plan.personId);
    persons.removeDuplicates();
    persons.sort();

    RecordQuery events = queryFor(
        viewer, persons,
        {t(RecordType::VisitCheckIn), t(RecordType::VisitCheckOut), t(RecordType::VisitNoAccess)},
        fewPeople);
    events.windowFrom = firstDay.addDays(-1);
    events.windowTo = lastDay.addDays(1);
    // An amendment carries the care day it corrects, or the day it was made: up to today.
    RecordQuery amendments = queryFor(viewer, persons, {t(RecordType::Amendment)}, fewPeople);
    amendments.windowFrom = firstDay.addDays(-1);
    amendments.windowTo = qMax(lastDay, ukDay(now)).addDays(1);
    RecordQuery people = queryFor(viewer, persons, {t(RecordType::Person)}, fewPeople);
    QList<Record> found[3];
    const RecordQuery *queries[3] = {&events, &amendments, &people};
    for (int i = 0; i < 3; ++i) {
        if (persons.isEmpty())
            break;
        auto records = scan(store, *queries[i], persons);
        if (!records)
            return records.error();
        found[i] = records.value();
    }
    QHash<QString, QList<Record>> byVisit, amendmentsByPerson;
    for (const Record &r : found[0])
        byVisit[r.visitId].append(r);
    for (const Record &r : found[1])
        amendmentsByPerson[r.personId].append(r);
    for (const Record &r : found[2]) {
        auto it = day.persons.find(r.personId);
        if (it == day.persons.end() || it->hlc < r.hlc)
            day.persons.insert(r.personId, r); // the latest version
    }
    for (const PlannedVisit &plan : plans) {
        const QList<Record> visitEvents =
            byVisit.value(plan.visitId) + amendmentsByPerson.value(plan.personId);
        FoldedVisit folded {plan, foldVisitState(plan, visitEvents, now), {}, {}, {}};
        const VisitState &state = folded.state;
        for (const Record &r : visitEvents) {
            const QString reason =
                r.payload.value(QLatin1String("emergencyReason")).toString().trimmed();
            if (r.type == t(RecordType::VisitCheckOut) && !reason.isEmpty())
                folded.emergencyReason = reason;
            if (r.visitId != plan.visitId)
                continue;
            if (r.type == t(RecordType::VisitCheckIn) && !folded.checkIn && state.checkedInAt
                && r.deviceTime == *state.checkedInAt)
                folded.checkIn = r;
            if (r.type == t(RecordType::VisitCheckOut) && state.checkedOutAt
                && r.deviceTime == *state.checkedOutAt)
                folded.checkOut = r;
        }
        day.visits.append(folded);
    }
    std::sort(day.visits.begin(), day.visits.end(), [](const FoldedVisit &a, const FoldedVisit &b) {
        return a.plan.plannedStart != b.plan.plannedStart
            ? a.plan.plannedStart < b.plan.plannedStart
            : a.plan.visitId < b.plan.visitId;
    });
    auto users = store.usersInOrg(viewer.orgId);
    if (!users)
        return users.error();
    for (const User &user : users.value())
        day.users.insert(user.id, user);
    return day;
}

} // namespace careround::server
