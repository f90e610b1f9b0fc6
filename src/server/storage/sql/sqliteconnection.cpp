#include "sqliteconnection.h"

namespace careround::server::sql {

using careround::sql::Statement;

SqliteConnection::SqliteConnection(careround::sql::Database db)
    : m_db(std::move(db))
{ }

Result<Statement *> SqliteConnection::prepared(const QString &sql, const Params &params)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return statement.error();
        found = m_statements.emplace(sql, std::make_unique<Statement>(std::move(statement).value()))
                    .first;
    }
    Statement *statement = found->second.get();
    statement->reset();
    statement->clearBindings();
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &value = params.at(i);
        Result<void> bound;
        if (value.isNull())
            bound = statement->bind(i + 1, nullptr);
        else if (value.typeId() == QMetaType::QString)
            bound = statement->bind(i + 1, value.toString());
        else if (value.typeId() == QMetaType::Bool)
            bound = statement->bind(i + 1, qint64(value.toBool() ? 1 : 0));
        else
            bound = statement->bind(i + 1, value.toLongLong());
        if (!bound)
            return bound.error();
    }
    return statement;
}

Result<QList<Row>> SqliteConnection::query(const QString &sql, const Params &params)
{
    auto statement = prepared(sql, params);
    if (!statement)
        return statement.error();
    Statement *s = statement.value();
    QList<Row> rows;
    for (;;) {
        auto stepped = s->step();
        if (!stepped) {
            s->reset();
            return stepped.error();
        }
        if (!stepped.value())
            break;
        Row row;
        const int columns = s->columnCount();
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.values.append(s->blob(c)); // text as its UTF-8 bytes; null stays null
        rows.append(std::move(row));
    }
    s->reset();
    return rows;
}

Result<int> SqliteConnection::exec(const QString &sql, const Params &params)
{
    auto statement = prepared(sql, params);
    if (!statement)
        return statement.error();
    auto ran = statement.value()->run();
    statement.value()->reset();
    if (!ran)
        return ran.error();
    return m_db.changes();
}

Result<void> SqliteConnection::execScript(const QString &sql)
{
    return m_db.exec(sql);
}

Result<qint64> SqliteConnection::insertReturningSeq(const QString &sql, const Params &params)
{
    auto changed = exec(sql, params);
    if (!changed)
        return changed.error();
    return m_db.lastInsertRowId();
}

Result<void> SqliteConnection::begin(bool write)
{
    return m_db.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN DEFERRED"));
}

Result<void> SqliteConnection::commit()
{
    return m_db.exec(QStringLiteral("COMMIT"));
}

void SqliteConnection::rollback()
{
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace careround::server::sql
