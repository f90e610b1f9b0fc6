#pragma once
// Records as they now stand after corrections. Nothing is edited in place: an amendment record
// (envelope `amends`) either withdraws its original ("entered in error") or replaces its payload.
// Screens show the corrected value and folds use it; the history shows both.
//  - a withdrawal removes the original for good, whatever comes after it;
//  - otherwise the latest replacement (clock order) whose amendedType is the original's type wins;
//  - an amendment whose original is not in the list changes nothing; one record delivered twice
//    counts once.
// The rule itself is the core's (core/rules/amendments.h); this adds what a history shows.
#include "core/record.h"
#include <QList>

namespace careround::ui {

struct CorrectedRecord
{
    Record record; // the original envelope; payload = the latest replacement, if any
    Record original; // as first written
    QList<Record> amendments; // corrections and withdrawals of it, in clock order
    bool withdrawn = false;
    bool corrected() const { return record.payload != original.payload; }
};

// Every record that is not an amendment, in clock order (then id), with its amendments.
QList<CorrectedRecord> withCorrections(const QList<Record> &records);
// Only what stands: withdrawn records dropped, replacements applied, amendments left out.
QList<Record> correctedRecords(const QList<Record> &records);

} // namespace careround::ui
