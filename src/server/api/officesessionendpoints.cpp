// The office console's sign-in (docs/office.md): /v1/office/session (sign in, whoami),
// /v1/office/session/{totp/confirm,totp/enrol,recovery-codes,sign-out}, and how every
// /v1/office/* endpoint finds its caller: the device token as before, or the browser session.
#include "apiserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

constexpr int kMaxLoginChars = 64;
constexpr int kMaxSecretChars = 1024;

bool changesState(const QByteArray &method)
{
    return method != "GET" && method != "HEAD";
}

ApiResponse forBrowser(ApiResponse response)
{
    response.headers.append(auth::browserSecurityHeaders());
    return response;
}

// A JSON object body whose members are all optional strings of bounded length.
http::Outcome<QJsonObject> stringsBody(const QByteArray &raw, const QStringList &required)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure {400,
                        QStringLiteral("malformed_json"),
                        QStringLiteral("send a JSON object"),
                        QStringLiteral("body"),
                        {},
                        {}};
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().size() > kMaxSecretChars)
            return Failure {
                400,
                QStringLiteral("invalid_request"),
                QStringLiteral("must be a string of at most %1 characters").arg(kMaxSecretChars),
                it.key(),
                {},
                {}};
    }
    for (const QString &name : required) {
        if (object.value(name).toString().isEmpty())
            return Failure {
                400, QStringLiteral("invalid_request"), QStringLiteral("is required"), name, {},
                {}};
    }
    return object;
}

QByteArray member(const QJsonObject &object, const QString &name)
{
    return object.value(name).toString().toUtf8();
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("org_id"), user.orgId}};
}

QJsonArray codesJson(const QList<QByteArray> &codes)
{
    QJsonArray array;
    for (const QByteArray &code : codes)
        array.append(QString::fromLatin1(code));
    return array;
}

QJsonObject offerJson(const auth::TotpOffer &offer)
{
    return {{QStringLiteral("signed_in"), false},
            {QStringLiteral("next"), QStringLiteral("confirm_totp")},
            {QStringLiteral("enrolment_token"), QString::fromLatin1(offer.enrolmentToken)},
            {QStringLiteral("otpauth_uri"), offer.otpauthUri},
            {QStringLiteral("secret"), QString::fromLatin1(offer.secretBase32)},
            {QStringLiteral("expires_in"), offer.expiresInSeconds}};
}

} // namespace

void ApiServer::officeRoute(const QString &path, const QByteArray &method, AuthedHandler handler)
{
    route(path, method, [this, method, handler = std::move(handler)](const CallContext &ctx) {
        // No session cookie: the device path, which also answers "missing_token" as before.
        const bool browser = ctx.request.header("authorization").isEmpty()
            && ctx.request.header("cookie").contains(auth::kSessionCookieName);
        if (!browser) {
            const auto caller = m_auth.authenticate(ctx.request.header("authorization"), ctx.now);
            if (!caller)
                return ctx.fail(caller.failure());
            ApiResponse response = handler(ctx, caller.value());
            response.logUserId = caller.value().user.id;
            response.logDeviceId = caller.value().device.id;
            return response;
        }
        return browserCall(ctx, [&](const auth::BrowserCaller &browser) {
            return handler(ctx, auth::Caller {browser.user, {}, {}});
        });
    });
}

void ApiServer::browserRoute(const QString &path, const QByteArray &method, BrowserHandler handler)
{
    route(path, method, [this, handler = std::move(handler)](const CallContext &ctx) {
        return browserCall(
            ctx, [&](const auth::BrowserCaller &browser) { return handler(ctx, browser); });
    });
}

ApiResponse
ApiServer::browserCall(const CallContext &ctx,
                       const std::function<ApiResponse(const auth::BrowserCaller &)> &handler)
{
    const auto caller = m_browserSessions.authenticate(ctx.request.header("cookie"), ctx.now);
    if (!caller)
        return forBrowser(ctx.fail(caller.failure()));
    if (changesState(ctx.request.method)) {
        const auto checked = m_browserSessions.checkCsrf(
            caller.value(), ctx.request.header("origin"), ctx.request.header("host"),
            ctx.request.header("x-csrf-token"));
        if (!checked)
            return forBrowser(ctx.fail(checked.failure()));
    }
    ApiResponse response = handler(caller.value());
    response.logUserId = caller.value().user.id;
    return forBrowser(std::move(response));
}

void ApiServer::addOfficeSessionRoutes()
{
    route(QStringLiteral("/v1/office/session"), "POST",
          [this](const CallContext &c) { return officeSignIn(c); });
    browserRoute(
        QStringLiteral("/v1/office/session"), "GET",
        [this](const CallContext &c, const auth::BrowserCaller &b) { return officeWhoami(c, b); });
    route(QStringLiteral("/v1/office/session/totp/confirm"), "POST",
          [this](const CallContext &c) { return officeConfirmTotp(c); });
    browserRoute(QStringLiteral("/v1/office/session/totp/enrol"), "POST",
                 [this](const CallContext &c, const auth::BrowserCaller &b) {
                     return officeReenrolTotp(c, b);
                 });
    browserRoute(QStringLiteral("/v1/office/session/recovery-codes"), "POST",
                 [this](const CallContext &c, const auth::BrowserCaller &b) {
                     return officeRecoveryCodes(c, b);
                 });
    browserRoute(
        QStringLiteral("/v1/office/session/sign-out"), "POST",
        [this](const CallContext &c, const auth::BrowserCaller &b) { return officeSignOut(c, b); });
}

namespace {

// Sign-in answers: the session cookie and the CSRF token, or what to do next.
ApiResponse signedIn(const CallContext &ctx, const auth::OfficeSignInResult &result,
                     const auth::BrowserSessions &sessions)
{
    if (result.enrolment)
        return forBrowser(ctx.reply(200, offerJson(*result.enrolment)));
    QJsonObject body {
        {QStringLiteral("signed_in"), true},
        {QStringLiteral("user"), userJson(result.user)},
        {QStringLiteral("csrf_token"), QString::fromLatin1(result.session->csrfToken)},
        {QStringLiteral("idle_timeout_s"), sessions.config().idleTimeoutSeconds},
        {QStringLiteral("absolute_timeout_s"), sessions.config().absoluteTimeoutSeconds},
        {QStringLiteral("recovery_codes_left"), result.recoveryCodesLeft}};
    if (!result.newRecoveryCodes.isEmpty())
        body.insert(QStringLiteral("recovery_codes"), codesJson(result.newRecoveryCodes));
    ApiResponse response = ctx.reply(200, body);
    response.headers.append({"Set-Cookie", sessions.setCookie(result.session->token)});
    response.logUserId = result.user.id;
    return forBrowser(std::move(response));
}

} // namespace

http::Outcome<QJsonObject> ApiServer::officeForm(const CallContext &ctx,
                                                 const QStringList &required, FormFrom from) const
{
    if (from == FormFrom::SignInPage) {
        // No session yet, so no CSRF token: the page must be the console's own.
        if (auto sameOrigin = m_browserSessions.checkOrigin(ctx.request.header("origin"),
                                                            ctx.request.header("host"));
            !sameOrigin)
            return sameOrigin.failure();
    }
    const auto raw = body(ctx);
    if (!raw)
        return raw.failure();
    return stringsBody(raw.value(), required);
}

ApiResponse ApiServer::officeSignIn(const CallContext &ctx)
{
    const auto decoded = officeForm(ctx, {QStringLiteral("login"), QStringLiteral("password")},
                                    FormFrom::SignInPage);
    if (!decoded)
        return forBrowser(ctx.fail(decoded.failure()));
    const QJsonObject &b = decoded.value();
    if (b.value(QStringLiteral("login")).toString().size() > kMaxLoginChars)
        return forBrowser(
            ctx.fail(Failure {400,
                              QStringLiteral("invalid_request"),
                              QStringLiteral("must be at most %1 characters").arg(kMaxLoginChars),
                              QStringLiteral("login"),
                              {},
                              {}}));
    const auth::OfficeCredentials credentials {
        b.value(QStringLiteral("login")).toString(), member(b, QStringLiteral("password")),
        member(b, QStringLiteral("code")), member(b, QStringLiteral("recovery_code"))};
    const auto result =
        m_officeSignIn.signIn(credentials, ctx.request.remoteAddress.toString(), ctx.now);
    if (!result)
        return forBrowser(ctx.fail(result.failure()));
    return signedIn(ctx, result.value(), m_browserSessions);
}

ApiResponse ApiServer::officeConfirmTotp(const CallContext &ctx)
{
    const auto decoded = officeForm(
        ctx, {QStringLiteral("enrolment_token"), QStringLiteral("code")}, FormFrom::SignInPage);
    if (!decoded)
        return forBrowser(ctx.fail(decoded.failure()));
    const auto result =
        m_officeSignIn.confirmTotp(member(decoded.value(), QStringLiteral("enrolment_token")),
                                   member(decoded.value(), QStringLiteral("code")),
                                   ctx.request.remoteAddress.toString(), ctx.now);
    if (!result)
        return forBrowser(ctx.fail(result.failure()));
    return signedIn(ctx, result.value(), m_browserSessions);
}

ApiResponse ApiServer::officeWhoami(const CallContext &ctx, const auth::BrowserCaller &caller)
{
    const auto left = m_store.unusedOfficeRecoveryCodes(caller.user.id);
    if (!left)
        return ctx.fail(http::unavailable());
    const auto &config = m_browserSessions.config();
    return ctx.reply(
        200,
        {{QStringLiteral("user"), userJson(caller.user)},
         {QStringLiteral("csrf_token"),
          QString::fromLatin1(auth::BrowserSessions::csrfTokenFor(caller.token))},
         {QStringLiteral("idle_expires_at"),
          caller.session.lastSeenAt.addSecs(config.idleTimeoutSeconds).toString(Qt::ISODateWithMs)},
         {QStringLiteral("absolute_expires_at"),
          caller.session.createdAt.addSecs(config.absoluteTimeoutSeconds)
              .toString(Qt::ISODateWithMs)},
         {QStringLiteral("recovery_codes_left"), left.value()}});
}

ApiResponse ApiServer::officeSignOut(const CallContext &ctx, const auth::BrowserCaller &caller)
{
    m_browserSessions.signOut(caller);
    AuditEntry entry;
    entry.orgId = caller.user.orgId;
    entry.actorUserId = caller.user.id;
    entry.action = QStringLiteral("office.sign_out");
    entry.at = ctx.now;
    m_store.appendAudit({entry});
    ApiResponse response = ctx.reply(200, {{QStringLiteral("signed_out"), true}});
    response.headers.append({"Set-Cookie", auth::BrowserSessions::clearCookie()});
    return response;
}

ApiResponse ApiServer::officeReenrolTotp(const CallContext &ctx, const auth::BrowserCaller &caller)
{
    const auto decoded = officeForm(ctx, {QStringLiteral("code")}, FormFrom::SignedIn);
    if (!decoded)
        return ctx.fail(decoded.failure());
    const auto offer =
        m_officeSignIn.reenrol(caller, member(decoded.value(), QStringLiteral("code")), ctx.now);
    if (!offer)
        return ctx.fail(offer.failure());
    return ctx.reply(200, offerJson(offer.value()));
}

ApiResponse ApiServer::officeRecoveryCodes(const CallContext &ctx,
                                           const auth::BrowserCaller &caller)
{
    const auto decoded = officeForm(ctx, {QStringLiteral("code")}, FormFrom::SignedIn);
    if (!decoded)
        return ctx.fail(decoded.failure());
    const auto codes = m_officeSignIn.renewRecoveryCodes(
        caller, member(decoded.value(), QStringLiteral("code")), ctx.now);
    if (!codes)
        return ctx.fail(codes.failure());
    return ctx.reply(200, {{QStringLiteral("recovery_codes"), codesJson(codes.value())}});
}

} // namespace careround::server::api
