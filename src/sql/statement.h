#pragma once
// A prepared statement. Binding is 1-based (SQLite's convention) or by ":name"; columns are
// 0-based. Dates bind as ISO-8601 text (QDate "yyyy-MM-dd", QDateTime UTC with milliseconds).
#include "core/result.h"
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;

namespace careround::sql {

class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Index binds (1-based). An empty (null) QString / QByteArray binds NULL; an empty non-null one
    // binds '' / zero-length blob. Invalid QDate/QDateTime bind NULL.
    Result<void> bind(int index, const QString &text);
    Result<void> bind(int index, const char *utf8);
    // Who keeps bound bytes alive: SQLite, in a copy of its own, or the caller, unchanged until
    // the statement is reset and its bindings cleared (a ResetGuard in the caller's scope).
    enum class Keep { Copy, Borrow };
    // UTF-8 text; an empty one binds NULL (for rows prepared ahead as bytes, RecordRow).
    Result<void> bindText(int index, const QByteArray &utf8, Keep keep = Keep::Copy);
    Result<void> bind(int index, const QByteArray &blob, Keep keep = Keep::Copy);
    Result<void> bind(int index, qint64 value);
    Result<void> bind(int index, int value) { return bind(index, qint64(value)); }
    Result<void> bind(int index, double value);
    Result<void> bind(int index, std::nullptr_t);
    Result<void> bind(int index, const QDate &date);
    Result<void> bind(int index, const QDateTime &time);

    // Name binds: name includes its prefix, e.g. ":id".
    template<typename T>
    Result<void> bind(const char *name, const T &value)
    {
        const int index = parameterIndex(name);
        if (index <= 0)
            return unknownParameter(name);
        return bind(index, value);
    }
    int parameterIndex(const char *name) const;

    // Advances: true when a row is available, false when done.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Result<void> run();
    void reset(); // keeps bindings
    void clearBindings(); // NULL for every parameter

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const; // NULL → null QString
    QByteArray blob(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;

    QString sql() const { return m_sql; }
    bool isValid() const { return m_stmt != nullptr; }

    static QString dateText(const QDate &date);
    static QString dateTimeText(const QDateTime &time);

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, QString sql);
    Result<void> check(int rc) const;
    Result<void> unknownParameter(const char *name) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

// Resets and clears a reused statement when the scope ends, so no cursor stays open: an unfinished
// SELECT would pin its read snapshot (and hold back WAL checkpoints) until the statement's next
// use.
class ResetGuard
{
public:
    explicit ResetGuard(Statement &stmt)
        : m_stmt(stmt)
    { }
    ResetGuard(const ResetGuard &) = delete;
    ResetGuard &operator=(const ResetGuard &) = delete;
    ~ResetGuard()
    {
        m_stmt.reset();
        m_stmt.clearBindings();
    }

private:
    Statement &m_stmt;
};

} // namespace careround::sql
