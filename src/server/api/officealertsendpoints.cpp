// The office's alerts inbox (docs/office.md "Alerts inbox"):
//   GET  /v1/office/alerts?state=&rule=&severity=   the alerts in the caller's scope, folded
//   GET  /v1/office/alerts/summary                   counts for the console's header
//   GET  /v1/office/alerts/<id>                      one alert, its history and who may take it
//   POST /v1/office/alerts/<id>/{acknowledge,assign,resolve}  {assignee_user_id, note}
// An action is an alert.action record pushed through ScopeService::push, as a phone's records are
// (write rules, time bounds, audit, sync to the devices that hold the alert).
#include "apiserver.h"

#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "server/office/alertinbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

constexpr int kMaxShown = 500;
constexpr int kMaxBodyString = 4 * AlertNoteMaxLength;

Failure badRequest(const QString &field, const QString &message)
{
    return Failure {400, QStringLiteral("invalid_request"), message, field, {}, {}};
}

Failure notFound()
{
    return Failure {404,
                    QStringLiteral("not_found"),
                    QStringLiteral("no such alert in your scope"),
                    QStringLiteral("id"),
                    {},
                    {}};
}

Failure storageFailure(const Error &error)
{
    if (error.field == QLatin1String("storage"))
        return http::unavailable();
    return Failure {403, QStringLiteral("forbidden"), error.message, {}, {}, {}};
}

class Names
{
public:
    explicit Names(const QList<User> &users)
    {
        for (const User &user : users)
            m_users.insert(user.id, user);
    }
    QJsonValue who(const QString &userId) const
    {
        if (userId.isEmpty())
            return QJsonValue::Null;
        const QString name = userId == QLatin1String("careround-server")
            ? QStringLiteral("CareRound server")
            : m_users.value(userId).displayName;
        return QJsonObject {{QStringLiteral("id"), userId}, {QStringLiteral("name"), name}};
    }
    const QHash<QString, User> &users() const { return m_users; }

private:
    QHash<QString, User> m_users;
};

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue::Null;
}

QJsonObject alertJson(const InboxAlert &alert, const Names &names)
{
    const Record &r = alert.stored.record;
    const AlertState &s = alert.state;
    QJsonArray history;
    for (const AlertHistoryEntry &entry : s.history)
        history.append(QJsonObject {{QStringLiteral("id"), entry.recordId},
                                    {QStringLiteral("action"), entry.action},
                                    {QStringLiteral("by"), names.who(entry.byUserId)},
                                    {QStringLiteral("at"), timeJson(entry.at)},
                                    {QStringLiteral("note"), entry.note},
                                    {QStringLiteral("assignee"), names.who(entry.assigneeUserId)},
                                    {QStringLiteral("effective"), entry.effective}});
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("rule"), alert.rule()},
        {QStringLiteral("severity"), alert.severity()},
        {QStringLiteral("summary"), r.payload.value(QLatin1String("summary")).toString()},
        {QStringLiteral("person_id"), r.personId},
        {QStringLiteral("person_name"), alert.personName},
        {QStringLiteral("visit_id"), r.visitId},
        {QStringLiteral("subject"),
         names.who(r.payload.value(QLatin1String("subjectUserId")).toString())},
        {QStringLiteral("related_record_ids"), r.payload.value(QLatin1String("relatedRecordIds"))},
        {QStringLiteral("care_day"), r.careDay.toString(Qt::ISODate)},
        {QStringLiteral("occurred_at"), timeJson(r.deviceTime)},
        {QStringLiteral("raised_at"), timeJson(alert.stored.receivedAt)},
        {QStringLiteral("status"), alertStatusName(s.status)},
        {QStringLiteral("acknowledged_by"), names.who(s.acknowledgedBy)},
        {QStringLiteral("acknowledged_at"), timeJson(s.acknowledgedAt)},
        {QStringLiteral("assignee"), names.who(s.assigneeUserId)},
        {QStringLiteral("resolved_by"), names.who(s.resolvedBy)},
        {QStringLiteral("resolved_at"), timeJson(s.resolvedAt)},
        {QStringLiteral("resolution_note"), s.resolutionNote},
        {QStringLiteral("history"), history},
    };
}

QJsonObject countsJson(const QList<InboxAlert> &alerts, const QString &viewerId)
{
    int open = 0, acknowledged = 0, resolved = 0, mine = 0, urgent = 0;
    for (const InboxAlert &alert : alerts) {
        open += alert.state.status == AlertStatus::Open;
        acknowledged += alert.state.status == AlertStatus::Acknowledged;
        resolved += alert.state.status == AlertStatus::Resolved;
        mine += matchesFilter(alert, AlertFilter {QStringLiteral("mine"), {}, {}}, viewerId);
        urgent += alert.unacknowledgedUrgent();
    }
    return {{QStringLiteral("open"), open},
            {QStringLiteral("acknowledged"), acknowledged},
            {QStringLiteral("resolved"), resolved},
            {QStringLiteral("assigned_to_me"), mine},
            {QStringLiteral("unacknowledged_urgent"), urgent}};
}

http::Outcome<AlertFilter> filterFrom(const QUrlQuery &query)
{
    AlertFilter filter;
    const auto one = [&](const QString &name, const QStringList &allowed,
                         QString &into) -> std::optional<Failure> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        const QString value = query.queryItemValue(name);
        if (!value.isEmpty() && !allowed.contains(value))
            return badRequest(
                name, QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
        into = value.isEmpty() ? into : value;
        return std::nullopt;
    };
    static const QStringList severities {QStringLiteral("urgent"), QStringLiteral("warning"),
                                         QStringLiteral("info")};
    if (auto bad = one(QStringLiteral("state"), alertFilterStates(), filter.state))
        return *bad;
    if (auto bad = one(QStringLiteral("severity"), severities, filter.severity))
        return *bad;
    // Rules: any word of the rule's form (the alerts issue adds rules; an unknown one matches
    // nothing rather than failing a saved link).
    if (query.hasQueryItem(QStringLiteral("rule"))) {
        const QString rule = query.queryItemValue(QStringLiteral("rule"));
        if (rule.size() > 64 || rule.contains(QLatin1Char(' ')))
            return badRequest(QStringLiteral("rule"), QStringLiteral("is not a rule name"));
        filter.rule = rule;
    }
    return filter;
}

http::Outcome<AlertActionRequest> actionBody(const QByteArray &raw, const QString &action)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(raw.isEmpty() ? "{}" : raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure {400,
                        QStringLiteral("malformed_json"),
                        QStringLiteral("send a JSON object"),
                        QStringLiteral("body"),
                        {},
                        {}};
    const QJsonObject body = document.object();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("note") && it.key() != QLatin1String("assignee_user_id"))
            return badRequest(it.key(), QStringLiteral("is not a field of an alert action"));
        if (!it.value().isString() || it.value().toString().size() > kMaxBodyString)
            return badRequest(it.key(),
                              QStringLiteral("must be a string of at most %1 characters")
                                  .arg(AlertNoteMaxLength));
    }
    return AlertActionRequest {action, body.value(QLatin1String("assignee_user_id")).toString(),
                               body.value(QLatin1String("note")).toString().trimmed()};
}

QString bodyField(const QString &recordField)
{
    if (recordField == QLatin1String("payload.note"))
        return QStringLiteral("note");
    if (recordField == QLatin1String("payload.assigneeUserId")
        || recordField == QLatin1String("assigneeUserId"))
        return QStringLiteral("assignee_user_id");
    return recordField;
}

} // namespace

void ApiServer::addOfficeAlertRoutes()
{
    officeRoute(QStringLiteral("/v1/office/alerts"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeAlerts(c, a); });
    officeRoute(
        QStringLiteral("/v1/office/alerts/summary"), "GET",
        [this](const CallContext &c, const auth::Caller &a) { return officeAlertSummary(c, a); });
    officeRoute(QStringLiteral("/v1/office/alerts/*"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeAlert(c, a); });
    for (const QString &action : alertActionNames()) {
        officeRoute(QStringLiteral("/v1/office/alerts/*/%1").arg(action), "POST",
                    [this, action](const CallContext &c, const auth::Caller &a) {
                        return officeAlertAction(c, a, action);
                    });
    }
}

http::Outcome<AlertViewer> ApiServer::alertViewer(const CallContext &ctx,
                                                  const auth::Caller &caller)
{
    auto viewer = alertViewerFor(m_store, m_scope, caller.user, caller.device.id, ctx.now);
    if (!viewer)
        return storageFailure(viewer.error());
    return viewer.value();
}

ApiResponse ApiServer::officeAlerts(const CallContext &ctx, const auth::Caller &caller)
{
    const auto viewer = alertViewer(ctx, caller);
    if (!viewer)
        return ctx.fail(viewer.failure());
    const auto filter = filterFrom(ctx.request.query);
    if (!filter)
        return ctx.fail(filter.failure());
    AlertInbox inbox(m_store);
    const auto alerts = inbox.alerts(viewer.value());
    const auto users = m_store.usersInOrg(caller.user.orgId);
    if (!alerts || !users)
        return ctx.fail(http::unavailable());
    QList<InboxAlert> shown;
    int matching = 0;
    for (const InboxAlert &alert : alerts.value()) {
        if (!matchesFilter(alert, filter.value(), caller.user.id))
            continue;
        ++matching;
        if (shown.size() < kMaxShown)
            shown.append(alert);
    }
    if (!inbox.auditRead(viewer.value(), shown, ctx.now))
        return ctx.fail(http::unavailable());
    const Names names(users.value());
    QJsonArray list;
    for (const InboxAlert &alert : shown)
        list.append(alertJson(alert, names));
    return ctx.reply(
        200,
        QJsonObject {{QStringLiteral("alerts"), list},
                     {QStringLiteral("matching"), matching},
                     {QStringLiteral("shown"), int(shown.size())},
                     {QStringLiteral("counts"), countsJson(alerts.value(), caller.user.id)}});
}

ApiResponse ApiServer::officeAlertSummary(const CallContext &ctx, const auth::Caller &caller)
{
    const auto viewer = alertViewer(ctx, caller);
    if (!viewer)
        return ctx.fail(viewer.failure());
    const auto alerts = AlertInbox(m_store).alerts(viewer.value());
    if (!alerts)
        return ctx.fail(http::unavailable());
    return ctx.reply(200, countsJson(alerts.value(), caller.user.id));
}

ApiResponse ApiServer::officeAlert(const CallContext &ctx, const auth::Caller &caller)
{
    const auto viewer = alertViewer(ctx, caller);
    if (!viewer)
        return ctx.fail(viewer.failure());
    const QString alertId = ctx.request.path.section(QLatin1Char('/'), -1);
    AlertInbox inbox(m_store);
    const auto found = inbox.alert(viewer.value(), alertId);
    const auto users = m_store.usersInOrg(caller.user.orgId);
    if (!found || !users)
        return ctx.fail(http::unavailable());
    if (!found.value())
        return ctx.fail(notFound());
    if (!inbox.auditRead(viewer.value(), {*found.value()}, ctx.now))
        return ctx.fail(http::unavailable());
    // Who it may be assigned to: active office colleagues who see it.
    QJsonArray colleagues;
    for (const User &user : users.value()) {
        if (user.disabled
            || (user.role != Role::Coordinator && user.role != Role::Supervisor
                && user.role != Role::Therapist))
            continue;
        const auto theirs = alertViewerFor(m_store, m_scope, user, {}, ctx.now);
        if (theirs && theirs.value().sees(found.value()->stored.record))
            colleagues.append(QJsonObject {{QStringLiteral("id"), user.id},
                                           {QStringLiteral("name"), user.displayName},
                                           {QStringLiteral("role"), roleName(user.role)}});
    }
    QJsonObject body = alertJson(*found.value(), Names(users.value()));
    body.insert(QStringLiteral("colleagues"), colleagues);
    return ctx.reply(200, body);
}

ApiResponse ApiServer::officeAlertAction(const CallContext &ctx, const auth::Caller &caller,
                                         const QString &action)
{
    const auto viewer = alertViewer(ctx, caller);
    if (!viewer)
        return ctx.fail(viewer.failure());
    const QString alertId = ctx.request.path.section(QLatin1Char('/'), -2, -2);
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto request = actionBody(raw.value(), action);
    if (!request)
        return ctx.fail(request.failure());
    AlertInbox inbox(m_store);
    const auto found = inbox.alert(viewer.value(), alertId);
    if (!found)
        return ctx.fail(http::unavailable());
    if (!found.value())
        return ctx.fail(notFound());
    const InboxAlert &alert = *found.value();
    const Record record =
        alertActionRecord(alert, caller.user, caller.device.id, request.value(), ctx.now);
    if (auto valid = validateRecord(record, UnknownFields::Refuse); !valid)
        return ctx.fail(badRequest(bodyField(valid.error().field), valid.error().message));
    if (auto allowed = checkAlertAction(alert.state, action, request.value().assigneeUserId);
        !allowed)
        return ctx.fail(Failure {409,
                                 QStringLiteral("alert_action_refused"),
                                 allowed.error().message,
                                 bodyField(allowed.error().field),
                                 {},
                                 {}});
    if (action == QLatin1String(AlertActionName::Assign)) {
        const auto assignee = m_store.user(request.value().assigneeUserId);
        if (!assignee)
            return ctx.fail(http::unavailable());
        const auto theirs = assignee.value() && assignee.value()->orgId == caller.user.orgId
            ? alertViewerFor(m_store, m_scope, *assignee.value(), {}, ctx.now)
            : Result<AlertViewer>(Error {QStringLiteral("userId"), {}});
        if (!theirs || !theirs.value().sees(alert.stored.record))
            return ctx.fail(badRequest(QStringLiteral("assignee_user_id"),
                                       QStringLiteral("is not an office colleague who can see "
                                                      "this alert")));
    }
    // A browser has no enrolled device: the console's own write path (same write rules).
    const auto pushed = caller.device.id.isEmpty()
        ? m_scope.pushFromConsole(caller.user.id, {record}, ctx.now)
        : m_scope.push(caller.user.id, caller.device.id, {record}, ctx.now);
    if (!pushed)
        return ctx.fail(storageFailure(pushed.error()));
    const PutResult &result = pushed.value().first();
    if (result.status == PutStatus::Rejected)
        return ctx.fail(Failure {403,
                                 QStringLiteral("forbidden"),
                                 result.error.message,
                                 bodyField(result.error.field),
                                 {},
                                 {}});
    const auto after = inbox.alert(viewer.value(), alertId);
    const auto users = m_store.usersInOrg(caller.user.orgId);
    if (!after || !after.value() || !users)
        return ctx.fail(http::unavailable());
    return ctx.reply(200, alertJson(*after.value(), Names(users.value())));
}

} // namespace careround::server::api
