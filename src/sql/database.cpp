#include "database.h"
#include "sql/privatefiles.h"
#include "statement.h"
#include <array>
#include <cstring>
#include <sqlcipher/sqlite3.h>
#include <utility>

namespace careround::sql {

namespace {

const QString NotACareRoundDatabase = QStringLiteral("wrong key or not a CareRound database");

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace

Error sqlError(const QString &sqliteMessage, int code, const QString &sql)
{
    QString message = sqliteMessage + QStringLiteral(" (SQLite code %1)").arg(code);
    if (!sql.isEmpty())
        message += QStringLiteral(" in SQL: ") + sql;
    return Error {QStringLiteral("database"), message};
}

Database::Database(sqlite3 *db, QString path, OpenMode mode, bool encrypted)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_encrypted(encrypted)
{ }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_mode(other.m_mode)
    , m_encrypted(other.m_encrypted)
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_mode = other.m_mode;
        m_encrypted = other.m_encrypted;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until any forgotten statements are finalized.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString &path, const QByteArray &rawKey, OpenMode mode)
{
    if (path.isEmpty())
        return Error {QStringLiteral("path"), QStringLiteral("database path is empty")};
    if (!rawKey.isEmpty() && rawKey.size() != RawKeySize)
        return Error {
            QStringLiteral("key"),
            QStringLiteral("data key must be %1 bytes, got %2").arg(RawKeySize).arg(rawKey.size())};

    // Before SQLite's first use in the process: no allocation statistics, which take a global
    // mutex on every malloc and free (4 % of storing a pulled page). Refused harmlessly if SQLite
    // was already started elsewhere.
    static const int noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(noMemoryStatistics);
    // NOMUTEX: a connection is only ever used by one thread at a time (writer thread, or one
    // reader).
    if (mode == OpenMode::ReadWrite) {
        // Owner-only before SQLite writes a byte: it creates -wal and -shm with the database's
        // mode. Files left looser by an older version are tightened here.
        if (auto made = files::ensurePrivateFile(path); !made)
            return Error {QStringLiteral("database"),
                          QStringLiteral("cannot open %1: %2").arg(path, made.error().message)};
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            files::tighten(path + QLatin1String(suffix));
    }
    const int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    Database db(handle, path, mode, !rawKey.isEmpty()); // owns the handle even when open failed
    if (rc != SQLITE_OK) {
        const QString message =
            handle ? fromUtf8(sqlite3_errmsg(handle)) : fromUtf8(sqlite3_errstr(rc));
        return Error {
            QStringLiteral("database"),
            QStringLiteral("cannot open %1: %2 (SQLite code %3)").arg(path, message).arg(rc)};
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, BusyTimeoutMs);

    if (!rawKey.isEmpty()) {
        if (auto r = db.applyKey(rawKey); !r)
            return r.error();
    }
    // The first read of the schema is where a wrong key (or a foreign file) shows itself.
    if (auto r = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !r) {
        const int code = sqlite3_errcode(handle) & 0xff;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return Error {QStringLiteral("key"),
                          NotACareRoundDatabase + QStringLiteral(" (%1)").arg(path)};
        return r.error();
    }
    if (auto r = db.configure(); !r)
        return r.error();
    return db;
}

Result<void> Database::applyKey(const QByteArray &rawKey)
{
    // Raw key syntax x'<64 hex>': SQLCipher uses the bytes as the key directly, no PBKDF2 at open.
    // This is the C form of PRAGMA key = "x'…'", so the key never appears in SQL text.
    static constexpr char Hex[] = "0123456789abcdef";
    std::array<char, 2 + 2 * RawKeySize + 1> spec {};
    spec[0] = 'x';
    spec[1] = '\'';
    for (int i = 0; i < RawKeySize; ++i) {
        const auto byte = static_cast<unsigned char>(rawKey[i]);
        spec[2 + 2 * i] = Hex[byte >> 4];
        spec[3 + 2 * i] = Hex[byte & 0x0f];
    }
    spec[spec.size() - 1] = '\'';
    const int rc = sqlite3_key_v2(m_db, "main", spec.data(), int(spec.size()));
    explicit_bzero(spec.data(), spec.size()); // the hex key must not linger on the stack
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("sqlite3_key"));
    // Must follow the key and precede the first page read; SQLCipher does not store it in the file.
    return exec(QStringLiteral("PRAGMA cipher_page_size = 4096"));
}

Result<void> Database::configure()
{
    // Sort and temp tables stay in memory: SQLCipher's temp files would be another place to look
    // after.
    QString sql = QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
    if (m_mode == OpenMode::ReadWrite) {
        if (!m_encrypted)
            sql +=
                QStringLiteral("PRAGMA page_size = 4096;"); // same page size as the encrypted store
        sql += QStringLiteral("PRAGMA synchronous = FULL;");
    }
    if (auto r = exec(sql); !r)
        return r;
    if (m_mode == OpenMode::ReadWrite) {
        auto mode = queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error {QStringLiteral("database"),
                          QStringLiteral("could not switch %1 to WAL (journal_mode is %2)")
                              .arg(m_path, mode.value())};
    }
    return {};
}

Result<void> Database::exec(const QString &sql)
{
    if (!m_db)
        return Error {QStringLiteral("database"), QStringLiteral("database is not open")};
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return sqlError(text, sqlite3_extended_errcode(m_db), sql);
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    if (!m_db)
        return Error {QStringLiteral("database"), QStringLiteral("database is not open")};
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(sql);
    }
    if (!stmt)
        return Error {QStringLiteral("database"), QStringLiteral("no statement in SQL: ") + sql};
    return Statement(m_db, stmt, sql);
}

Result<QString> Database::queryText(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return QString();
    return stmt.value().text(0);
}

Result<qint64> Database::queryInt(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error {QStringLiteral("database"), QStringLiteral("no row returned by SQL: ") + sql};
    return stmt.value().int64(0);
}

Result<int> Database::userVersion()
{
    auto v = queryInt(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return int(v.value());
}

Result<void> Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Error Database::lastError(const QString &sql) const
{
    if (!m_db)
        return Error {QStringLiteral("database"), QStringLiteral("database is not open")};
    return sqlError(fromUtf8(sqlite3_errmsg(m_db)), sqlite3_extended_errcode(m_db), sql);
}

} // namespace careround::sql
