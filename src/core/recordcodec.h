#pragma once
// The versioned JSON form of a Record, the same on the device (outbox), on the wire and on the
// server.
//   {"v":1, "id":"…", "type":"visit.note", "schema_version":2, "person_id":"…", "visit_id":"…",
//    "care_day":"2025-03-01", "author_user_id":"…", "device_id":"…",
//    "hlc":"001740816000000-0000000000-device-1", "device_time":"2025-03-01T08:00:00.000Z",
//    "amends":"…", "payload":{…}}
// Empty person_id / visit_id / amends are left out. encode() is compact JSON with sorted keys, so
// the same record always gives the same bytes.
#include "record.h"
#include "result.h"
#include <QByteArray>
#include <QJsonObject>

namespace careround {

struct RecordCodec
{
    static constexpr int currentVersion = 1; // the "v" this build writes and the highest it reads
    static constexpr qsizetype maxEncodedBytes = 1024 * 1024; // decode refuses larger input

    static QJsonObject toJson(const Record &record);
    // Rules::LeaveToCaller skips validateRecord, for a caller that hands the record straight to
    // one that runs it (the store's PreparedRecords): a pulled page is then checked once.
    enum class Rules { Check, LeaveToCaller };
    // Parses the envelope, upgrades an older payload to the current schema version, then runs
    // validateRecord. Errors name the JSON field ("care_day", "payload.note", "v").
    // `ignoredKey` names a member the carrier adds beside the record's own (a pull answer's
    // "seq"), read past instead of refused, without copying the object to remove it.
    static Result<Record> fromJson(const QJsonObject &json, Rules rules = Rules::Check,
                                   QLatin1String ignoredKey = {});
    static QByteArray encode(const Record &record);
    // Total: any byte string gives a Record or an Error, never a crash.
    static Result<Record> decode(const QByteArray &bytes);
};

} // namespace careround
