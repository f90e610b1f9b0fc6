// The office endpoints of ApiServer, GET /v1/office/{visits,hours,spot-checks,devices}:
// coordinators see the whole organisation, supervisors their supervised workers, every other role
// gets 403. The three reports answer CSV with format=csv (docs/office.md "CSV downloads"), built
// from the same report object as the JSON.
#include "apiserver.h"
#include "officereply.h"

#include "server/http/jsonlog.h"
#include "server/office/officejson.h"
#include "server/office/reportcsv.h"
#include "server/office/uktime.h"

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

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

// changed_since=SEQ (docs/office.md "Incremental board updates"): a whole number; whether the
// server gave it is checked against the store's sequence by the report.
http::Outcome<std::optional<qint64>> changedSinceParameter(const QUrlQuery &query)
{
    const QString name = QStringLiteral("changed_since");
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    const QString text = query.queryItemValue(name);
    bool ok = false;
    const qint64 seq = text.toLongLong(&ok);
    if (!ok || seq < 0 || text.startsWith(QLatin1Char('+')))
        return badParameter(name,
                            QStringLiteral("must be a sequence number from an event or "
                                           "an earlier answer (a whole number, 0 or more)"));
    return std::optional<qint64>(seq);
}

} // namespace

ApiResponse ApiServer::officeVisits(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<ReportBody> {
            const auto day = dateParameter(ctx.request.query, QStringLiteral("date"), ctx.now);
            if (!day)
                return day.failure();
            const auto since = changedSinceParameter(ctx.request.query);
            if (!since)
                return since.failure();
            const auto csv = wantsCsv(ctx.request.query);
            if (since.value() && (!csv || csv.value()))
                return badParameter(QStringLiteral("changed_since"),
                                    QStringLiteral("the CSV is always the whole day"));
            return reportBody(ctx, m_office.visits(viewer, day.value(), ctx.now, since.value()),
                              &visitsReportJson, &visitsReportCsv);
        });
}

ApiResponse ApiServer::officeHours(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<ReportBody> {
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
            return reportBody(ctx,
                              m_office.hours(viewer, day.value(),
                                             billing::Rates {hourly.value(), night.value()},
                                             ctx.now),
                              &hoursReportJson, &hoursReportCsv);
        });
}

ApiResponse ApiServer::officeSpotChecks(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(
        ctx, caller, m_store, [&](const OfficeViewer &viewer) -> http::Outcome<ReportBody> {
            const auto day = dateParameter(ctx.request.query, QStringLiteral("as_of"), ctx.now);
            if (!day)
                return day.failure();
            return reportBody(ctx, m_office.spotChecks(viewer, day.value(), ctx.now),
                              &spotCheckReportJson, &spotCheckReportCsv);
        });
}

ApiResponse ApiServer::officeDevices(const CallContext &ctx, const auth::Caller &caller)
{
    return officeReply(ctx, caller, m_store,
                       [&](const OfficeViewer &viewer) -> http::Outcome<ReportBody> {
                           return reportBody<DevicesReport>(ctx, m_office.devices(viewer, ctx.now),
                                                            &devicesReportJson, nullptr);
                       });
}

} // namespace careround::server::api
