#pragma once
// Who is at a visit: one worker's check-in and check-out, whether this user is assigned, who the
// other worker of a double-handed call is, and whether entry codes may be shown. Read from a
// visit's corrected events (correctedrecords.h), so a withdrawn check-in does not count.
#include "core/plannedvisit.h"
#include "core/record.h"
#include <QList>
#include <optional>

namespace careround::ui {

struct WorkerPresence
{
    std::optional<Record> checkIn; // the worker's first check-in
    std::optional<Record> checkOut; // their last check-out after it
    bool checkedIn() const { return checkIn.has_value(); }
    bool here() const { return checkIn && !checkOut; }
    bool left() const { return checkIn && checkOut; }
    int minutesHere() const; // whole minutes from check-in to check-out, 0 until checked out
};

WorkerPresence presenceOf(const QList<Record> &visitEvents, const QString &userId);

bool isAssigned(const PlannedVisit &visit, const QString &userId);
// The other worker of a double-handed call; empty for a single-handed one.
QString partnerOf(const PlannedVisit &visit, const QString &userId);
// The rota may name its workers (payload "workerNames": {userId: name}); empty when it does not.
QString workerName(const Record &visitRecord, const QString &userId);

// Entry codes are for an assigned worker during the visit: checked in, not yet checked out, and the
// call not cancelled.
bool mayRevealEntryCodes(const PlannedVisit &visit, const QList<Record> &visitEvents,
                         const QString &userId);

// The current version of a rota visit: its last "visit" record in clock order, or null.
const Record *currentVisitVersion(const QList<Record> &records, const QString &visitId);
// The answer points into `records`: a temporary list would leave it dangling.
const Record *currentVisitVersion(QList<Record> &&, const QString &) = delete;

} // namespace careround::ui
