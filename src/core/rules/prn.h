#pragma once
// As-needed (PRN) doses, enforced on the device, offline: the minimum gap between doses and the
// most doses in any rolling 24 hours, from the order's PRN protocol.
//
// Counted doses: medication.administration records of the order (from any device; a copy
// delivered twice counts once), amendments applied (withdrawn ones dropped, replacements used),
// whose outcome is a given-type one (isGiven: given, prompted and taken, assisted,
// self-administered, partly taken), at their administeredAt time.
//
// A dose at time p is allowed when no counted dose is less than the minimum gap away from p (on
// either side) and no 24-hour period (t − 24 h, t] that contains p would then hold more than
// maxDosesPer24h doses. Doses recorded with a time AFTER p (another device's clock ahead, or a
// dose entered afterwards) count like any other: waiting longer is safer than a double dose, and
// the reason asks the worker to tell the office. More records (a sync) only make it stricter.
#include "core/medicationorder.h"
#include "core/record.h"
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace careround {

struct PrnDecision
{
    bool allowed = false;
    QString reason; // a full sentence for the care worker
    QDateTime
        earliestNext; // UTC: earliest allowed time ≥ the proposed one (itself if allowed);
                      // invalid when the order cannot be given (not PRN, stopped, no protocol)
    std::optional<QDateTime> lastGivenAt; // latest counted dose at or before the proposed time
    int dosesInLast24h = 0; // counted doses in (proposed − 24 h, proposed]
    QStringList countedRecordIds; // every counted dose, in time order
    QStringList futureRecordIds; // counted doses timed after the proposed time
};

// `records`: the person's records (any types). Times are shown in `zone`.
PrnDecision checkPrnDose(const MedicationOrder &order, const QList<Record> &records,
                         const QDateTime &proposed, const QTimeZone &zone);

} // namespace careround
