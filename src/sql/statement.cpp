#include "statement.h"
#include "database.h"
#include <sqlcipher/sqlite3.h>
#include <utility>

namespace careround::sql {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, QString sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Result<void> Statement::check(int rc) const
{
    if (rc == SQLITE_OK)
        return {};
    return sqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_extended_errcode(m_db), m_sql);
}

Result<void> Statement::unknownParameter(const char *name) const
{
    return Error {
        QStringLiteral("database"),
        QStringLiteral("no parameter named %1 in SQL: %2").arg(QString::fromUtf8(name), m_sql)};
}

int Statement::parameterIndex(const char *name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
}

Result<void> Statement::bind(int index, const QString &text)
{
    if (text.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = text.toUtf8();
    return check(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

Result<void> Statement::bind(int index, const char *utf8)
{
    if (!utf8)
        return bind(index, nullptr);
    return check(sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT));
}

namespace {
sqlite3_destructor_type destructorFor(Statement::Keep keep)
{
    return keep == Statement::Keep::Borrow ? SQLITE_STATIC : SQLITE_TRANSIENT;
}
} // namespace

Result<void> Statement::bindText(int index, const QByteArray &utf8, Keep keep)
{
    if (utf8.isEmpty())
        return bind(index, nullptr);
    return check(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), destructorFor(keep)));
}

Result<void> Statement::bind(int index, const QByteArray &blob, Keep keep)
{
    if (blob.isNull())
        return bind(index, nullptr);
    if (blob.isEmpty())
        return check(sqlite3_bind_zeroblob(m_stmt, index, 0));
    return check(
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), destructorFor(keep)));
}

Result<void> Statement::bind(int index, qint64 value)
{
    return check(sqlite3_bind_int64(m_stmt, index, value));
}

Result<void> Statement::bind(int index, double value)
{
    return check(sqlite3_bind_double(m_stmt, index, value));
}

Result<void> Statement::bind(int index, std::nullptr_t)
{
    return check(sqlite3_bind_null(m_stmt, index));
}

Result<void> Statement::bind(int index, const QDate &date)
{
    if (!date.isValid())
        return bind(index, nullptr);
    return bind(index, dateText(date));
}

Result<void> Statement::bind(int index, const QDateTime &time)
{
    if (!time.isValid())
        return bind(index, nullptr);
    return bind(index, dateTimeText(time));
}

QString Statement::dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString Statement::dateTimeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return Error {QStringLiteral("database"), QStringLiteral("statement is not prepared")};
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // With sqlite3_prepare_v2 the error is available directly from the connection.
    Error error =
        sqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_extended_errcode(m_db), m_sql);
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
    }
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return isNull(column) ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char *>(data), size);
}

QDate Statement::date(int column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const
{
    QDateTime time = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

} // namespace careround::sql
