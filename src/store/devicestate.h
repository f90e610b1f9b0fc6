#pragma once
// Small named values this device keeps in its encrypted store beside the records: the enrolled
// profile, the clock floor, and what sync keeps (cursor, tokens, device key). Synchronous, on one
// connection, like RecordRepository; RecordStore runs it on its writer and reader threads.
#include "core/result.h"
#include <QByteArray>
#include <QString>
#include <optional>

namespace careround::sql {
class Database;
}

namespace careround::store {

// The keys in use. Sync adds its own under "sync.".
namespace DeviceStateKey {
inline constexpr char Profile[] = "device.profile"; // DeviceProfile JSON
inline constexpr char ClockFloor[] = "clock.floor"; // HlcTimestamp text: highest clock stored
} // namespace DeviceStateKey

class DeviceStateRepository
{
public:
    explicit DeviceStateRepository(sql::Database &db);

    Result<std::optional<QByteArray>> value(const QString &key);
    // Inserts or replaces; keys are 1-200 characters.
    Result<void> setValue(const QString &key, const QByteArray &value);
    Result<void> remove(const QString &key);

private:
    sql::Database &m_db;
};

} // namespace careround::store
