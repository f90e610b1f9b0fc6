#pragma once
// Two years of one care worker's rounds, for bench_ui: 10 visits a day for 730 days ending today,
// 28 records a visit (the rota visit, check-in, 18 tasks, 7 notes, check-out), for 12 people with
// their person records (3 versions each), care plans and entry codes — 204,000+ records.
#include "core/record.h"
#include <QDate>
#include <QList>

namespace careround::bench {

struct HistoryShape
{
    int days = 730;
    int visitsPerDay = 10;
    int people = 12;
    static constexpr int RecordsPerVisit = 28;
};

// Make the history first: these are dated back to its first day.
QList<Record> officeRecords(const HistoryShape &shape);
// The records of day `index` (0 = the first day; days - 1 = today), in clock order.
QList<Record> historyDay(const HistoryShape &shape, int index, const QString &workerId);
QString visitIdFor(const QDate &day, int visit);

} // namespace careround::bench
