#pragma once
// Clinical conflicts the server flags (product.md: "two doses recorded for one scheduled dose;
// two check-ins"), shown to a human, never resolved silently: every record is kept and ONE alert
// names them all. Pure logic; the records come from alertraiser.cpp.
//   dose    - medication.administration records for the same person, order, care day and
//             scheduled time (PRN uses have no scheduled time and never clash here);
//   checkin - visit.checkin records for the same visit by the same worker.
// A record withdrawn by an amendment (withdrawn: true) no longer clashes.
#include "alertrecord.h"
#include <QHash>
#include <QList>
#include <QSet>

namespace careround::server::alerts {

// What records must share to clash; empty for a record that cannot clash.
QString conflictKey(const Record &record);

// Ids withdrawn by the amendments among `records`.
QSet<QString> withdrawnIds(const QList<Record> &records);

// The records of `candidates` with this key that are not withdrawn by an amendment among
// `candidates`, sorted by id. Two or more is a clash.
QList<Record> clashOn(const QString &key, const QList<Record> &candidates);

// Words the summary needs that the records do not hold.
struct ConflictNames
{
    QHash<QString, QString> userNames; // user id -> display name
    QString medicine; // "Amlodipine 5 mg tablet", for a dose clash
};

// The conflict alert for a clash (two or more records with one key).
Record conflictAlert(const QList<Record> &clash, const ConflictNames &names);

} // namespace careround::server::alerts
