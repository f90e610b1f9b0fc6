// `careround-server report visits|hours|spot-checks|devices`: the office reports of /v1/office/*
// from the command line, as the same JSON object on stdout (docs/server.md "Office reports").
#include "cli.h"

#include "server/office/officejson.h"
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

template<typename T>
Result<QJsonObject> asJson(const Result<T> &report, QJsonObject (*toJson)(const T &))
{
    if (!report)
        return report.error();
    return toJson(report.value());
}

} // namespace

int runReport(const Invocation &inv, ServerStore &store)
{
    const QString kind = inv.positional.value(0);
    if (inv.positional.size() != 1
        || !QStringList {QStringLiteral("visits"), QStringLiteral("hours"),
                         QStringLiteral("spot-checks"), QStringLiteral("devices")}
                .contains(kind))
        return usageError(
            QStringLiteral("usage: report <visits|hours|spot-checks|devices> --org ID [options]"));
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
        return print(asJson(reports.visits(viewer.value(), day.value(), now), &visitsReportJson));
    }
    if (kind == QLatin1String("devices"))
        return print(asJson(reports.devices(viewer.value(), now), &devicesReportJson));
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
        return print(asJson(reports.hours(viewer.value(), day.value(),
                                          billing::Rates {hourly.value(), night.value()}, now),
                            &hoursReportJson));
    }
    const auto day = dateOption(inv, QStringLiteral("date"), ukDay(now));
    if (!day)
        return print(day.error());
    return print(
        asJson(reports.spotChecks(viewer.value(), day.value(), now), &spotCheckReportJson));
}

} // namespace careround::server::cli
