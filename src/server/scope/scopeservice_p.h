#pragma once
// Internals of ScopeService shared by its implementation files.
#include "scopeservice.h"
#include <QSet>

namespace careround::server::scoping {

inline constexpr int RotaDaysBack = 1; // yesterday's visits still count (late rounds)
inline constexpr int RotaDaysAhead = 7; // the week's work
inline constexpr int HistoryDays = 28; // recent history needed for safe care
// Entry codes reach a worker's devices this long before a visit's planned start and stay until
// this long after its planned end (a late call still gets in); a call counts as at most 12 h.
inline constexpr qint64 EntryCodesAheadSecs = 24 * 3600;
inline constexpr qint64 EntryCodesAfterSecs = 6 * 3600;
inline constexpr int EntryCodesLongestCallMinutes = 12 * 60;

// Whether `visit` lets its assigned workers' devices hold the person's entry codes at `now`.
bool visitOpensEntryCodes(const VisitAssignment &visit, const QDateTime &now);

Result<User> activeUser(ServerStore &store, const QString &userId);
Result<Device> activeDevice(ServerStore &store, const User &user, const QString &deviceId);
Result<Scope> computeScope(ServerStore &store, const User &user, const QDateTime &now);
// What a user may write for: the people (sorted) and, for workers and supervisors, the rota rows
// that made them writable (their own and their supervised workers' visits over the history window).
struct WritableRota
{
    QStringList personIds;
    QList<VisitAssignment> visits;
};
Result<WritableRota> writableRota(ServerStore &store, const User &user, const Scope &scope,
                                  const QDateTime &now);
// What the family view needs besides the record: the organisation's first names and role names
// by user id, and the records that acknowledgements and amendments refer to.
struct FamilyDirectory
{
    // The family member pulling: what they wrote themselves comes back exactly as their device
    // saved it (a changed copy of a record the device holds would be refused by its store).
    QString viewerUserId;
    QHash<QString, QString> firstNames;
    QHash<QString, QString> roles;
    QHash<QString, Record> referenced;
};
// Family view of a record (familyview.cpp): a family-shared entry, its acknowledgements and
// corrections; the person's name; a delivered visit as a summary; nothing else.
std::optional<StoredRecord> familyView(const StoredRecord &stored,
                                       const FamilyDirectory &directory);
// The ids familyView must find in FamilyDirectory::referenced for this record.
QStringList familyReferencedIds(const Record &record);

} // namespace careround::server::scoping
