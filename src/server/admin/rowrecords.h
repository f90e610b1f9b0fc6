#pragma once
// Turning import rows into office-owned records: one function per kind, each reporting every
// problem of the row by field name. References (people, workers) are checked against the store.
#include "core/hlc.h"
#include "importer.h"
#include "importrows.h"
#include <QHash>
#include <QSet>

namespace careround::server::importing {

struct RowContext
{
    ImportContext import;
    QSet<QString> people; // person ids of the organisation
    QHash<QString, QString>
        staffIds; // user id AND login name -> user id, for care workers and supervisors
    QSet<QString> seenKeys; // person ids / visit ids met earlier in this file
    HybridLogicalClock *clock = nullptr;
};

struct RowRecord
{
    std::optional<Record> record;
    QList<ImportIssue> issues;
};

RowRecord personRow(RowContext &ctx, const Row &row);
RowRecord personDocumentRow(RowContext &ctx, const Row &row,
                            const QString &type); // care plan, medication order
RowRecord rotaRow(RowContext &ctx, const Row &row);

// The import's name for a field of a record error ("payload.nhsNumber" -> "nhsNumber", ...).
QString importField(ImportKind kind, const QString &recordField);

} // namespace careround::server::importing
