#include "personedits.h"

#include "consolerecord.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "core/rules/amendments.h"
#include "core/rules/nhsnumber.h"
#include "core/uuid7.h"
#include "officepeople.h"

#include <QMutex>

namespace careround::server {

namespace {

// Version check and write of one person's amendment happen together: two coordinators saving at
// once cannot both pass the check.
QMutex &amendLock()
{
    static QMutex lock;
    return lock;
}

PersonEdit refused(PersonEditRefusal why, const QString &field, const QString &message)
{
    PersonEdit out;
    out.refusal = why;
    out.error = Error {field, message};
    return out;
}

PersonEdit fromLookup(const Error &error)
{
    if (error.field == QLatin1String("role"))
        return refused(PersonEditRefusal::Forbidden, {}, error.message);
    return refused(PersonEditRefusal::Storage, QStringLiteral("storage"), error.message);
}

// The NHS number as its 10 digits when it is one (the form may send "943 476 5919").
QJsonObject normalised(QJsonObject details)
{
    const QJsonValue nhs = details.value(QLatin1String("nhsNumber"));
    if (nhs.isString()) {
        if (auto digits = checkNhsNumber(nhs.toString()))
            details.insert(QStringLiteral("nhsNumber"), digits.value());
    }
    return details;
}

// "payload.replacement.nhsNumber" → "nhsNumber": the form's own field names.
QString formField(QString field)
{
    for (const char *prefix : {"payload.replacement.", "payload."})
        if (field.startsWith(QLatin1String(prefix)))
            return field.mid(int(qstrlen(prefix)));
    return field;
}

Result<void> mayChangePeople(const User &user)
{
    if (user.role != Role::Coordinator || user.disabled)
        return Error {QStringLiteral("role"),
                      QStringLiteral("only coordinators may add people or change their details")};
    return {};
}

} // namespace

PersonEdits::PersonEdits(ServerStore &store, ScopeService &scope)
    : m_store(store)
    , m_scope(scope)
{ }

PersonEdit PersonEdits::create(const User &user, const QJsonObject &details, const QDateTime &now)
{
    if (auto may = mayChangePeople(user); !may)
        return fromLookup(may.error());
    Record r = consoleRecord(user, RecordType::Person, newUuid7(), now);
    r.payload = normalised(details);
    return push(user, r, now);
}

PersonEdit PersonEdits::amend(const User &user, const QString &personId, const QJsonObject &body,
                              const QDateTime &now)
{
    if (auto may = mayChangePeople(user); !may)
        return fromLookup(may.error());
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("reason")
            && it.key() != QLatin1String("details"))
            return refused(PersonEditRefusal::BadInput, it.key(),
                           QStringLiteral("is not a field of a change of details"));
    const QString version = body.value(QLatin1String("version")).toString();
    if (version.isEmpty())
        return refused(PersonEditRefusal::BadInput, QStringLiteral("version"),
                       QStringLiteral("is required: the version the form was loaded from"));
    if (!body.value(QLatin1String("details")).isObject())
        return refused(PersonEditRefusal::BadInput, QStringLiteral("details"),
                       QStringLiteral("must be an object of the person's details"));
    const QJsonObject details = normalised(body.value(QLatin1String("details")).toObject());

    QMutexLocker locker(&amendLock());
    auto records = OfficePeople(m_store).read(user, {}, personId,
                                              QStringLiteral("office person details change"), now);
    if (!records)
        return fromLookup(records.error());
    const QList<EffectiveRecord> people = records.value()
        ? effectiveRecords(*records.value(), QString::fromLatin1(RecordType::Person))
        : QList<EffectiveRecord> {};
    if (people.isEmpty())
        return refused(PersonEditRefusal::NotFound, QStringLiteral("id"),
                       QStringLiteral("no such person in your scope"));
    const EffectiveRecord &current = people.last();
    const QString currentVersion = current.amended() ? current.amendmentId : current.record.id;
    if (version != currentVersion)
        return refused(PersonEditRefusal::Conflict, QStringLiteral("version"),
                       QStringLiteral("someone else changed these details after you opened them: "
                                      "reload to see their change, then make yours again"));
    if (details == current.record.payload)
        return refused(PersonEditRefusal::BadInput, QStringLiteral("details"),
                       QStringLiteral("nothing has changed"));
    HlcTimestamp latest = current.record.hlc;
    for (const Record &r : *records.value())
        if (r.amends == current.record.id && latest < r.hlc)
            latest = r.hlc;
    Record amendment = consoleRecord(user, RecordType::Amendment, personId, now, latest);
    amendment.amends = current.record.id;
    amendment.payload = {
        {QStringLiteral("amendedType"), QString::fromLatin1(RecordType::Person)},
        {QStringLiteral("reason"), body.value(QLatin1String("reason")).toString().trimmed()},
        {QStringLiteral("replacement"), details},
        {QStringLiteral("authorName"), user.displayName},
        {QStringLiteral("authorRole"), roleName(user.role)}};
    PersonEdit out = push(user, amendment, now);
    if (out.ok())
        out.recordId = current.record.id;
    return out;
}

PersonEdit PersonEdits::push(const User &user, const Record &record, const QDateTime &now)
{
    if (auto valid = validateRecord(record, UnknownFields::Refuse); !valid)
        return refused(PersonEditRefusal::BadInput, formField(valid.error().field),
                       valid.error().message);
    auto stored = m_scope.pushFromConsole(user.id, {record}, now);
    if (!stored)
        return refused(PersonEditRefusal::Storage, QStringLiteral("storage"),
                       stored.error().message);
    const PutResult &result = stored.value().constFirst();
    if (result.status == PutStatus::Rejected)
        return refused(PersonEditRefusal::Forbidden, formField(result.error.field),
                       result.error.message);
    PersonEdit out;
    out.personId = record.personId;
    out.recordId = record.id;
    out.version = record.id;
    return out;
}

} // namespace careround::server
