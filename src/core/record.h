#pragma once
// The envelope every record travels in, on the device, on the wire and on the server.
// Payload fields are per record type (see recordtypes.h); the envelope is the same for all.
#include "hlc.h"
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace careround {

struct Record
{
    QString id; // client-generated UUIDv7, lower-case text with dashes; the idempotency key
    QString type; // one of RecordType::* (e.g. "visit.checkin")
    int schemaVersion = 1; // version of this type's payload shape, for the codec
    QString personId; // person the record concerns; empty for organisation-level records
    QString visitId; // visit the record belongs to, if any
    QDate careDay; // the day of care it belongs to (local date of the visit / event)
    QString authorUserId;
    QString deviceId;
    HlcTimestamp hlc; // ordering across devices
    QDateTime deviceTime; // the device's wall clock at creation (UTC), kept as evidence
    QString amends; // id of the record this one corrects (amendment), else empty
    QJsonObject payload;

    friend bool operator==(const Record &, const Record &) = default;
};

} // namespace careround
