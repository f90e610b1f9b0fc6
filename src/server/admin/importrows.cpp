#include "importrows.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace careround::server::importing {

namespace {

// The rota's own columns match in any case ("Person_ID"); any other column is a payload field and
// keeps the schema's spelling ("callType"): lower-cased it would be a field no visit has.
QString csvColumnName(const QString &cell)
{
    const QString name = cell.trimmed();
    for (const char *column :
         {"visit_id", "person_id", "planned_start", "duration_minutes", "worker_ids"}) {
        if (name.compare(QLatin1String(column), Qt::CaseInsensitive) == 0)
            return QLatin1String(column);
    }
    return name;
}
constexpr qsizetype MaxFileBytes = 64 * 1024 * 1024;

ImportIssue fileIssue(int line, const QString &message)
{
    return ImportIssue {line, QString(), message};
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}
} // namespace

QList<int> jsonElementLines(const QByteArray &json)
{
    // A small scanner: depth of the row array is 1 (top-level array) or 2 (array in an object).
    QList<int> lines;
    int depth = 0, line = 1, rowDepth = -1;
    bool inString = false, escaped = false, expectElement = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectElement && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
            ++depth;
            if (rowDepth < 0 && depth <= 2) {
                rowDepth = depth;
                expectElement = true;
            }
            break;
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            --depth;
            expectElement = false;
            if (depth < rowDepth)
                return lines;
            break;
        case ',':
            if (depth == rowDepth)
                expectElement = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

Rows readJsonRows(const QByteArray &json)
{
    Rows out;
    if (json.size() > MaxFileBytes) {
        out.issues.append(fileIssue(0, QStringLiteral("the file is larger than 64 MiB")));
        return out;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.issues.append(fileIssue(lineAt(json, error.offset),
                                    QStringLiteral("not valid JSON: ") + error.errorString()));
        return out;
    }
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else {
        const QJsonObject top = doc.object();
        if (top.size() != 1 || !top.begin().value().isArray()) {
            out.issues.append(fileIssue(
                1, QStringLiteral("expected an array of rows, or an object holding one array")));
            return out;
        }
        array = top.begin().value().toArray();
    }
    const QList<int> lines = jsonElementLines(json);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 0;
        if (!array.at(i).isObject()) {
            out.issues.append(ImportIssue {line, QString(),
                                           QStringLiteral("row %1 is not an object").arg(i + 1)});
            continue;
        }
        out.rows.append(Row {line, array.at(i).toObject()});
    }
    if (array.isEmpty())
        out.issues.append(fileIssue(1, QStringLiteral("the file holds no rows")));
    return out;
}

namespace {

struct CsvLine
{
    int line = 0;
    QStringList cells;
};

// Splits RFC 4180 CSV into records of cells; an unterminated quote is reported with its line.
QList<CsvLine> splitCsv(const QString &text, QList<ImportIssue> &issues)
{
    QList<CsvLine> records;
    CsvLine current {1, {}};
    QString cell;
    bool quoted = false, cellStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            current.cells.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n')) {
            current.cells.append(cell);
            records.append(current);
            ++line;
            current = CsvLine {line, {}};
            cell.clear();
            cellStarted = false;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        issues.append(ImportIssue {current.line, QString(),
                                   QStringLiteral("a quoted field is never closed")});
    if (cellStarted || !current.cells.isEmpty()) {
        current.cells.append(cell);
        records.append(current);
    }
    // Blank lines carry no row.
    records.removeIf([](const CsvLine &r) {
        return r.cells.size() == 1 && r.cells.first().trimmed().isEmpty();
    });
    return records;
}

} // namespace

Rows readCsvRows(const QByteArray &csv)
{
    Rows out;
    if (csv.size() > MaxFileBytes) {
        out.issues.append(fileIssue(0, QStringLiteral("the file is larger than 64 MiB")));
        return out;
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // spreadsheet exports often start with a byte-order mark
    const QList<CsvLine> records = splitCsv(QString::fromUtf8(bytes), out.issues);
    if (!out.issues.isEmpty())
        return out;
    if (records.isEmpty()) {
        out.issues.append(fileIssue(1, QStringLiteral("the file is empty: expected a header row")));
        return out;
    }
    QStringList header;
    for (const QString &name : records.first().cells)
        header.append(csvColumnName(name));
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty())
            out.issues.append(ImportIssue {
                1, QString(), QStringLiteral("column %1 has no name in the header").arg(i + 1)});
        else if (header.indexOf(header.at(i)) != i)
            out.issues.append(
                ImportIssue {1, header.at(i), QStringLiteral("column named twice in the header")});
    }
    if (!out.issues.isEmpty())
        return out;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvLine &record = records.at(r);
        if (record.cells.size() != header.size()) {
            out.issues.append(ImportIssue {record.line, QString(),
                                           QStringLiteral("has %1 cells, the header has %2")
                                               .arg(record.cells.size())
                                               .arg(header.size())});
            continue;
        }
        Row row {record.line, {}};
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString value = record.cells.at(c).trimmed();
            if (!value.isEmpty())
                row.fields.insert(header.at(c), value);
        }
        out.rows.append(row);
    }
    if (records.size() == 1)
        out.issues.append(fileIssue(1, QStringLiteral("the file holds a header but no rows")));
    return out;
}

} // namespace careround::server::importing
