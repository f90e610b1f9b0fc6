#include "devicestate.h"
#include "sql/database.h"
#include "sql/statement.h"
#include <QDateTime>

namespace careround::store {

namespace {

Result<void> checkKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 200)
        return Error {QStringLiteral("key"), QStringLiteral("must be 1 to 200 characters")};
    return {};
}

} // namespace

DeviceStateRepository::DeviceStateRepository(sql::Database &db)
    : m_db(db)
{ }

Result<std::optional<QByteArray>> DeviceStateRepository::value(const QString &key)
{
    if (auto checked = checkKey(key); !checked)
        return checked.error();
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM device_state WHERE key = ?1"));
    if (!stmt)
        return stmt.error();
    if (auto bound = stmt.value().bind(1, key); !bound)
        return bound.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt.value().blob(0));
}

Result<void> DeviceStateRepository::setValue(const QString &key, const QByteArray &value)
{
    if (auto checked = checkKey(key); !checked)
        return checked;
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO device_state (key, value, updated_at) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return stmt.error();
    // A non-null empty blob, so an empty value is stored as empty rather than NULL.
    const QByteArray stored = value.isNull() ? QByteArray("") : value;
    for (const auto &bound : {stmt.value().bind(1, key), stmt.value().bind(2, stored),
                              stmt.value().bind(3, QDateTime::currentDateTimeUtc())}) {
        if (!bound)
            return bound;
    }
    auto done = stmt.value().step();
    if (!done)
        return done.error();
    return {};
}

Result<void> DeviceStateRepository::remove(const QString &key)
{
    if (auto checked = checkKey(key); !checked)
        return checked;
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM device_state WHERE key = ?1"));
    if (!stmt)
        return stmt.error();
    if (auto bound = stmt.value().bind(1, key); !bound)
        return bound;
    auto done = stmt.value().step();
    if (!done)
        return done.error();
    return {};
}

} // namespace careround::store
