#include "csvtable.h"

namespace careround::server {

namespace {
bool startsAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

void appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        out += csvField(fields.at(i));
    }
    out += QLatin1String("\r\n");
}
} // namespace

QString csvField(const QString &value)
{
    const QString guarded = startsAFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = guarded.contains(u',') || guarded.contains(u'"')
        || guarded.contains(u'\n') || guarded.contains(u'\r');
    if (!needsQuotes)
        return guarded;
    QString quoted = guarded;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvTable::toCsv() const
{
    QString out;
    appendRecord(out, header);
    for (const QStringList &row : rows)
        appendRecord(out, row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace careround::server
