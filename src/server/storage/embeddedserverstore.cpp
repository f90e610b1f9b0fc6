// The embedded backend: one SQLCipher file in the data directory and its key file (beside it by
// default, elsewhere in production: keylocation.h), created on first run (zero set-up).
#include "keylocation.h"
#include "schema.h"
#include "serverstorefactory.h"
#include "sql/privatefiles.h"
#include "sql/sqliteconnection.h"
#include "sqlserverstore.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <sodium.h>
#include <unistd.h>
#include <vector>

namespace careround::server {

namespace {

const QString DatabaseFile = QStringLiteral("server.db");
constexpr int ReaderConnections = 2;
// Every page read from the file is decrypted (SQLCipher): a server keeps a larger page cache per
// connection (48 MiB instead of 2 MiB) so hot index pages are decrypted once, and sorts in memory.
const QString ServerPragmas =
    QStringLiteral("PRAGMA cache_size = -49152; PRAGMA temp_store = MEMORY;");

// One writer connection (SQLite has a single writer anyway) and a few reader connections, so
// pulls run beside a push. WAL gives readers a consistent snapshot; since writes commit in seq
// order, a reader that sees seq N sees everything below it.
class EmbeddedProvider final : public sql::ConnectionProvider
{
public:
    EmbeddedProvider(std::unique_ptr<sql::SqliteConnection> writer,
                     std::vector<std::unique_ptr<sql::SqliteConnection>> readers)
        : m_writer(std::move(writer))
        , m_readers(std::move(readers))
    {
        for (auto &reader : m_readers)
            m_idle.push_back(reader.get());
    }
    Result<sql::ConnectionLease> acquire(bool write) override
    {
        if (write || m_readers.empty()) {
            m_writerMutex.lock();
            return sql::ConnectionLease(m_writer.get(), [this] { m_writerMutex.unlock(); });
        }
        std::unique_lock lock(m_readerMutex);
        m_readerFree.wait(lock, [this] { return !m_idle.empty(); });
        sql::SqliteConnection *reader = m_idle.back();
        m_idle.pop_back();
        return sql::ConnectionLease(reader, [this, reader] {
            std::lock_guard relock(m_readerMutex);
            m_idle.push_back(reader);
            m_readerFree.notify_one();
        });
    }

private:
    std::mutex m_writerMutex;
    std::unique_ptr<sql::SqliteConnection> m_writer;
    std::mutex m_readerMutex;
    std::condition_variable m_readerFree;
    std::vector<std::unique_ptr<sql::SqliteConnection>> m_readers;
    std::vector<sql::SqliteConnection *> m_idle;
};

Error keyError(const QString &path, const QString &what)
{
    return Error {QStringLiteral("keyFile"), QStringLiteral("%1: %2").arg(path, what)};
}

// Creates the key file with 32 random bytes, readable by the owner only, atomically (O_EXCL).
Result<QByteArray> createKey(const QString &path)
{
    if (sodium_init() < 0)
        return keyError(path, QStringLiteral("libsodium could not be initialised"));
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return keyError(path,
                        QStringLiteral("cannot create the key file: %1")
                            .arg(QString::fromLocal8Bit(strerror(errno))));
    const bool written =
        ::write(fd, key.constData(), size_t(key.size())) == key.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        return keyError(path, QStringLiteral("cannot write the key file"));
    }
    return key;
}

Result<QByteArray> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(path,
                        QStringLiteral("cannot read the key file: %1").arg(file.errorString()));
    const QByteArray key = file.readAll();
    if (key.size() != 32)
        return keyError(path, QStringLiteral("the key file must hold exactly 32 bytes"));
    files::tighten(path); // never looser than owner-only (a read-only credential is left as it is)
    return key;
}

Result<void> migrate(sql::Connection &connection)
{
    auto tx = sql::Transaction::begin(connection, true);
    if (!tx)
        return tx.error();
    if (auto r = schema::migrate(connection, schema::sqliteDdl()); !r)
        return Error {QStringLiteral("dataDir"), r.error().message};
    return tx.value().commit();
}

} // namespace

Result<std::unique_ptr<ServerStore>> openEmbeddedServerStore(const EmbeddedStoreOptions &options)
{
    if (options.dataDir.isEmpty())
        return Error {QStringLiteral("dataDir"), QStringLiteral("is required")};
    if (auto made = files::ensurePrivateFolder(options.dataDir); !made)
        return Error {QStringLiteral("dataDir"), made.error().message};
    QDir dir(options.dataDir);
    const QString dbPath = dir.filePath(DatabaseFile);
    const QString keyPath = options.keyFile.isEmpty()
        ? dir.filePath(QString::fromLatin1(DataDirKeyFile))
        : options.keyFile;
    Result<QByteArray> key = QByteArray();
    if (QFileInfo::exists(keyPath))
        key = readKey(keyPath);
    else if (QFileInfo::exists(dbPath))
        return keyError(keyPath, QStringLiteral("the database exists but its key file is missing"));
    else
        key = createKey(keyPath);
    if (!key)
        return key.error();

    auto db = careround::sql::Database::open(dbPath, key.value());
    if (!db) {
        sodium_memzero(key.value().data(), size_t(key.value().size()));
        return Error {QStringLiteral("dataDir"), db.error().toString()};
    }
    auto writer = std::make_unique<sql::SqliteConnection>(std::move(db).value());
    if (auto r = migrate(*writer); !r)
        return r.error();
    if (auto r = writer->execScript(ServerPragmas); !r)
        return r.error();
    std::vector<std::unique_ptr<sql::SqliteConnection>> readers;
    for (int i = 0; i < ReaderConnections; ++i) {
        auto reader =
            careround::sql::Database::open(dbPath, key.value(), careround::sql::OpenMode::ReadOnly);
        if (!reader)
            break; // readers are an optimisation: the writer serves reads too
        auto connection = std::make_unique<sql::SqliteConnection>(std::move(reader).value());
        if (!connection->execScript(ServerPragmas))
            break;
        readers.push_back(std::move(connection));
    }
    sodium_memzero(key.value().data(), size_t(key.value().size()));
    return std::unique_ptr<ServerStore>(std::make_unique<SqlServerStore>(
        std::make_unique<EmbeddedProvider>(std::move(writer), std::move(readers))));
}

} // namespace careround::server
