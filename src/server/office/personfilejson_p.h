#pragma once
// Helpers shared by the person file's JSON (personfile.cpp, personhistory.cpp): dates, times and
// one record as the console lists it.
#include "core/rules/amendments.h"
#include "personfile.h"
#include <QJsonArray>

namespace careround::server::personfile {

QJsonValue dayJson(const QDate &day); // "yyyy-MM-dd", or null
QJsonValue instantJson(const QDateTime &at); // ISO 8601 UTC, or null
// The name the record carries (payload authorName), else the organisation's user name.
QString authorName(const Record &record, const UserNames &names);
// {record_id, type, care_day, at, author, amended, payload}: the payload as it now stands.
QJsonObject recordJson(const EffectiveRecord &record, const UserNames &names);
// Every amendment, newest first, with the record it corrects as first written.
QJsonArray amendmentsJson(const QList<Record> &records, const UserNames &names);
// The person's details, newest version first: {version, kind (created|changed|withdrawn), at,
// author, reason, changes: [{field, before, after}]} (persondetailshistory.cpp).
QJsonArray detailsHistoryJson(const QList<Record> &records, const UserNames &names);

} // namespace careround::server::personfile
