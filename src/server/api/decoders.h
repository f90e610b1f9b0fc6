#pragma once
// Decoders of request bodies and queries: plain functions of bytes, no server needed, so the
// libFuzzer targets in tests/fuzz/ drive them directly. Each refuses bad input with an Error
// naming the field (JSON-path-like: "records[3].payload.dose"); none throws or asserts.
#include "core/record.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace careround::server::api {

inline constexpr int kMaxPushRecords = 1000;
inline constexpr int kMaxEscrowEntries = 1000;
inline constexpr int kMaxEscrowEntryBytes = 256 * 1024;
inline constexpr int kMaxPurgedPersons = 10000;
inline constexpr int kDefaultPullLimit = 500;
inline constexpr int kMaxPullLimit = 5000;

// POST /v1/sync/push: {"records": [<RecordCodec JSON>, ...]}.
// A body that is not JSON, or whose shape is wrong, is an Error (400, nothing stored). A record
// object that the codec refuses is kept as an item with its error (that record is rejected,
// the others still count).
struct PushItem
{
    int index = 0;
    QString id; // the record's "id" if it was a string, for the answer
    std::optional<Record> record; // set when the record decoded
    Error error; // why not, otherwise
};
Result<QList<PushItem>> decodePushBody(const QByteArray &body);

// GET /v1/sync/pull?after=<seq>&limit=<n>: after >= 0 (default 0), 1 <= limit <= 5000 (default
// 500).
struct PullQuery
{
    qint64 after = 0;
    qint64 applied = -1; // protocol 2: the cursor the device has applied (<= after); -1 = after
    int limit = kDefaultPullLimit;
};
Result<PullQuery> parsePullQuery(const QUrlQuery &query);

// POST /v1/auth/login: {"login": "...", "password": "..."}
struct LoginBody
{
    QString login;
    QByteArray password; // UTF-8
};
Result<LoginBody> decodeLoginBody(const QByteArray &body);

// POST /v1/auth/enrol: {"enrolment_token", "public_key" (base64, 32 bytes), "signature" (base64,
// 64 bytes), "label" (optional, <= 100 characters)}
struct EnrolBody
{
    QByteArray enrolmentToken;
    QByteArray publicKey;
    QByteArray signature;
    QString label;
};
Result<EnrolBody> decodeEnrolBody(const QByteArray &body);

// POST /v1/auth/refresh: {"refresh_token": "..."}
Result<QByteArray> decodeRefreshBody(const QByteArray &body);

// POST /v1/escrow: {"org_id", "device_id", "entries": [base64 sealed box, ...]}
struct EscrowBody
{
    QString orgId;
    QString deviceId;
    QList<QByteArray> entries; // decoded sealed boxes
};
Result<EscrowBody> decodeEscrowBody(const QByteArray &body);

// Plaintext of one opened escrow entry: signature (64 bytes) || record JSON (RecordCodec).
struct EscrowPlaintext
{
    QByteArray signature;
    QByteArray recordJson;
};
Result<EscrowPlaintext> splitEscrowPlaintext(const QByteArray &plaintext);

// POST /v1/sync/purged: {"person_ids": ["...", ...]}
Result<QStringList> decodePurgedBody(const QByteArray &body);

} // namespace careround::server::api
