#include "officepeople.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "server/storage/recordscan.h"

#include <algorithm>

namespace careround::server {

namespace {

Result<void> mayUseConsole(const User &user)
{
    if (user.disabled)
        return Error {QStringLiteral("role"), QStringLiteral("the user is disabled")};
    if (user.role == Role::Coordinator || user.role == Role::Supervisor
        || user.role == Role::Therapist)
        return {};
    return Error {QStringLiteral("role"),
                  QStringLiteral("person files are for coordinators, supervisors and therapists")};
}

Error storageError(const Error &e)
{
    return Error {QStringLiteral("storage"), e.message};
}

PersonListEntry entryFrom(const Record &person)
{
    const QJsonObject &p = person.payload;
    QString postcode = p.value(QLatin1String("postcode")).toString();
    if (postcode.isEmpty())
        postcode = p.value(QLatin1String("address"))
                       .toObject()
                       .value(QLatin1String("postcode"))
                       .toString();
    return PersonListEntry {
        person.personId.isEmpty() ? person.id : person.personId,
        p.value(QLatin1String("name")).toString(),
        p.value(QLatin1String("preferredName")).toString(),
        p.value(QLatin1String("nhsNumber")).toString(),
        postcode,
        QDate::fromString(p.value(QLatin1String("dateOfBirth")).toString(), Qt::ISODate)};
}

bool matches(const PersonListEntry &e, const QString &search)
{
    return search.isEmpty() || e.name.contains(search, Qt::CaseInsensitive)
        || e.preferredName.contains(search, Qt::CaseInsensitive);
}

} // namespace

OfficePeople::OfficePeople(ServerStore &store)
    : m_store(store)
    , m_scope(store)
{ }

Result<QList<PersonListEntry>> OfficePeople::list(const User &user, const QString &deviceId,
                                                  const QString &search, const QDateTime &now)
{
    if (auto ok = mayUseConsole(user); !ok)
        return ok.error();
    auto scope = m_scope.scopeFor(user.id, now);
    if (!scope)
        return storageError(scope.error());
    RecordQuery query;
    query.orgId = user.orgId;
    query.allPersons = scope.value().wholeOrganisation;
    query.personIds = scope.value().personIds;
    query.types = {QString::fromLatin1(RecordType::Person),
                   QString::fromLatin1(RecordType::Amendment)};
    QList<PersonListEntry> people;
    if (query.allPersons || !query.personIds.isEmpty()) {
        auto found = scanRecords(m_store, query);
        if (!found)
            return storageError(found.error());
        QHash<QString, Record> latest; // the current version of each person record
        for (const EffectiveRecord &e :
             effectiveRecords(recordsOf(found.value()), QString::fromLatin1(RecordType::Person)))
            latest.insert(e.record.personId.isEmpty() ? e.record.id : e.record.personId, e.record);
        const QString wanted = search.trimmed();
        for (const Record &person : latest) {
            PersonListEntry entry = entryFrom(person);
            if (matches(entry, wanted))
                people.append(entry);
        }
    }
    std::sort(people.begin(), people.end(), [](const PersonListEntry &a, const PersonListEntry &b) {
        return a.name != b.name ? a.name.localeAwareCompare(b.name) < 0 : a.personId < b.personId;
    });
    QList<AuditEntry> audit;
    for (const PersonListEntry &p : people)
        audit.append(AuditEntry {0, user.orgId, user.id, deviceId, QStringLiteral("report.read"),
                                 p.personId, QString(), now, QStringLiteral("office people list")});
    if (!audit.isEmpty()) {
        if (auto r = m_store.appendAudit(audit); !r)
            return storageError(r.error());
    }
    return people;
}

Result<std::optional<QList<Record>>> OfficePeople::read(const User &user, const QString &deviceId,
                                                        const QString &personId,
                                                        const QString &detail, const QDateTime &now)
{
    auto allowed = inScope(user, personId, now);
    if (!allowed)
        return allowed.error();
    if (!allowed.value())
        return std::optional<QList<Record>> {};
    RecordQuery query;
    query.orgId = user.orgId;
    query.personIds = {personId};
    auto found = scanRecords(m_store, query);
    if (!found)
        return storageError(found.error());
    QList<Record> records;
    for (const StoredRecord &s : found.value()) {
        // Entry codes are for the worker at the door, never in the office's file.
        if (s.record.type != QLatin1String(RecordType::PersonEntryCodes))
            records.append(s.record);
    }
    if (records.isEmpty())
        return std::optional<QList<Record>> {};
    AuditEntry entry {0,        user.orgId, user.id, deviceId, QStringLiteral("record.read"),
                      personId, QString(),  now,     detail};
    for (const Record &r : records)
        entry.recordIds.append(r.id);
    if (auto r = m_store.appendAudit({entry}); !r)
        return storageError(r.error());
    return std::optional<QList<Record>>(std::move(records));
}

Result<bool> OfficePeople::inScope(const User &user, const QString &personId, const QDateTime &now)
{
    if (auto ok = mayUseConsole(user); !ok)
        return ok.error();
    auto allowed = m_scope.canReadPerson(user.id, personId, now);
    if (!allowed)
        return storageError(allowed.error());
    return allowed.value();
}

Result<QHash<QString, QString>> OfficePeople::userNames(const QString &orgId)
{
    auto users = m_store.usersInOrg(orgId);
    if (!users)
        return storageError(users.error());
    QHash<QString, QString> names;
    for (const User &u : users.value())
        names.insert(u.id, u.displayName);
    return names;
}

} // namespace careround::server
