#pragma once
// The rota as the office sees it: the visits planned in a time range that a viewer may see,
// each folded with its events by core's rules (visitstatus.h), plus the people and staff they
// name. Read through ServerStore only, so both backends serve it.
#include "core/plannedvisit.h"
#include "core/rules/visitstatus.h"
#include "officeviewer.h"
#include <QHash>

namespace careround::server {

struct FoldedVisit
{
    PlannedVisit plan;
    VisitState state;
    QString
        emergencyReason; // from a check-out's optional "emergencyReason" (extra time beyond plan)
    // The check-in the status counts from (the earliest) and the check-out it ends with (the
    // latest), for their location evidence.
    std::optional<Record> checkIn;
    std::optional<Record> checkOut;
};

struct OfficeDay
{
    QList<FoldedVisit> visits; // by planned start, then visit id
    QHash<QString, Record> persons; // latest person record by person id
    QHash<QString, User> users; // every user of the organisation by id

    QString personName(const QString &personId) const;
    QString userName(const QString &userId) const;
    QStringList personIds() const; // the people of `visits`, sorted
};

// Visits whose planned start lies in [from, to) and that have a worker the viewer sees
// (supervisors: one of their workers is assigned), folded at `now`. `onlyVisits`: only these
// rota rows (an incremental board read), reading only their people's records.
Result<OfficeDay> loadOfficeDay(ServerStore &store, const OfficeViewer &viewer,
                                const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                const QSet<QString> *onlyVisits = nullptr);

} // namespace careround::server
