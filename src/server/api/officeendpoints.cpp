// The office endpoints of ApiServer, GET /v1/office/{visits,hours,spot-checks,devices}:
// coordinators see the whole organisation, supervisors their supervised workers, every other role
// gets 403.
#include "apiserver.h"

#include "server/http/jsonlog.h"
#include "server/office/officejson.h"
#include "server/office/uktime.h"

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

Failure badParameter(const QString &name, const QString &message)
{
    return Failure {400, QStringLiteral("invalid_request"), message, name, {}, {}};
}

// A yyyy-MM-dd query parameter; today (UK) when absent.
http::Outcome<QDate> dateParameter(const QUrlQuery &query, const QString &name,
                                   const QDateTime &now)
{
    if (!query.hasQueryItem(name))
        return ukDay(now);
    const QDate day = QDate::fromString(query.queryItemValue(name), Qt::ISODate);
    if (!day.isValid() || day.year() < 2000 || day.year() > 2100)
        return badParameter(name, QStringLiteral("must be a date, yyyy-MM-dd"));
    return day;
}

http::Outcome<qint64> penceParameter(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return qint64(0);
    bool ok = false;
    const qint64 pence = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || pence < 0 || pence > 10'000'000)
        return badParameter(name,
                            QStringLiteral("must be a whole number of pence from 0 to 10000000"));
    return pence;
}

// Shared by the three: who is asking, then the report as JSON, failures mapped to HTTP.
template<typename Build>
ApiResponse officeReply(const CallContext &ctx, const auth::Caller &caller, ServerStore &store,
                        Build &&build)
{
    auto viewer = officeViewerFor(store, caller.user, caller.device.id);
    if (!viewer && viewer.error().field == QLatin1String("storage"))
        return ctx.fail(http::unavailable());
    if (!viewer)
        return ctx.fail(
            Failure {403, QStringLiteral("forbidden"), viewer.error().message, {}, {}, {}});
    http::Outcome<QJsonObject> body = build(viewer.value());
    if (!body)
        return ctx.fail(body.failure());
    return ctx.reply(200, body.value());
}

template<typename T>
http::Outcome<QJsonObject> reportJson(const CallContext &ctx, const Result<T> &report,
                                      QJsonObject (*toJson)(const T &))
{
    if (report)
        return toJson(report.value());
    if (report.error().field == QLatin1String("storage")) {
        http::JsonLog::error(QStringLiteral("report_failed"),
                             {{QStringLiteral("request_id"), ctx.request.requestId},
                              {QStringLiteral("detail"), report.error().toString().left(200)}});
        return http::unavailable();
    }
    return badParameter(report.error().field, report.error().message);
}

} // namespace

ApiResponse ApiServer::officeVisits(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<QJsonObject> {
            const auto day = dateParameter(ctx.request.query, QStringLiteral("date"), ctx.now);
            if (!day)
                return day.failure();
            return reportJson(ctx, m_office.visits(viewer, day.value(), ctx.now),
                              &visitsReportJson);
        });
}

ApiResponse ApiServer::officeHours(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<QJsonObject> {
            const auto day = dateParameter(ctx.request.query, QStringLiteral("week"), ctx.now);
            if (!day)
                return day.failure();
            const auto hourly =
                penceParameter(ctx.request.query, QStringLiteral("hourly_rate_pence"));
            if (!hourly)
                return hourly.failure();
            const auto night =
                penceParameter(ctx.request.query, QStringLiteral("night_rate_pence"));
            if (!night)
                return night.failure();
            return reportJson(ctx,
                              m_office.hours(viewer, day.value(),
                                             billing::Rates {hourly.value(), night.value()},
                                             ctx.now),
                              &hoursReportJson);
        });
}

ApiResponse ApiServer::officeSpotChecks(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<QJsonObject> {
            const auto day = dateParameter(ctx.request.query, QStringLiteral("as_of"), ctx.now);
            if (!day)
                return day.failure();
            return reportJson(ctx, m_office.spotChecks(viewer, day.value(), ctx.now),
                              &spotCheckReportJson);
        });
}

ApiResponse ApiServer::officeDevices(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<QJsonObject> {
            return reportJson(ctx, m_office.devices(viewer, ctx.now), &devicesReportJson);
        });
}

} // namespace careround::server::api
