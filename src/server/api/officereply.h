#pragma once
// What the office report endpoints share (officeendpoints.cpp, officekpiendpoints.cpp): who is
// asking (officeViewerFor: 403 for roles that read no reports), date parameters, and the answer as
// JSON, or as a CSV download when the query says format=csv.
#include "protocol.h"
#include "server/auth/authservice.h"
#include "server/http/jsonlog.h"
#include "server/office/csvtable.h"
#include "server/office/officeviewer.h"
#include "server/office/uktime.h"

#include <optional>

namespace careround::server::api {

inline http::Failure badParameter(const QString &name, const QString &message)
{
    return http::Failure {400, QStringLiteral("invalid_request"), message, name, {}, {}};
}

// A yyyy-MM-dd query parameter; today (UK) when absent.
inline http::Outcome<QDate> dateParameter(const QUrlQuery &query, const QString &name,
                                          const QDateTime &now)
{
    if (!query.hasQueryItem(name))
        return ukDay(now);
    const QDate day = QDate::fromString(query.queryItemValue(name), Qt::ISODate);
    if (!day.isValid() || day.year() < 2000 || day.year() > 2100)
        return badParameter(name, QStringLiteral("must be a date, yyyy-MM-dd"));
    return day;
}

struct ReportBody
{
    QJsonObject json;
    std::optional<CsvTable> csv; // set: answer text/csv instead
};

// format=csv (CSV), format=json or none (JSON); anything else is refused.
inline http::Outcome<bool> wantsCsv(const QUrlQuery &query)
{
    const QString format = query.queryItemValue(QStringLiteral("format"));
    if (!query.hasQueryItem(QStringLiteral("format")) || format == QLatin1String("json"))
        return false;
    if (format == QLatin1String("csv"))
        return true;
    return badParameter(QStringLiteral("format"), QStringLiteral("must be csv or json"));
}

// The report as JSON or CSV; a storage failure is a 503 (logged), any other error a 400.
template<typename T>
http::Outcome<ReportBody> reportBody(const CallContext &ctx, const Result<T> &report,
                                     QJsonObject (*toJson)(const T &), CsvTable (*toCsv)(const T &))
{
    const auto csv = wantsCsv(ctx.request.query);
    if (!csv)
        return csv.failure();
    if (csv.value() && !toCsv)
        return badParameter(QStringLiteral("format"),
                            QStringLiteral("this report has no CSV form"));
    if (report) {
        if (csv.value())
            return ReportBody {{}, toCsv(report.value())};
        return ReportBody {toJson(report.value()), std::nullopt};
    }
    if (report.error().field == QLatin1String("storage")) {
        http::JsonLog::error(QStringLiteral("report_failed"),
                             {{QStringLiteral("request_id"), ctx.request.requestId},
                              {QStringLiteral("detail"), report.error().toString().left(200)}});
        return http::unavailable();
    }
    return badParameter(report.error().field, report.error().message);
}

// Who is asking, then the report, failures mapped to HTTP.
template<typename Build>
http::ApiResponse officeReply(const CallContext &ctx, const auth::Caller &caller,
                              ServerStore &store, Build &&build)
{
    auto viewer = officeViewerFor(store, caller.user, caller.device.id);
    if (!viewer && viewer.error().field == QLatin1String("storage"))
        return ctx.fail(http::unavailable());
    if (!viewer)
        return ctx.fail(
            http::Failure {403, QStringLiteral("forbidden"), viewer.error().message, {}, {}, {}});
    http::Outcome<ReportBody> body = build(viewer.value());
    if (!body)
        return ctx.fail(body.failure());
    if (!body.value().csv)
        return ctx.reply(200, body.value().json);
    const CsvTable &table = *body.value().csv;
    http::ApiResponse response;
    response.body = table.toCsv();
    response.contentType = "text/csv; charset=utf-8";
    response.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                      "attachment; filename=\"" + table.fileName.toLatin1() + '"'));
    return response;
}

} // namespace careround::server::api
