#pragma once
// How a stored record is shown in a list row: a time, a one-line summary and a detail line.
// The round page (issue 5) will replace this for visits with richer rows; the rule for
// "what does a record say at a glance" stays here, in one tested place.
#include "core/record.h"
#include <QCoreApplication>
#include <QString>

namespace careround::ui {

struct RecordSummary
{
    QString timeText; // local clock time: planned start for a visit, else when it was recorded
    QString summary; // what kind of entry it is, e.g. "Visit note"
    QString details; // the entry's own words, shortened, or its outcome in words
};

class RecordSummaries
{
    Q_DECLARE_TR_FUNCTIONS(RecordSummaries)
public:
    static constexpr int MaximumDetailLength = 120;

    static RecordSummary describe(const Record &record);
    // A person-readable name for a record type ("visit.checkin" → "Check-in").
    static QString typeLabel(const QString &type);

private:
    static QString details(const Record &record);
};

} // namespace careround::ui
