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

enum class RowOutcome { Created, Changed, Unchanged };

struct RowRecord
{
    std::optional<Record> record; // none: refused (issues) or unchanged
    QList<ImportIssue> issues;
    RowOutcome outcome = RowOutcome::Created;
};

// The envelope of a record the import writes (author: the importing coordinator).
Record importEnvelope(RowContext &ctx, const QString &type, const QString &personId,
                      const QDate &careDay);
// A person id the row refers to: required, of this organisation (else an issue).
QString referencedPerson(RowContext &ctx, const Row &row, QList<ImportIssue> &issues);
// The day of care of what the import writes now (UK).
QDate importDay(const RowContext &ctx);

RowRecord personRow(RowContext &ctx, const Row &row);
RowRecord personDocumentRow(RowContext &ctx, const Row &row,
                            const QString &type); // care plan, medication order
RowRecord rotaRow(RowContext &ctx, const Row &row);

// The import's name for a field of a record error ("payload.nhsNumber" -> "nhsNumber", ...).
QString importField(ImportKind kind, const QString &recordField);

} // namespace careround::server::importing
