#pragma once
// The office's person file (docs/office.md, "Person file"): one person's stored records folded by
// core's rules (amendments, careplanfold, goalprogress, reablementsummary, visitstatus, marchart)
// into the JSON the console shows. Pure: the caller loads the records and audits the read.
#include "core/record.h"
#include "core/result.h"
#include "core/rules/marchart.h"
#include <QHash>
#include <QJsonObject>

namespace careround::server {

// User id -> display name, for "who wrote it".
using UserNames = QHash<QString, QString>;

// The longest period the visits history answers at once (the MAR: MaxMarChartDays).
constexpr int MaxVisitHistoryDays = 93;

// Details and grab sheet, care plan, goals, reablement episode, communication book, incidents,
// spot checks and amendments with their history. `records`: every record of the person.
QJsonObject personFileJson(const QString &personId, const QList<Record> &records,
                           const UserNames &names, const QDateTime &now);

// The MAR chart of [from, to] (UK days), folded exactly as the phone does (buildMarChart over
// currentMedicationOrders). Errors name "from" / "to".
Result<MarChart> personMarChart(const QList<Record> &records, const QDate &from, const QDate &to,
                                const QDateTime &now);
QJsonObject marChartJson(const MarChart &chart, const UserNames &names);

// The person's visits planned in [from, to] (UK days), newest first, each with its status
// (visitstatus) and every record made against it (check-in/out, tasks, doses, notes…), amendments
// applied and marked. Errors name "from" / "to".
Result<QJsonObject> personVisitsJson(const QList<Record> &records, const QDate &from,
                                     const QDate &to, const UserNames &names, const QDateTime &now);

// {from, to} parsed from yyyy-MM-dd strings: both needed, from <= to, at most `maxDays` days.
Result<QPair<QDate, QDate>> personPeriod(const QString &from, const QString &to, int maxDays);

} // namespace careround::server
