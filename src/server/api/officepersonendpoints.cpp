// The console's person file (docs/office.md, "Person file"): GET /v1/office/people,
// /v1/office/people/<id> (the file), <id>/mar?from=&to=, <id>/visits?from=&to=, and
// POST <id>/commbook (an entry written on the signed-in user's behalf through the write rules);
// POST /v1/office/people (a new person) and POST <id> (a change of details, with the version the
// form was loaded from: 409 when stale), coordinators only (PersonEdits).
// Every read is audited; a person out of scope or of another organisation is 404.
#include "apiserver.h"

#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "server/office/consolerecord.h"
#include "server/office/officepeople.h"
#include "server/office/personedits.h"
#include "server/office/personfile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

Failure notFound()
{
    return Failure {404,
                    QStringLiteral("not_found"),
                    QStringLiteral("no such person in your scope"),
                    QStringLiteral("id"),
                    {},
                    {}};
}

Failure fromError(const Error &error)
{
    if (error.field == QLatin1String("storage"))
        return http::unavailable();
    if (error.field == QLatin1String("role"))
        return Failure {403, QStringLiteral("forbidden"), error.message, {}, {}, {}};
    return Failure {400, QStringLiteral("invalid_request"), error.message, error.field, {}, {}};
}

// "/v1/office/people/<id>" and "/v1/office/people/<id>/<part>": the id.
QString personIdOf(const CallContext &ctx)
{
    return ctx.request.path.section(QLatin1Char('/'), 4, 4);
}

http::Outcome<QPair<QDate, QDate>> period(const CallContext &ctx, int maxDays)
{
    const auto parsed =
        personPeriod(ctx.request.query.queryItemValue(QStringLiteral("from")),
                     ctx.request.query.queryItemValue(QStringLiteral("to")), maxDays);
    if (!parsed)
        return fromError(parsed.error());
    return parsed.value();
}

QJsonObject personJson(const PersonListEntry &p)
{
    return {
        {QStringLiteral("person_id"), p.personId},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("preferred_name"), p.preferredName},
        {QStringLiteral("date_of_birth"),
         p.dateOfBirth.isValid() ? QJsonValue(p.dateOfBirth.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("nhs_number"), p.nhsNumber},
        {QStringLiteral("postcode"), p.postcode}};
}

http::Outcome<QJsonObject> jsonObject(const http::Outcome<QByteArray> &raw)
{
    if (!raw)
        return raw.failure();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(raw.value(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure {400,
                        QStringLiteral("malformed_json"),
                        QStringLiteral("send a JSON object"),
                        QStringLiteral("body"),
                        {},
                        {}};
    return document.object();
}

// A communication book entry by `user` about `personId`, checked as any pushed record is.
Result<Record> commbookEntry(const User &user, const QString &personId, const QJsonObject &body,
                             const QDateTime &now)
{
    static const QStringList fields {QStringLiteral("text"), QStringLiteral("category"),
                                     QStringLiteral("audience")};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!fields.contains(it.key()))
            return Error {it.key(), QStringLiteral("is not a field of an entry")};
        if (!it.value().isString())
            return Error {it.key(), QStringLiteral("must be a string")};
    }
    Record r = consoleRecord(user, RecordType::CommbookEntry, personId, now);
    r.payload = {{QStringLiteral("text"), body.value(QLatin1String("text")).toString().trimmed()},
                 {QStringLiteral("category"), body.value(QLatin1String("category")).toString()},
                 {QStringLiteral("audience"), body.value(QLatin1String("audience")).toString()},
                 {QStringLiteral("authorName"), user.displayName},
                 {QStringLiteral("authorRole"), roleName(user.role)}};
    if (auto ok = validateRecord(r, UnknownFields::Refuse); !ok) {
        const QString field = ok.error().field.startsWith(QLatin1String("payload."))
            ? ok.error().field.mid(8)
            : ok.error().field;
        return Error {field, ok.error().message};
    }
    return r;
}

Failure editFailure(const PersonEdit &edit)
{
    switch (*edit.refusal) {
    case PersonEditRefusal::BadInput:
        return Failure {
            400, QStringLiteral("invalid_request"), edit.error.message, edit.error.field, {}, {}};
    case PersonEditRefusal::Forbidden:
        return Failure {403, QStringLiteral("forbidden"), edit.error.message, {}, {}, {}};
    case PersonEditRefusal::NotFound:
        return notFound();
    case PersonEditRefusal::Conflict:
        return Failure {
            409, QStringLiteral("version_conflict"), edit.error.message, edit.error.field, {}, {}};
    case PersonEditRefusal::Storage:
        break;
    }
    return http::unavailable();
}

} // namespace

void ApiServer::addOfficePersonRoutes()
{
    officeRoute(QStringLiteral("/v1/office/people"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officePeople(c, a); });
    officeRoute(QStringLiteral("/v1/office/people/*"), "GET",
                [this](const CallContext &c, const auth::Caller &a) {
                    return officePersonRead(c, a, QString());
                });
    for (const QString &part : {QStringLiteral("mar"), QStringLiteral("visits")})
        officeRoute(QStringLiteral("/v1/office/people/*/") + part, "GET",
                    [this, part](const CallContext &c, const auth::Caller &a) {
                        return officePersonRead(c, a, part);
                    });
    officeRoute(
        QStringLiteral("/v1/office/people"), "POST",
        [this](const CallContext &c, const auth::Caller &a) { return officePersonEdit(c, a); });
    officeRoute(
        QStringLiteral("/v1/office/people/*"), "POST",
        [this](const CallContext &c, const auth::Caller &a) { return officePersonEdit(c, a); });
    officeRoute(
        QStringLiteral("/v1/office/people/*/commbook"), "POST",
        [this](const CallContext &c, const auth::Caller &a) { return officePersonCommbook(c, a); });
}

ApiResponse ApiServer::officePeople(const CallContext &ctx, const auth::Caller &caller)
{
    const QString search = ctx.request.query.queryItemValue(QStringLiteral("q"));
    if (search.size() > 100)
        return ctx.fail(Failure {400,
                                 QStringLiteral("invalid_request"),
                                 QStringLiteral("at most 100 characters"),
                                 QStringLiteral("q"),
                                 {},
                                 {}});
    auto people = OfficePeople(m_store).list(caller.user, caller.device.id, search, ctx.now);
    if (!people)
        return ctx.fail(fromError(people.error()));
    QJsonArray list;
    for (const PersonListEntry &p : people.value())
        list.append(personJson(p));
    return ctx.reply(200, {{QStringLiteral("people"), list}});
}

ApiResponse ApiServer::officePersonRead(const CallContext &ctx, const auth::Caller &caller,
                                        const QString &part)
{
    std::optional<QPair<QDate, QDate>> days;
    if (!part.isEmpty()) {
        const auto p =
            period(ctx, part == QLatin1String("mar") ? MaxMarChartDays : MaxVisitHistoryDays);
        if (!p)
            return ctx.fail(p.failure());
        days = p.value();
    }
    OfficePeople people(m_store);
    const QString personId = personIdOf(ctx);
    auto records = people.read(caller.user, caller.device.id, personId,
                               QStringLiteral("office person file ")
                                   + (part.isEmpty() ? QStringLiteral("details") : part),
                               ctx.now);
    if (!records)
        return ctx.fail(fromError(records.error()));
    if (!records.value())
        return ctx.fail(notFound());
    auto names = people.userNames(caller.user.orgId);
    if (!names)
        return ctx.fail(fromError(names.error()));
    const QList<Record> &all = *records.value();
    if (part.isEmpty())
        return ctx.reply(200, personFileJson(personId, all, names.value(), ctx.now));
    if (part == QLatin1String("visits")) {
        auto visits = personVisitsJson(all, days->first, days->second, names.value(), ctx.now);
        if (!visits)
            return ctx.fail(fromError(visits.error()));
        return ctx.reply(200, visits.value());
    }
    auto chart = personMarChart(all, days->first, days->second, ctx.now);
    if (!chart)
        return ctx.fail(fromError(chart.error()));
    QJsonObject body = marChartJson(chart.value(), names.value());
    body.insert(QStringLiteral("from"), days->first.toString(Qt::ISODate));
    body.insert(QStringLiteral("to"), days->second.toString(Qt::ISODate));
    return ctx.reply(200, body);
}

ApiResponse ApiServer::officePersonCommbook(const CallContext &ctx, const auth::Caller &caller)
{
    const QString personId = personIdOf(ctx);
    // Out of scope or another organisation's: 404, before anything is written.
    auto visible = OfficePeople(m_store).inScope(caller.user, personId, ctx.now);
    if (!visible)
        return ctx.fail(fromError(visible.error()));
    if (!visible.value())
        return ctx.fail(notFound());
    const auto object = jsonObject(body(ctx));
    if (!object)
        return ctx.fail(object.failure());
    auto record = commbookEntry(caller.user, personId, object.value(), ctx.now);
    if (!record)
        return ctx.fail(fromError(record.error()));
    auto stored = m_scope.pushFromConsole(caller.user.id, {record.value()}, ctx.now);
    if (!stored)
        return ctx.fail(http::unavailable());
    const PutResult &result = stored.value().constFirst();
    if (result.status == PutStatus::Rejected)
        return ctx.fail(Failure {
            403, QStringLiteral("forbidden"), result.error.message, result.error.field, {}, {}});
    return ctx.reply(
        201,
        {{QStringLiteral("record_id"), record.value().id}, {QStringLiteral("seq"), result.seq}});
}

} // namespace careround::server::api

namespace careround::server::api {

ApiResponse ApiServer::officePersonEdit(const CallContext &ctx, const auth::Caller &caller)
{
    const auto object = jsonObject(body(ctx));
    if (!object)
        return ctx.fail(object.failure());
    const QString personId = personIdOf(ctx);
    PersonEdits edits(m_store, m_scope);
    const PersonEdit edit = personId.isEmpty()
        ? edits.create(caller.user, object.value(), ctx.now)
        : edits.amend(caller.user, personId, object.value(), ctx.now);
    if (!edit.ok())
        return ctx.fail(editFailure(edit));
    return ctx.reply(personId.isEmpty() ? 201 : 200,
                     {{QStringLiteral("person_id"), edit.personId},
                      {QStringLiteral("record_id"), edit.recordId},
                      {QStringLiteral("version"), edit.version}});
}

} // namespace careround::server::api
