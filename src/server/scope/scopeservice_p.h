#pragma once
// Internals of ScopeService shared by its implementation files.
#include "scopeservice.h"
#include <QSet>

namespace careround::server::scoping {

inline constexpr int RotaDaysBack = 1;   // yesterday's visits still count (late rounds)
inline constexpr int RotaDaysAhead = 7;  // the week's work
inline constexpr int HistoryDays = 28;   // recent history needed for safe care

Result<User> activeUser(ServerStore &store, const QString &userId);
Result<Device> activeDevice(ServerStore &store, const User &user, const QString &deviceId);
Result<Scope> computeScope(ServerStore &store, const User &user, const QDateTime &now);
Result<QStringList> writablePeople(ServerStore &store, const User &user, const Scope &scope, const QDateTime &now);
// Family view of a record: a family-shared entry as is, a delivered visit as a summary.
std::optional<StoredRecord> familyView(const StoredRecord &stored, const QHash<QString, QString> &firstNames);

} // namespace careround::server::scoping
