#pragma once
// Records as they now stand. A record is never edited: an amendment (envelope `amends`) either
// withdraws it ("entered in error") or gives a replacement payload. Every fold in rules/ reads
// records through this, so a correction made on any device counts the same everywhere.
#include "core/record.h"
#include <QList>

namespace careround {

struct EffectiveRecord
{
    Record record; // the original envelope (id, author, HLC…); payload = latest replacement
    QString amendmentId; // the amendment whose replacement is in record.payload; empty if none
    bool amended() const { return !amendmentId.isEmpty(); }
};

// Applies every amendment in `records` and drops the amendments themselves:
//  - a withdrawal (withdrawn: true) removes the record for good, whatever comes after it;
//  - otherwise the replacement of the latest amendment (HLC order) becomes the payload;
//  - a replacement whose amendedType is not the record's type is ignored (it cannot apply); a
//    withdrawal applies whatever its amendedType (as in visitstatus.h and refusals.h).
// Duplicate copies of one record id (the same record delivered twice) are kept once.
// `type` (optional) keeps only records of that type. Result in HLC order (then id).
QList<EffectiveRecord> effectiveRecords(const QList<Record> &records, const QString &type = {});

} // namespace careround
