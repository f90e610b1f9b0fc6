#pragma once
// Imports of office-owned records from files. All-or-nothing: every row is checked first and
// EVERY bad row is reported with its line and field; only a clean file is written, in one
// atomic batch through ServerStore::putRecords. Formats: docs/server-storage.md, samples in
// assets/demo/.
#include "core/result.h"
#include "server/storage/serverstore.h"
#include <QByteArray>

namespace careround::server::importing {
struct Row;
}

namespace careround::server {

enum class ImportKind { People, CarePlans, MedicationOrders, Rota };
std::optional<ImportKind>
importKindFromName(const QString &name); // "people", "care-plans", "medication-orders", "rota"

struct ImportIssue
{
    int line = 0; // 1-based line in the file (JSON: the line where the row's object starts)
    QString field; // "person_id", "payload.dose", ... ; empty for file-level problems
    QString message;
    QString toString() const; // "line 4: planned_start: not an ISO 8601 date-time"
};

struct ImportReport
{
    bool ok = false;
    int rows = 0; // rows read
    int written = 0; // records stored (0 unless ok)
    // Rows that made a new record, became an amendment of what an earlier import stored
    // (medication orders), or matched it exactly and wrote nothing. All 0 unless ok.
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    QList<ImportIssue> issues; // every problem found; empty when ok
};

struct ImportContext
{
    QString orgId;
    QString actorUserId; // the coordinator running the import (author of the records)
    QDateTime now; // time stamped on the records
};

class Importer
{
public:
    explicit Importer(ServerStore &store);
    ImportReport importJson(ImportKind kind, const ImportContext &ctx, const QByteArray &json);
    ImportReport importRotaCsv(const ImportContext &ctx, const QByteArray &csv);
    // Picks JSON or CSV (rota only) by the file suffix.
    ImportReport importFile(ImportKind kind, const ImportContext &ctx, const QString &path);

private:
    ImportReport importRows(ImportKind kind, const ImportContext &ctx,
                            const QList<importing::Row> &rows);
    ServerStore &m_store;
};

} // namespace careround::server
