#pragma once
// The office reports as CSV tables, built from the same report objects as their JSON
// (officejson.h), so a download says what `careround-server report ...` says. Dates are UK
// (dd/MM/yyyy), times UK wall clock (HH:mm), money in pounds with two decimals; ids are kept so
// a row can be traced back to its records. docs/office.md "CSV downloads" lists the columns.
#include "csvtable.h"
#include "officereports.h"

namespace careround::server {

CsvTable visitsReportCsv(const VisitsReport &report);
CsvTable hoursReportCsv(const HoursReport &report);
CsvTable spotCheckReportCsv(const SpotCheckReport &report);

QString ukDate(const QDate &day); // "07/12/2026"; "" when invalid

} // namespace careround::server
