#pragma once
// The JSON form of the office reports: the same object for GET /v1/office/* and for
// `careround-server report ...` (docs/server.md). Keys are snake_case; times ISO 8601 UTC.
#include "officereports.h"
#include <QJsonObject>

namespace careround::server {

QJsonObject visitsReportJson(const VisitsReport &report);
QJsonObject hoursReportJson(const HoursReport &report);
QJsonObject spotCheckReportJson(const SpotCheckReport &report);
QJsonObject devicesReportJson(const DevicesReport &report);

} // namespace careround::server
