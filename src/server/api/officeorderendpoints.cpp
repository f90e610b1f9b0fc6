// Medication orders in the console (docs/office.md, "Medication orders"):
//   GET  /v1/office/people/<id>/orders        current orders, each with its history (audited read)
//   POST /v1/office/people/<id>/orders        {order}: a new order (201)
//   POST /v1/office/orders/<orderId>/amend    {version, reason, changes}: an amendment (200)
//   POST /v1/office/orders/<orderId>/stop     {version, reason, stop_date}: an amendment (200)
// Writes are a coordinator's (403 otherwise) and go through ScopeService::pushFromConsole like a
// phone's; `version` must be the current one (409 otherwise: a second coordinator's stale edit is
// refused, never overwritten). A person or order out of scope is 404.
#include "apiserver.h"
#include "officereply.h"

#include "core/recordtypes.h"
#include "server/office/officepeople.h"
#include "server/office/orderedits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

const QString kConsoleNode = QStringLiteral("office-console");

Failure failure(int status, const QString &code, const QString &message, const QString &field = {})
{
    return Failure {status, code, message, field, {}, {}};
}

Failure notFound(const QString &what)
{
    return failure(404, QStringLiteral("not_found"),
                   QStringLiteral("no such %1 in your scope").arg(what), QStringLiteral("id"));
}

Failure mapError(const Error &error)
{
    if (error.field == QLatin1String("storage"))
        return http::unavailable();
    if (error.field == QLatin1String("role"))
        return failure(403, QStringLiteral("forbidden"), error.message);
    if (isStaleVersion(error))
        return failure(409, QStringLiteral("stale_version"), error.message, error.field);
    return failure(400, QStringLiteral("invalid_request"), error.message, error.field);
}

// `path` segment `index` ("/v1/office/people/<id>/orders": 4; "/v1/office/orders/<id>/x": 4).
QString segment(const CallContext &ctx, int index)
{
    return ctx.request.path.section(QLatin1Char('/'), index, index);
}

// The body as a JSON object whose members are all in `allowed`.
http::Outcome<QJsonObject> objectBody(const QByteArray &raw, const QStringList &allowed)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(400, QStringLiteral("malformed_json"), QStringLiteral("send a JSON object"),
                       QStringLiteral("body"));
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return failure(400, QStringLiteral("invalid_request"),
                           QStringLiteral("is not a field of this request"), it.key());
    return object;
}

Result<void> requireCoordinator(const User &user)
{
    if (user.role != Role::Coordinator)
        return Error {QStringLiteral("role"),
                      QStringLiteral("only a coordinator may write medication orders")};
    return {};
}

QJsonObject versionJson(const OrderVersion &v, const OrderVersion *previous,
                        const QHash<QString, QString> &names)
{
    QJsonArray changes;
    for (const QString &field : v.changedFields)
        changes.append(QJsonObject {{QStringLiteral("field"), field},
                                    {QStringLiteral("from"), previous->payload.value(field)},
                                    {QStringLiteral("to"), v.payload.value(field)}});
    return {{QStringLiteral("version"), v.number},
            {QStringLiteral("record_id"), v.recordId},
            {QStringLiteral("author"), names.value(v.authorUserId)},
            {QStringLiteral("at"), v.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"), v.reason},
            {QStringLiteral("changes"), changes}};
}

QJsonObject orderJson(const OrderHistory &history, const QHash<QString, QString> &names,
                      const QDate &today)
{
    QJsonArray versions;
    for (int i = 0; i < history.versions.size(); ++i)
        versions.append(versionJson(history.versions.at(i),
                                    i > 0 ? &history.versions.at(i - 1) : nullptr, names));
    const QDate stop = QDate::fromString(
        history.current().payload.value(QLatin1String("stopDate")).toString(), Qt::ISODate);
    return {{QStringLiteral("order_id"), history.orderId},
            {QStringLiteral("version"), history.current().number},
            {QStringLiteral("stopped"), stop.isValid() && stop < today},
            {QStringLiteral("order"), history.current().payload},
            {QStringLiteral("history"), versions}};
}

} // namespace

void ApiServer::addOfficeOrderRoutes()
{
    officeRoute(QStringLiteral("/v1/office/people/*/orders"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeOrders(c, a); });
    officeRoute(
        QStringLiteral("/v1/office/people/*/orders"), "POST",
        [this](const CallContext &c, const auth::Caller &a) { return officeOrderCreate(c, a); });
    for (const QString &action : {QStringLiteral("amend"), QStringLiteral("stop")})
        officeRoute(QStringLiteral("/v1/office/orders/*/") + action, "POST",
                    [this, action](const CallContext &c, const auth::Caller &a) {
                        return officeOrderAmend(c, a, action);
                    });
}

ApiResponse ApiServer::officeOrders(const CallContext &ctx, const auth::Caller &caller)
{
    OfficePeople people(m_store);
    const QString personId = segment(ctx, 4);
    auto records = people.read(caller.user, caller.device.id, personId,
                               QStringLiteral("office medication orders"), ctx.now);
    if (!records)
        return ctx.fail(mapError(records.error()));
    if (!records.value())
        return ctx.fail(notFound(QStringLiteral("person")));
    auto names = people.userNames(caller.user.orgId);
    if (!names)
        return ctx.fail(mapError(names.error()));
    QJsonArray orders;
    for (const OrderHistory &h : medicationOrderHistories(*records.value()))
        orders.append(orderJson(h, names.value(), ukDay(ctx.now)));
    return ctx.reply(200, {{QStringLiteral("orders"), orders}});
}

ApiResponse ApiServer::officeOrderCreate(const CallContext &ctx, const auth::Caller &caller)
{
    if (auto ok = requireCoordinator(caller.user); !ok)
        return ctx.fail(mapError(ok.error()));
    const QString personId = segment(ctx, 4);
    auto visible = OfficePeople(m_store).inScope(caller.user, personId, ctx.now);
    if (!visible)
        return ctx.fail(mapError(visible.error()));
    if (!visible.value())
        return ctx.fail(notFound(QStringLiteral("person")));
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto request = objectBody(raw.value(), {QStringLiteral("order")});
    if (!request)
        return ctx.fail(request.failure());
    if (!request.value().value(QLatin1String("order")).isObject())
        return ctx.fail(failure(400, QStringLiteral("invalid_request"),
                                QStringLiteral("send the order as an object"),
                                QStringLiteral("order")));
    auto record = newMedicationOrder(OrderWriter {caller.user.id, kConsoleNode, ctx.now}, personId,
                                     request.value().value(QLatin1String("order")).toObject());
    if (!record)
        return ctx.fail(mapError(record.error()));
    return storeOrderRecord(ctx, caller, record.value(), 201, 1);
}

ApiResponse ApiServer::officeOrderAmend(const CallContext &ctx, const auth::Caller &caller,
                                        const QString &action)
{
    if (auto ok = requireCoordinator(caller.user); !ok)
        return ctx.fail(mapError(ok.error()));
    const QString orderId = segment(ctx, 4);
    auto stored = m_store.record(caller.user.orgId, orderId);
    if (!stored)
        return ctx.fail(http::unavailable());
    if (!stored.value()
        || stored.value()->record.type != QLatin1String(RecordType::MedicationOrder))
        return ctx.fail(notFound(QStringLiteral("order")));
    const QString personId = stored.value()->record.personId;
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const bool stop = action == QLatin1String("stop");
    const auto request =
        objectBody(raw.value(),
                   {QStringLiteral("version"), QStringLiteral("reason"),
                    stop ? QStringLiteral("stop_date") : QStringLiteral("changes")});
    if (!request)
        return ctx.fail(request.failure());
    const QJsonObject &r = request.value();
    if (!r.value(QLatin1String("version")).isDouble())
        return ctx.fail(failure(400, QStringLiteral("invalid_request"),
                                QStringLiteral("is required: the version you edited"),
                                QStringLiteral("version")));
    if (!r.value(QLatin1String("reason")).isString())
        return ctx.fail(failure(400, QStringLiteral("invalid_request"),
                                QStringLiteral("is required"), QStringLiteral("reason")));
    const QDate lastDay =
        QDate::fromString(r.value(QLatin1String("stop_date")).toString(), Qt::ISODate);
    if (stop && !lastDay.isValid())
        return ctx.fail(failure(400, QStringLiteral("invalid_request"),
                                QStringLiteral("must be a date, yyyy-MM-dd (the last day given)"),
                                QStringLiteral("stop_date")));
    if (!stop && !r.value(QLatin1String("changes")).isObject())
        return ctx.fail(failure(400, QStringLiteral("invalid_request"),
                                QStringLiteral("send the changed fields as an object"),
                                QStringLiteral("changes")));
    OfficePeople people(m_store);
    auto records = people.read(caller.user, caller.device.id, personId,
                               QStringLiteral("office medication order ") + action, ctx.now);
    if (!records)
        return ctx.fail(mapError(records.error()));
    if (!records.value())
        return ctx.fail(notFound(QStringLiteral("order")));
    std::optional<OrderHistory> history;
    for (const OrderHistory &h : medicationOrderHistories(*records.value()))
        if (h.orderId == orderId)
            history = h;
    if (!history)
        return ctx.fail(notFound(QStringLiteral("order")));
    const QString reason = r.value(QLatin1String("reason")).toString();
    const QJsonObject replacement = stop
        ? stoppedOrder(history->current().payload, lastDay, reason)
        : withChanges(history->current().payload, r.value(QLatin1String("changes")).toObject());
    auto amendment =
        amendMedicationOrder(OrderWriter {caller.user.id, kConsoleNode, ctx.now}, *history,
                             r.value(QLatin1String("version")).toInt(), replacement, reason);
    if (!amendment)
        return ctx.fail(mapError(amendment.error()));
    return storeOrderRecord(ctx, caller, amendment.value(), 200, history->current().number + 1);
}

ApiResponse ApiServer::storeOrderRecord(const CallContext &ctx, const auth::Caller &caller,
                                        const Record &record, int status, int version)
{
    auto stored = m_scope.pushFromConsole(caller.user.id, {record}, ctx.now);
    if (!stored)
        return ctx.fail(http::unavailable());
    const PutResult &result = stored.value().constFirst();
    if (result.status == PutStatus::Rejected)
        return ctx.fail(
            failure(403, QStringLiteral("forbidden"), result.error.message, result.error.field));
    const QString orderId = record.amends.isEmpty() ? record.id : record.amends;
    return ctx.reply(status,
                     {{QStringLiteral("order_id"), orderId},
                      {QStringLiteral("record_id"), record.id},
                      {QStringLiteral("version"), version},
                      {QStringLiteral("seq"), result.seq}});
}

} // namespace careround::server::api
