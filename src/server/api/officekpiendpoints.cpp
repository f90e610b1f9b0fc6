// GET /v1/office/kpis?from=yyyy-MM-dd&to=yyyy-MM-dd: the office's key figures over a period of at
// most 92 days (server/office/kpis.h), for the viewer's scope like the other office reports.
#include "apiserver.h"
#include "officereply.h"

#include "server/office/kpireport.h"

namespace careround::server::api {

void ApiServer::addOfficeKpiRoutes()
{
    officeRoute(QStringLiteral("/v1/office/kpis"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeKpis(c, a); });
}

http::ApiResponse ApiServer::officeKpis(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<ReportBody> {
            // Default: the 4 weeks ending today (UK).
            const bool hasFrom = ctx.request.query.hasQueryItem(QStringLiteral("from"));
            const auto to = dateParameter(ctx.request.query, QStringLiteral("to"), ctx.now);
            if (!to)
                return to.failure();
            const auto from = hasFrom
                ? dateParameter(ctx.request.query, QStringLiteral("from"), ctx.now)
                : http::Outcome<QDate>(to.value().addDays(-(ContinuityDays - 1)));
            if (!from)
                return from.failure();
            const auto period = kpiPeriod(from.value(), to.value());
            if (!period)
                return badParameter(period.error().field, period.error().message);
            return reportBody<KpiReport>(ctx,
                                         buildKpiReport(m_store, viewer, period.value(), ctx.now),
                                         &kpiReportJson, nullptr);
        });
}

} // namespace careround::server::api
