#pragma once
// Store reads the eMAR, MAR chart, care plan and reablement screens share, as parts of one reader
// job (RecordStore::read), and sorting their results.
#include "core/plannedvisit.h"
#include "core/record.h"
#include "core/result.h"
#include <QDate>
#include <QList>

namespace careround::store {
class RecordRepository;
}

namespace careround::ui::PersonReads {

// Every version of the person's rota visits planned on `day` (a later version may move one to
// another day; plannedVisitsOn sorts that out).
Result<QList<Record>> dayVisits(store::RecordRepository &repo, const QString &personId,
                                const QDate &day);
// The current versions of the person's rota visits that are on `day` (cancelled ones included:
// planDoses skips them).
QList<PlannedVisit> plannedVisitsOn(const QList<Record> &records, const QString &personId,
                                    const QDate &day);
// `types` of the person's file (store personFile), appended to `out`.
Result<void> appendPersonFile(store::RecordRepository &repo, const QString &personId,
                              const QStringList &types, QList<Record> &out);
// Records of `type` in `records`.
QList<Record> ofType(const QList<Record> &records, const char *type);
// The same records once each (a read job may return a record from two of its queries).
QList<Record> unique(const QList<Record> &records);

} // namespace careround::ui::PersonReads
