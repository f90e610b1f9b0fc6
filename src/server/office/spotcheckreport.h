#pragma once
// Workers with no observed practice in the last 12 months (product.md: "direct observation at
// least yearly with the person's consent, or the refusal recorded with reasons"). An observation
// is a spot check with consentGiven = true. A spot check the person declined (consentGiven =
// false, with its refusalReason) is kept on record and reported as the last refusal, but it is
// NOT an observation and does not satisfy the yearly requirement. Withdrawn spot checks (an
// amendment with withdrawn: true) count for nothing.
#include "officeviewer.h"
#include <QDate>

namespace careround::server {

struct SpotCheckLine
{
    User worker;
    QDate lastObservation; // invalid: never observed
    QDate lastRefusal; // invalid: no declined spot check on record
};

struct SpotCheckReport
{
    QDate asOf;
    QDate since; // observations on or after this day count (asOf - 12 months)
    int workersChecked = 0; // active care workers and supervisors the viewer sees
    QList<SpotCheckLine> overdue; // by name
};

inline const QString SpotCheckRefusalNote =
    QStringLiteral("A spot check the person declined (consentGiven false, with the reason "
                   "recorded) is kept on record "
                   "and shown as last_refused, but it is not an observation: it does not count "
                   "towards the yearly one.");

// `records`: spotcheck records and the amendments that may withdraw them.
SpotCheckReport buildSpotCheckReport(const QList<User> &users, const QList<Record> &records,
                                     const OfficeViewer &viewer, const QDate &asOf);

} // namespace careround::server
