// `careround-server report visits|hours|spot-checks|devices|kpis`: the office reports of
// /v1/office/* from the command line, as the same JSON object on stdout (docs/server.md "Office
// reports"), or with --format csv the same CSV as the console's download (docs/office.md).
#include "cli.h"

#include "server/office/kpireport.h"
#include "server/office/officejson.h"
#include "server/office/reportcsv.h"
#include "server/office/uktime.h"

#include <QJsonDocument>
#include <cstdio>

namespace careround::server::cli {

namespace {

const QString CliActor = QStringLiteral("careround-cli");

// The whole organisation, or with --user the view of that coordinator or supervisor.
Result<OfficeViewer> viewerFor(const Invocation &inv, ServerStore &store, const QString &orgId)
{
    if (!inv.isSet(QStringLiteral("user")))
        return organisationViewer(orgId, CliActor);
    auto user = store.user(inv.value(QStringLiteral("user")).trimmed());
    if (!user)
        return user.error();
    if (!user.value() || user.value()->orgId != orgId)
        return Error {QStringLiteral("--user"),
                      QStringLiteral("no such user in this organisation")};
    auto viewer = officeViewerFor(store, *user.value(), {});
    if (!viewer && viewer.error().field != QLatin1String("storage"))
        return Error {QStringLiteral("--user"), viewer.error().message};
    return viewer;
}

int print(const Result<QJsonObject> &json)
{
    if (!json) {
        if (json.error().field == QLatin1String("storage"))
            return failure(json.error().toString());
        return usageError(json.error().toString());
    }
    std::printf("%s\n", QJsonDocument(json.value()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return kExitOk;
}

// The report as JSON, or as CSV when --format csv (reports with a CSV form only).
template<typename T>
int printReport(const Invocation &inv, const Result<T> &report, QJsonObject (*toJson)(const T &),
                CsvTable (*toCsv)(const T &) = nullptr)
{
    const QString format = inv.isSet(QStringLiteral("format"))
        ? inv.value(QStringLiteral("format")).trimmed()
        : QStringLiteral("json");
    if (format != QLatin1String("json") && (format != QLatin1String("csv") || !toCsv))
        return usageError(toCsv ? QStringLiteral("--format must be json or csv")
                                : QStringLiteral("this report has no CSV form"));
    if (!report)
        return print(report.error());
    if (format == QLatin1String("json"))
        return print(toJson(report.value()));
    const QByteArray csv = toCsv(report.value()).toCsv();
    std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

int runKpis(const Invocation &inv, OfficeViewer viewer, ServerStore &store, const QDateTime &now)
{
    const auto to = dateOption(inv, QStringLiteral("to"), ukDay(now));
    if (!to)
        return print(to.error());
    const auto from =
        dateOption(inv, QStringLiteral("from"), to.value().addDays(-(ContinuityDays - 1)));
    if (!from)
        return print(from.error());
    const auto period = kpiPeriod(from.value(), to.value());
    if (!period)
        return print(Error {QStringLiteral("--") + period.error().field, period.error().message});
    return printReport(inv, buildKpiReport(store, viewer, period.value(), now), &kpiReportJson);
}

} // namespace

int runReport(const Invocation &inv, ServerStore &store)
{
    const QString kind = inv.positional.value(0);
    if (inv.positional.size() != 1
        || !QStringList {QStringLiteral("visits"), QStringLiteral("hours"),
                         QStringLiteral("spot-checks"), QStringLiteral("devices"),
                         QStringLiteral("kpis")}
                .contains(kind))
        return usageError(QStringLiteral(
            "usage: report <visits|hours|spot-checks|devices|kpis> --org ID [options]"));
    const auto org = requiredOption(inv, QStringLiteral("org"));
    if (!org)
        return usageError(org.error().toString());
    auto viewer = viewerFor(inv, store, org.value());
    if (!viewer)
        return print(viewer.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OfficeReports reports(store);
    if (kind == QLatin1String("visits")) {
        const auto day = dateOption(inv, QStringLiteral("date"), ukDay(now));
        if (!day)
            return print(day.error());
        return printReport(inv, reports.visits(viewer.value(), day.value(), now), &visitsReportJson,
                           &visitsReportCsv);
    }
    if (kind == QLatin1String("devices"))
        return printReport(inv, reports.devices(viewer.value(), now), &devicesReportJson);
    if (kind == QLatin1String("kpis"))
        return runKpis(inv, viewer.value(), store, now);
    if (kind == QLatin1String("hours")) {
        const auto day = dateOption(inv, QStringLiteral("week"), ukDay(now));
        const auto hourly = intOption(inv, QStringLiteral("hourly-rate-pence"), 0, 0, 10'000'000);
        const auto night = intOption(inv, QStringLiteral("night-rate-pence"), 0, 0, 10'000'000);
        if (!day)
            return print(day.error());
        for (const auto *rate : {&hourly, &night}) {
            if (!*rate)
                return print(rate->error());
        }
        return printReport(inv,
                           reports.hours(viewer.value(), day.value(),
                                         billing::Rates {hourly.value(), night.value()}, now),
                           &hoursReportJson, &hoursReportCsv);
    }
    const auto day = dateOption(inv, QStringLiteral("date"), ukDay(now));
    if (!day)
        return print(day.error());
    return printReport(inv, reports.spotChecks(viewer.value(), day.value(), now),
                       &spotCheckReportJson, &spotCheckReportCsv);
}

} // namespace careround::server::cli
