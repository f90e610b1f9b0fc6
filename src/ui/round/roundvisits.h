#pragma once
// Today's round for one worker, from the store's records: the visits whose current rota version is
// on the day and assigns the worker, in planned-time order, each with the person's grab-sheet
// header, the other worker of a double-handed call and the status folded from its corrected
// events. Pure: the model (roundmodel.h) reads the records and refolds as time passes.
#include "core/plannedvisit.h"
#include "core/rules/visitstatus.h"
#include "ui/visit/personsheet.h"
#include "ui/visit/visitpresence.h"
#include <QDate>
#include <QList>

namespace careround::ui {

struct RoundVisit
{
    PlannedVisit visit;
    Record visitRecord; // the current rota version (names, cancel reason)
    PersonSheet person;
    QList<Record> events; // the visit's events, corrected, in clock order (no rota versions)
    VisitState state;
    QString partnerId; // double-handed: the other worker
    QString partnerName; // from the rota, empty when it does not say

    QString cancelReason() const;
};

// `visitRecords`: every record of the day's visits (rota versions and events, from any day).
// `personRecords`: person records (any versions) of the people on them.
QList<RoundVisit> buildRound(const QList<Record> &visitRecords, const QList<Record> &personRecords,
                             const QDate &day, const QString &userId, const QDateTime &now);

// The status again at `now` (the fold is cheap; records do not change between saves).
void refold(RoundVisit &visit, const QDateTime &now);

} // namespace careround::ui
