#pragma once
// The /v1 API: wires HttpHost routes to the auth, scope and store services, applying the
// protocol rules (version negotiation, clock skew, body decoding) around every handler.
#include "backlogrecorder.h"
#include "protocol.h"
#include "server/office/officereports.h"
#include "server/auth/authservice.h"
#include "server/http/httphost.h"
#include "server/scope/scopeservice.h"
#include "server/storage/serverstore.h"

#include <functional>

namespace careround::server::api {

struct ApiOptions {
    QString backendName;          // "embedded" / "postgres", for /v1/health
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    auth::AuthConfig auth;
};

class ApiServer {
public:
    ApiServer(ServerStore &store, http::HttpHost &host, ApiOptions options);

private:
    using Handler = std::function<http::ApiResponse(const CallContext &)>;
    using AuthedHandler = std::function<http::ApiResponse(const CallContext &, const auth::Caller &)>;
    void route(const QString &path, const QByteArray &method, Handler handler);
    void authedRoute(const QString &path, const QByteArray &method, AuthedHandler handler);
    http::Outcome<QByteArray> body(const CallContext &ctx) const;

    http::ApiResponse health(const CallContext &ctx);
    http::ApiResponse login(const CallContext &ctx);
    http::ApiResponse enrol(const CallContext &ctx);
    http::ApiResponse refresh(const CallContext &ctx);
    http::ApiResponse logout(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse me(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse push(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse pull(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse purged(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse recordById(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse escrow(const CallContext &ctx);
    // /v1/office/* (officeendpoints.cpp): coordinators and supervisors only.
    http::ApiResponse officeVisits(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeHours(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeSpotChecks(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeDevices(const CallContext &ctx, const auth::Caller &caller);

    ServerStore &m_store;
    http::HttpHost &m_host;
    ApiOptions m_options;
    auth::AuthService m_auth;
    ScopeService m_scope;
    BacklogRecorder m_backlog;
    OfficeReports m_office;
};

} // namespace careround::server::api
