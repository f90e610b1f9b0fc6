#include "apiserver.h"

#include "decoders.h"

#include "server/auth/secrets.h"
#include "server/http/jsonlog.h"

#include <QJsonArray>

namespace careround::server::api {

using http::ApiRequest;
using http::ApiResponse;
using http::Failure;

ApiServer::ApiServer(ServerStore &store, http::HttpHost &host, ApiOptions options)
    : m_store(store)
    , m_host(host)
    , m_options(std::move(options))
    , m_auth(store, m_options.auth)
    , m_browserSessions(store, m_options.browser)
    , m_officeSignIn(store, m_browserSessions,
                     m_options.totpSealer ? *m_options.totpSealer
                                          : auth::TotpSealer::fromKey(auth::randomBytes(32)),
                     m_options.officeSignIn)
    , m_scope(store)
    , m_backlog(store)
    , m_office(store)
{
    m_host.setCommonHeaders(
        {{QByteArray(kProtocolResponseHeader), QByteArray::number(kProtocolVersion)},
         {"Cache-Control", "no-store"}});
    route(QStringLiteral("/v1/health"), "GET", [this](const CallContext &c) { return health(c); });
    route(QStringLiteral("/v1/auth/login"), "POST",
          [this](const CallContext &c) { return login(c); });
    route(QStringLiteral("/v1/auth/enrol"), "POST",
          [this](const CallContext &c) { return enrol(c); });
    route(QStringLiteral("/v1/auth/refresh"), "POST",
          [this](const CallContext &c) { return refresh(c); });
    authedRoute(QStringLiteral("/v1/auth/logout"), "POST",
                [this](const CallContext &c, const auth::Caller &a) { return logout(c, a); });
    authedRoute(QStringLiteral("/v1/me"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return me(c, a); });
    authedRoute(QStringLiteral("/v1/sync/push"), "POST",
                [this](const CallContext &c, const auth::Caller &a) { return push(c, a); });
    authedRoute(QStringLiteral("/v1/sync/pull"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return pull(c, a); });
    authedRoute(QStringLiteral("/v1/sync/purged"), "POST",
                [this](const CallContext &c, const auth::Caller &a) { return purged(c, a); });
    authedRoute(QStringLiteral("/v1/records/*"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return recordById(c, a); });
    route(QStringLiteral("/v1/escrow"), "POST", [this](const CallContext &c) { return escrow(c); });
    officeRoute(QStringLiteral("/v1/office/visits"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeVisits(c, a); });
    officeRoute(QStringLiteral("/v1/office/hours"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeHours(c, a); });
    officeRoute(
        QStringLiteral("/v1/office/spot-checks"), "GET",
        [this](const CallContext &c, const auth::Caller &a) { return officeSpotChecks(c, a); });
    officeRoute(QStringLiteral("/v1/office/records/*"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return recordById(c, a); });
    addOfficeSessionRoutes();
    addOfficeKpiRoutes();
    addOfficePersonRoutes();
    addOfficeFhirRoutes();
    addOfficeOrderRoutes();
    addOfficeEventRoutes();
    addOfficeAlertRoutes();
    officeRoute(
        QStringLiteral("/v1/office/devices"), "GET",
        [this](const CallContext &c, const auth::Caller &a) { return officeDevices(c, a); });
}

void ApiServer::route(const QString &path, const QByteArray &method, Handler handler)
{
    m_host.addRoute(path, method, [this, handler = std::move(handler)](const ApiRequest &request) {
        // The host's clock (HttpHost::Options::clock; serve --test-clock-offset-file moves it).
        CallContext ctx {request, kProtocolVersion, std::nullopt,
                         QDateTime::fromMSecsSinceEpoch(request.receivedAtMs, Qt::UTC)};
        const auto version = negotiateProtocol(request.header(kProtocolHeader));
        if (!version)
            return ctx.fail(version.failure());
        ctx.protocol = version.value();
        if (const auto repeated = repeatedQueryParameter(request.query))
            return ctx.fail(Failure {400,
                                     QStringLiteral("invalid_request"),
                                     QStringLiteral("query parameter %1 is given more than once")
                                         .arg(repeated->left(40)),
                                     repeated->left(40),
                                     {},
                                     {}});
        const auto skew = clockSkewMs(request.header(kDeviceTimeHeader), request.receivedAtMs);
        if (!skew)
            return ctx.fail(Failure {400,
                                     QStringLiteral("invalid_device_time"),
                                     skew.error().message,
                                     skew.error().field,
                                     {},
                                     {}});
        ctx.clockSkewMs = skew.value();
        const auto pending = backlogReport(
            request.header(kPendingRecordsHeader), request.header(kPendingSinceHeader),
            request.header(kPendingVisitsHeader), request.headers.contains(kPendingVisitsHeader));
        if (!pending)
            return ctx.fail(Failure {400,
                                     QStringLiteral("invalid_pending_records"),
                                     pending.error().message,
                                     pending.error().field,
                                     {},
                                     {}});
        ctx.backlog = pending.value();
        return handler(ctx);
    });
}

void ApiServer::authedRoute(const QString &path, const QByteArray &method, AuthedHandler handler)
{
    route(path, method, [this, handler = std::move(handler)](const CallContext &ctx) {
        const auto caller = m_auth.authenticate(ctx.request.header("authorization"), ctx.now);
        if (!caller)
            return ctx.fail(caller.failure());
        if (ctx.backlog && !caller.value().device.id.isEmpty())
            m_backlog.report(caller.value().device.id, *ctx.backlog, ctx.now);
        if (ctx.clockSkewMs && !caller.value().device.id.isEmpty())
            m_backlog.reportClock(caller.value().device.id, *ctx.clockSkewMs, ctx.now);
        ApiResponse response = handler(ctx, caller.value());
        response.logUserId = caller.value().user.id;
        response.logDeviceId = caller.value().device.id;
        return response;
    });
}

http::Outcome<QByteArray> ApiServer::body(const CallContext &ctx) const
{
    return decodeRequestBody(ctx.request, m_options.maxBodyBytes);
}

namespace {
Failure badInput(const Error &error, const QString &code = QStringLiteral("invalid_request"))
{
    return Failure {400, code, error.message, error.field, {}, {}};
}
Failure decodeFailure(const Error &error)
{
    const bool malformed = error.field == QLatin1String("body");
    return badInput(
        error, malformed ? QStringLiteral("malformed_json") : QStringLiteral("invalid_request"));
}
} // namespace

ApiResponse ApiServer::health(const CallContext &ctx)
{
    QJsonArray versions;
    for (int v : kSupportedProtocolVersions)
        versions.append(QString::number(v));
    const auto health = m_store.health();
    QJsonObject body {
        {QStringLiteral("status"), health ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("backend"), m_options.backendName},
        {QStringLiteral("supported_protocols"), versions}};
    if (!health)
        http::JsonLog::error(QStringLiteral("health_failed"),
                             {{QStringLiteral("detail"), health.error().message.left(200)}});
    return ctx.reply(health ? 200 : 503, body);
}

ApiResponse ApiServer::login(const CallContext &ctx)
{
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto decoded = decodeLoginBody(raw.value());
    if (!decoded)
        return ctx.fail(decodeFailure(decoded.error()));
    const auto offer = m_auth.login(decoded.value().login, decoded.value().password,
                                    ctx.request.remoteAddress.toString(), ctx.now);
    if (!offer)
        return ctx.fail(offer.failure());
    const auto &o = offer.value();
    ApiResponse response =
        ctx.reply(200,
                  {{QStringLiteral("enrolment_token"), QString::fromLatin1(o.enrolmentToken)},
                   {QStringLiteral("challenge"), QString::fromLatin1(o.challenge.toBase64())},
                   {QStringLiteral("expires_in"), o.expiresInSeconds},
                   {QStringLiteral("user_id"), o.user.id},
                   {QStringLiteral("role"), roleName(o.user.role)}});
    response.logUserId = o.user.id;
    return response;
}

ApiResponse ApiServer::enrol(const CallContext &ctx)
{
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto decoded = decodeEnrolBody(raw.value());
    if (!decoded)
        return ctx.fail(decodeFailure(decoded.error()));
    const auto &d = decoded.value();
    const auto enrolled =
        m_auth.enrol(d.enrolmentToken, d.publicKey, d.signature, d.label, ctx.now);
    if (!enrolled)
        return ctx.fail(enrolled.failure());
    const auth::Enrolment &e = enrolled.value();
    QJsonObject user {{QStringLiteral("id"), e.user.id},
                      {QStringLiteral("role"), roleName(e.user.role)},
                      {QStringLiteral("display_name"), e.user.displayName},
                      {QStringLiteral("org_id"), e.user.orgId}};
    QJsonObject org {{QStringLiteral("id"), e.organisation.id},
                     {QStringLiteral("name"), e.organisation.name},
                     {QStringLiteral("escrow_public_key"),
                      QString::fromLatin1(e.organisation.escrowPublicKey.toBase64())}};
    ApiResponse response =
        ctx.reply(200,
                  {{QStringLiteral("device_id"), e.device.id},
                   {QStringLiteral("reenrolled"), e.reenrolled},
                   {QStringLiteral("user"), user},
                   {QStringLiteral("organisation"), org},
                   {QStringLiteral("access_token"), QString::fromLatin1(e.tokens.accessToken)},
                   {QStringLiteral("access_expires_in"), e.tokens.accessExpiresInSeconds},
                   {QStringLiteral("refresh_token"), QString::fromLatin1(e.tokens.refreshToken)},
                   {QStringLiteral("refresh_expires_in"), e.tokens.refreshExpiresInSeconds}});
    response.logUserId = e.user.id;
    response.logDeviceId = e.device.id;
    return response;
}

ApiResponse ApiServer::refresh(const CallContext &ctx)
{
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto token = decodeRefreshBody(raw.value());
    if (!token)
        return ctx.fail(decodeFailure(token.error()));
    const auto pair = m_auth.refresh(token.value(), ctx.now);
    if (!pair)
        return ctx.fail(pair.failure());
    return ctx.reply(
        200,
        {{QStringLiteral("access_token"), QString::fromLatin1(pair.value().accessToken)},
         {QStringLiteral("access_expires_in"), pair.value().accessExpiresInSeconds},
         {QStringLiteral("refresh_token"), QString::fromLatin1(pair.value().refreshToken)},
         {QStringLiteral("refresh_expires_in"), pair.value().refreshExpiresInSeconds}});
}

ApiResponse ApiServer::logout(const CallContext &ctx, const auth::Caller &caller)
{
    const auto done = m_auth.logout(caller);
    if (!done)
        return ctx.fail(done.failure());
    return ctx.reply(200, {{QStringLiteral("signed_out"), true}});
}

ApiResponse ApiServer::me(const CallContext &ctx, const auth::Caller &caller)
{
    const auto scope = m_scope.scopeFor(caller.user.id, ctx.now);
    if (!scope)
        return ctx.fail(http::unavailable());
    QJsonArray persons;
    for (const QString &id : scope.value().personIds)
        persons.append(id);
    return ctx.reply(200,
                     {{QStringLiteral("user_id"), caller.user.id},
                      {QStringLiteral("org_id"), caller.user.orgId},
                      {QStringLiteral("role"), roleName(caller.user.role)},
                      {QStringLiteral("display_name"), caller.user.displayName},
                      {QStringLiteral("device_id"), caller.device.id},
                      {QStringLiteral("whole_organisation"), scope.value().wholeOrganisation},
                      {QStringLiteral("person_ids"), persons}});
}
} // namespace careround::server::api
