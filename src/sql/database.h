#pragma once
// RAII handle over one SQLCipher connection (sqlite3*). Move-only; one thread at a time.
// Opened with a 32-byte raw key the file is encrypted; with an empty key it is plain SQLite.
#include "core/result.h"
#include <QByteArray>
#include <QString>

struct sqlite3;

namespace careround::sql {

class Statement;

enum class OpenMode { ReadWrite, ReadOnly };

class Database
{
public:
    static constexpr int RawKeySize = 32;
    static constexpr int BusyTimeoutMs = 5000;

    // Opens (creating it in ReadWrite mode) and configures the connection: key, cipher page size,
    // key check, WAL, synchronous=FULL, foreign keys, busy timeout. Never returns a half-open
    // handle. In ReadWrite mode the file and its -wal/-shm/-journal are owner-only (0600),
    // tightened if an older file was looser (sql/privatefiles.h).
    static Result<Database> open(const QString &path, const QByteArray &rawKey,
                                 OpenMode mode = OpenMode::ReadWrite);

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    bool isOpen() const { return m_db != nullptr; }
    bool isEncrypted() const { return m_encrypted; }
    OpenMode mode() const { return m_mode; }
    QString path() const { return m_path; }
    void close();

    // Runs one or more statements that return no rows of interest.
    Result<void> exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);

    // First column of the first row as text / integer (PRAGMAs, counts).
    Result<QString> queryText(const QString &sql);
    Result<qint64> queryInt(const QString &sql);

    Result<int> userVersion();
    Result<void> setUserVersion(int version);

    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }

    // An Error carrying SQLite's current message and code, plus the SQL that failed.
    Error lastError(const QString &sql) const;

private:
    explicit Database(sqlite3 *db, QString path, OpenMode mode, bool encrypted);
    Result<void> applyKey(const QByteArray &rawKey);
    Result<void> configure();

    sqlite3 *m_db = nullptr;
    QString m_path;
    OpenMode m_mode = OpenMode::ReadWrite;
    bool m_encrypted = false;
};

// Builds the error every layer of the SQL wrapper returns: field "database", SQLite's words, the
// SQL.
Error sqlError(const QString &sqliteMessage, int code, const QString &sql);

} // namespace careround::sql
