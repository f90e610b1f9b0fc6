#pragma once
// Reading import files into rows that remember their line: JSON (an array of objects, at the
// top level or as the one array member of a top-level object) and CSV (RFC 4180: header row,
// quoted fields may hold commas, quotes and newlines).
#include "importer.h"
#include <QJsonObject>
#include <QList>

namespace careround::server::importing {

struct Row
{
    int line = 0; // where the row starts, 1-based
    QJsonObject fields; // CSV: every column as a string (empty cells left out)
};

struct Rows
{
    QList<Row> rows;
    QList<ImportIssue> issues; // file-level problems (then rows is empty)
};

Rows readJsonRows(const QByteArray &json);
Rows readCsvRows(const QByteArray &csv);

// Line (1-based) where each element of the row array starts; empty if the shape is not found.
QList<int> jsonElementLines(const QByteArray &json);

} // namespace careround::server::importing
