#pragma once
// Protocol-level rules shared by every /v1 endpoint (docs/protocol.md): version negotiation,
// the device clock, and request body decoding (Content-Encoding, Content-Type, size).
#include "core/result.h"
#include "server/http/apimessage.h"
#include "server/http/failure.h"
#include "server/storage/servertypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace careround::server::api {

// 2: pulls may name the cursor the device has applied (`applied`), so it can ask for the next
// page while it stores the last one. 1 is still served (and assumed without the header).
inline constexpr int kProtocolVersion = 1;
inline const QList<int> kSupportedProtocolVersions {1, 2};

inline constexpr char kProtocolHeader[] =
    "careround-protocol"; // request: versions the client speaks
inline constexpr char kDeviceTimeHeader[] = "careround-device-time"; // request: device wall clock
inline constexpr char kPendingRecordsHeader[] =
    "careround-pending-records"; // request: unsynced local records
// request: the oldest unsent record's care time, and the visits of the unsent records
inline constexpr char kPendingSinceHeader[] = "careround-pending-since";
inline constexpr char kPendingVisitsHeader[] = "careround-pending-visits";
inline constexpr int kMaxPendingVisits = 20;
inline constexpr char kProtocolResponseHeader[] = "CareRound-Protocol";
inline constexpr char kClockSkewResponseHeader[] = "CareRound-Clock-Skew-Ms";
// On a pull answer with more to come (protocol 2): the `after` of the next page, so a device can
// ask for it while this answer's body is still on its way.
inline constexpr char kPullNextResponseHeader[] = "CareRound-Pull-Next";

// "1", "2, 1", "1;q=..." is not allowed: a comma-separated list of positive integers.
// Missing header = version 1. Returns the highest version both sides speak.
http::Outcome<int> negotiateProtocol(const QByteArray &headerValue);

// Device clock as ISO 8601 with zone ("2026-11-22T18:57:24.123Z") or Unix epoch milliseconds.
// Returns device - server in ms; nullopt when the header is absent.
Result<std::optional<qint64>> clockSkewMs(const QByteArray &headerValue, qint64 serverNowMs);

// The device's count of unsynced local records: decimal digits, 0..10,000,000. nullopt when the
// header is absent; an Error naming CareRound-Pending-Records otherwise.
Result<std::optional<int>> pendingRecords(const QByteArray &headerValue);

// "application/json", any case, with parameters; a charset parameter must be utf-8.
bool isJsonMediaType(const QByteArray &contentType);

// The first query parameter given more than once ("after=1&after=2"), which every endpoint
// refuses: nobody can say which one counts.
std::optional<QString> repeatedQueryParameter(const QUrlQuery &query);

// The whole backlog report: the count, and with a count above 0 optionally the care time of the
// oldest unsent record (ISO 8601 with a zone) and the ids of the visits of all unsent records
// (comma-separated, at most kMaxPendingVisits, may be empty: records of no visit). nullopt when
// no count is sent; an Error naming the header at fault otherwise (also for Since / Visits sent
// without a count above 0).
Result<std::optional<BacklogReport>> backlogReport(const QByteArray &records,
                                                   const QByteArray &since,
                                                   const QByteArray &visits, bool visitsSent);

// Decodes the request body by Content-Encoding within maxBytes (after decoding); checks that
// Content-Type, when present, is JSON (isJsonMediaType).
http::Outcome<QByteArray> decodeRequestBody(const http::ApiRequest &request, qint64 maxBytes);

// The per-request view a handler gets once the protocol checks passed.
struct CallContext
{
    const http::ApiRequest &request;
    int protocol = kProtocolVersion;
    std::optional<qint64> clockSkewMs;
    QDateTime now; // server time of the request, UTC
    // CareRound-Pending-Records (and -Since, -Visits), when sent
    std::optional<BacklogReport> backlog;

    // Adds "protocol", "server_time" and "clock_skew_ms" to the body and serialises it.
    http::ApiResponse reply(int status, QJsonObject body) const;
    // The same with one more member whose value is JSON text already serialised (a pull page's
    // records, served as stored): `rawKey` must not be in `body`.
    http::ApiResponse reply(int status, QJsonObject body, QLatin1String rawKey,
                            const QByteArray &rawJson) const;
    http::ApiResponse fail(const http::Failure &failure) const;
};

} // namespace careround::server::api
