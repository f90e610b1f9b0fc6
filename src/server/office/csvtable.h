#pragma once
// A report as CSV (RFC 4180): a header row and data rows, every field quoted when it holds a
// comma, a quote or a line break, CRLF between records, UTF-8 with a byte-order mark so that
// spreadsheet programs read names such as "Siân" as written. Cells that a spreadsheet would run
// as a formula (starting with = + - @, a tab or a carriage return) are written with a leading
// apostrophe, so a name typed on a phone can never execute in the office's spreadsheet.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace careround::server {

struct CsvTable
{
    QString fileName; // for Content-Disposition: "careround-visits-2026-12-07.csv"
    QStringList header;
    QList<QStringList> rows;

    QByteArray toCsv() const;
};

// One field as written: the formula guard, then quoting where RFC 4180 needs it.
QString csvField(const QString &value);

} // namespace careround::server
