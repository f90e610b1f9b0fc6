#pragma once
// The visit alerts the server raises (docs/alerts.md), decided from one visit's plan, its fold
// (visitstatus.h) and `now`. Each finding names the instant its rule became true (`since`): with
// the rule and the visit it makes the alert's deterministic id, so the alert is raised once.
//   late_visit      no check-in lateEarlyMinutes (45, visittiming.h: product.md's "start >= 45
//                   minutes away from the planned time", per contract) after the planned start,
//                   or a check-in that late;
//   missed_visit    none missedAfterMinutes (120) after the planned start, or a start that late;
//   no_checkout     checked in, not out, noCheckOutAfterEndMinutes (60) after the planned end;
//   short_visit     done in less than shortVisitRatio (2/3) of the planned duration;
//   visit_location  a check-in or check-out outside the home radius or with no location fix.
// `heldBySync`: a device of the visit's worker is known to hold unsent records of it (the
// awaiting_sync rule, server/office/awaitingsync.h): late, missed and no_checkout wait for it.
#include "visitstatus.h"

namespace careround {

struct VisitAlertThresholds
{
    VisitTimingThresholds timing; // late 45 min, missed 120 min
    int noCheckOutAfterEndMinutes = 60;
    int shortVisitNumerator = 2; // shorter than 2/3 of the planned duration
    int shortVisitDenominator = 3;
};

enum class VisitAlertKind { Late, Missed, NoCheckOut, ShortVisit, Location };

struct VisitAlertFinding
{
    VisitAlertKind kind = VisitAlertKind::Late;
    QDateTime since; // when the rule became true (UTC); part of the alert's identity
    QString recordId; // the check-in/out behind it (ShortVisit, Location); empty otherwise
    QString detail; // Location: "outside_radius" or "no_fix"; ShortVisit: "12 of 30 minutes"
};

QString visitAlertRule(VisitAlertKind kind); // "late_visit", "missed_visit", …

// `events`: the visit's check-ins and check-outs (others are ignored; withdrawn ones too, as
// the fold ignores them), for the location rule.
QList<VisitAlertFinding> visitAlerts(const PlannedVisit &visit, const VisitState &state,
                                     const QList<Record> &events, const QDateTime &now,
                                     bool heldBySync, const VisitAlertThresholds &thresholds = {});

} // namespace careround
