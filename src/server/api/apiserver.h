#pragma once
// The /v1 API: wires HttpHost routes to the auth, scope and store services, applying the
// protocol rules (version negotiation, clock skew, body decoding) around every handler.
#include "backlogrecorder.h"
#include "protocol.h"
#include "server/auth/authservice.h"
#include "server/auth/officesignin.h"
#include "server/http/httphost.h"
#include "server/office/alertinbox.h"
#include "server/office/officereports.h"
#include "server/scope/scopeservice.h"
#include "server/storage/serverstore.h"

#include <functional>
#include <memory>

namespace careround::server::api {

struct ApiOptions
{
    QString backendName; // "embedded" / "postgres", for /v1/health
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    auth::AuthConfig auth;
    auth::BrowserSessionConfig browser;
    auth::OfficeSignInConfig officeSignIn;
    // Seals office TOTP secrets; serve passes one keyed from the data directory. Unset: a random
    // key for this process only (benchmarks), so enrolments do not survive a restart.
    std::shared_ptr<auth::TotpSealer> totpSealer;
    // Called after a push that stored records the alert scheduler's rules read (serve: its
    // requestPass, docs/alerts.md). Must not block.
    std::function<void()> afterAlertRelevantPush;
};

class ApiServer
{
public:
    ApiServer(ServerStore &store, http::HttpHost &host, ApiOptions options);

private:
    using Handler = std::function<http::ApiResponse(const CallContext &)>;
    using AuthedHandler =
        std::function<http::ApiResponse(const CallContext &, const auth::Caller &)>;
    void route(const QString &path, const QByteArray &method, Handler handler);
    void authedRoute(const QString &path, const QByteArray &method, AuthedHandler handler);
    // Office endpoints: a device token (Authorization) OR a browser session (cookie; CSRF checked
    // on state-changing methods), resolved to one Caller, so both go through the same rules.
    void officeRoute(const QString &path, const QByteArray &method, AuthedHandler handler);
    using BrowserHandler =
        std::function<http::ApiResponse(const CallContext &, const auth::BrowserCaller &)>;
    // Console session endpoints: the browser session only.
    void browserRoute(const QString &path, const QByteArray &method, BrowserHandler handler);
    http::ApiResponse
    browserCall(const CallContext &ctx,
                const std::function<http::ApiResponse(const auth::BrowserCaller &)> &handler);
    http::Outcome<QByteArray> body(const CallContext &ctx) const;
    // officesessionendpoints.cpp: an office form of bounded strings; a sign-in page's only if sent
    // from the console's own origin.
    enum class FormFrom { SignInPage, SignedIn };
    http::Outcome<QJsonObject> officeForm(const CallContext &ctx, const QStringList &required,
                                          FormFrom from) const;

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
    // /v1/office/kpis (officekpiendpoints.cpp): key figures over a period.
    void addOfficeKpiRoutes();
    http::ApiResponse officeKpis(const CallContext &ctx, const auth::Caller &caller);

    // /v1/office/people* (officepersonendpoints.cpp): the console's person file.
    void addOfficePersonRoutes();
    http::ApiResponse officePeople(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officePersonRead(const CallContext &ctx, const auth::Caller &caller,
                                       const QString &part);
    http::ApiResponse officePersonCommbook(const CallContext &ctx, const auth::Caller &caller);
    // /v1/office/people/<id>/fhir (officefhirendpoints.cpp): the FHIR R4 download.
    void addOfficeFhirRoutes();
    http::ApiResponse officeFhir(const CallContext &ctx, const auth::Caller &caller);
    // POST /v1/office/people (create) and /v1/office/people/<id> (change of details).
    http::ApiResponse officePersonEdit(const CallContext &ctx, const auth::Caller &caller);

    // /v1/office/people/<id>/orders, /v1/office/orders/<id>/{amend,stop}
    // (officeorderendpoints.cpp): medication orders written from the console.
    void addOfficeOrderRoutes();
    http::ApiResponse officeOrders(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeOrderCreate(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeOrderAmend(const CallContext &ctx, const auth::Caller &caller,
                                       const QString &action);
    http::ApiResponse storeOrderRecord(const CallContext &ctx, const auth::Caller &caller,
                                       const Record &record, int status, int version);

    // /v1/office/events (officeeventsendpoints.cpp): the live board's change stream.
    void addOfficeEventRoutes();
    http::ApiResponse officeEvents(const CallContext &ctx, const auth::Caller &caller);

    // /v1/office/alerts* (officealertsendpoints.cpp): the alerts inbox and actions on an alert.
    void addOfficeAlertRoutes();
    http::Outcome<AlertViewer> alertViewer(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeAlerts(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeAlertSummary(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeAlert(const CallContext &ctx, const auth::Caller &caller);
    http::ApiResponse officeAlertAction(const CallContext &ctx, const auth::Caller &caller,
                                        const QString &action);

    // /v1/office/session* (officesessionendpoints.cpp): the console's sign-in.
    void addOfficeSessionRoutes();
    http::ApiResponse officeSignIn(const CallContext &ctx);
    http::ApiResponse officeConfirmTotp(const CallContext &ctx);
    http::ApiResponse officeWhoami(const CallContext &ctx, const auth::BrowserCaller &caller);
    http::ApiResponse officeSignOut(const CallContext &ctx, const auth::BrowserCaller &caller);
    http::ApiResponse officeReenrolTotp(const CallContext &ctx, const auth::BrowserCaller &caller);
    http::ApiResponse officeRecoveryCodes(const CallContext &ctx,
                                          const auth::BrowserCaller &caller);

    ServerStore &m_store;
    http::HttpHost &m_host;
    ApiOptions m_options;
    auth::AuthService m_auth;
    auth::BrowserSessions m_browserSessions;
    auth::OfficeSignIn m_officeSignIn;
    ScopeService m_scope;
    BacklogRecorder m_backlog;
    OfficeReports m_office;
};

} // namespace careround::server::api
