#include "protocol.h"

#include "server/http/compression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace careround::server::api {

using http::Failure;

namespace {

QJsonArray supportedJson()
{
    QJsonArray versions;
    for (int v : kSupportedProtocolVersions)
        versions.append(QString::number(v));
    return versions;
}

QString supportedText()
{
    QStringList versions;
    for (int v : kSupportedProtocolVersions)
        versions << QString::number(v);
    return versions.join(QStringLiteral(", "));
}

} // namespace

http::Outcome<int> negotiateProtocol(const QByteArray &headerValue)
{
    if (headerValue.trimmed().isEmpty())
        return kProtocolVersion;
    const Failure malformed {
        400,
        QStringLiteral("malformed_protocol_version"),
        QStringLiteral("CareRound-Protocol must list version numbers, e.g. \"1\"; "
                       "this server speaks %1")
            .arg(supportedText()),
        QStringLiteral("CareRound-Protocol"),
        {{QStringLiteral("supported"), supportedJson()}},
        {}};
    const QList<QByteArray> parts = headerValue.split(',');
    if (parts.size() > 16)
        return malformed;
    int best = 0;
    for (const QByteArray &part : parts) {
        const QByteArray text = part.trimmed();
        bool ok = false;
        const int version = text.toInt(&ok);
        if (!ok || version <= 0 || text.size() > 6 || text.startsWith('+'))
            return malformed;
        if (kSupportedProtocolVersions.contains(version))
            best = qMax(best, version);
    }
    if (best == 0)
        return Failure {
            400,
            QStringLiteral("unsupported_protocol_version"),
            QStringLiteral(
                "none of the protocol versions \"%1\" is spoken here; this server speaks %2")
                .arg(QString::fromLatin1(headerValue.trimmed().left(40)), supportedText()),
            QStringLiteral("CareRound-Protocol"),
            {{QStringLiteral("supported"), supportedJson()}},
            {}};
    return best;
}

Result<std::optional<int>> pendingRecords(const QByteArray &headerValue)
{
    const QByteArray text = headerValue.trimmed();
    if (text.isEmpty())
        return std::optional<int>();
    const bool digitsOnly = text.size() <= 8
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    const int count = digitsOnly ? text.toInt() : -1;
    if (count < 0 || count > 10'000'000)
        return Error {QStringLiteral("CareRound-Pending-Records"),
                      QStringLiteral("expected the number of unsynced records, 0 to 10000000")};
    return std::optional<int>(count);
}

Result<std::optional<BacklogReport>> backlogReport(const QByteArray &records,
                                                   const QByteArray &since,
                                                   const QByteArray &visits, bool visitsSent)
{
    auto count = pendingRecords(records);
    if (!count)
        return count.error();
    const QByteArray sinceText = since.trimmed();
    if (!count.value() || *count.value() == 0) {
        if (!sinceText.isEmpty())
            return Error {QStringLiteral("CareRound-Pending-Since"),
                          QStringLiteral("only with CareRound-Pending-Records above 0")};
        if (visitsSent)
            return Error {QStringLiteral("CareRound-Pending-Visits"),
                          QStringLiteral("only with CareRound-Pending-Records above 0")};
        return count.value() ? std::optional<BacklogReport>(BacklogReport {0, {}, {}})
                             : std::optional<BacklogReport>();
    }
    BacklogReport report {*count.value(), {}, {}};
    if (!sinceText.isEmpty()) {
        const QDateTime at =
            QDateTime::fromString(QString::fromLatin1(sinceText.left(64)), Qt::ISODateWithMs);
        // A zone is required: a bare local time means nothing to the server.
        const char sign = sinceText.size() > 6 ? sinceText.at(sinceText.size() - 6) : ' ';
        const bool zoned = sinceText.endsWith('Z') || sign == '+' || sign == '-';
        if (sinceText.size() > 64 || !at.isValid() || !zoned)
            return Error {
                QStringLiteral("CareRound-Pending-Since"),
                QStringLiteral(
                    "expected an ISO 8601 time with a zone, e.g. 2026-11-22T08:05:00.000Z")};
        report.pendingSince = at.toUTC();
    }
    if (visitsSent) {
        QStringList ids;
        const QByteArray text = visits.trimmed();
        if (!text.isEmpty() && text != "-") { // "-" (or nothing): no unsent record is of a visit
            for (const QByteArray &part : text.split(',')) {
                const QByteArray id = part.trimmed();
                const bool ok = !id.isEmpty() && id.size() <= 64
                    && std::all_of(id.cbegin(), id.cend(), [](char c) {
                           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                               || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
                       });
                if (!ok || ids.size() >= kMaxPendingVisits)
                    return Error {QStringLiteral("CareRound-Pending-Visits"),
                                  QStringLiteral("expected up to %1 visit ids, comma-separated")
                                      .arg(kMaxPendingVisits)};
                ids.append(QString::fromLatin1(id));
            }
        }
        ids.removeDuplicates();
        report.visitIds = ids;
    }
    return std::optional<BacklogReport>(report);
}

Result<std::optional<qint64>> clockSkewMs(const QByteArray &headerValue, qint64 serverNowMs)
{
    const QByteArray text = headerValue.trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    bool isNumber = false;
    const qint64 epochMs = text.toLongLong(&isNumber);
    qint64 deviceMs = 0;
    if (isNumber) {
        deviceMs = epochMs;
    } else {
        const QDateTime parsed =
            QDateTime::fromString(QString::fromLatin1(text.left(64)), Qt::ISODateWithMs);
        // A time without a zone would be read as the server's local time: refuse it.
        const bool hasZone = text.endsWith('Z') || text.endsWith('z') || text.lastIndexOf('+') > 10
            || text.lastIndexOf('-') > 10;
        if (!parsed.isValid() || !hasZone)
            return Error {
                QStringLiteral("CareRound-Device-Time"),
                QStringLiteral(
                    "expected ISO 8601 with a zone (2026-11-22T18:57:24.123Z) or epoch ms")};
        deviceMs = parsed.toMSecsSinceEpoch();
    }
    constexpr qint64 kTenYearsMs = 10LL * 366 * 24 * 3600 * 1000;
    if (deviceMs <= 0 || qAbs(deviceMs - serverNowMs) > kTenYearsMs)
        return Error {QStringLiteral("CareRound-Device-Time"),
                      QStringLiteral("device time is out of range")};
    return std::optional<qint64>(deviceMs - serverNowMs);
}

bool isJsonMediaType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals <= 0)
            return false;
        const QByteArray name = parameter.left(equals).trimmed().toLower();
        QByteArray value = parameter.mid(equals + 1).trimmed().toLower();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (name == "charset" && value != "utf-8")
            return false; // JSON is UTF-8 (RFC 8259)
    }
    return true;
}

std::optional<QString> repeatedQueryParameter(const QUrlQuery &query)
{
    QSet<QString> seen;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(item.first))
            return item.first;
        seen.insert(item.first);
    }
    return std::nullopt;
}

http::Outcome<QByteArray> decodeRequestBody(const http::ApiRequest &request, qint64 maxBytes)
{
    const QByteArray contentType = request.header("content-type");
    if (!contentType.isEmpty() && !isJsonMediaType(contentType))
        return Failure {415,
                        QStringLiteral("unsupported_media_type"),
                        QStringLiteral("send JSON with Content-Type: application/json"),
                        QStringLiteral("Content-Type"),
                        {},
                        {}};
    const auto coding = http::parseContentEncoding(request.header("content-encoding"));
    if (!coding)
        return Failure {415,
                        QStringLiteral("unsupported_content_encoding"),
                        coding.error().message,
                        coding.error().field,
                        {},
                        {}};
    const auto decoded = http::decodeBody(request.body, coding.value(), maxBytes);
    if (!decoded)
        return Failure {400,
                        QStringLiteral("malformed_body"),
                        decoded.error().message,
                        decoded.error().field,
                        {},
                        {}};
    if (decoded.value().tooLarge)
        return Failure {
            413,
            QStringLiteral("body_too_large"),
            QStringLiteral("the decoded body is over the limit of %1 bytes").arg(maxBytes),
            QStringLiteral("body"),
            {},
            {}};
    return decoded.value().data;
}

http::ApiResponse CallContext::reply(int status, QJsonObject body) const
{
    body.insert(QStringLiteral("protocol"), QString::number(protocol));
    body.insert(QStringLiteral("server_time"), now.toString(Qt::ISODateWithMs));
    if (clockSkewMs)
        body.insert(QStringLiteral("clock_skew_ms"), *clockSkewMs);
    http::ApiResponse response = http::ApiResponse::json(status, body);
    if (clockSkewMs)
        response.headers.append(
            qMakePair(QByteArray(kClockSkewResponseHeader), QByteArray::number(*clockSkewMs)));
    return response;
}

http::ApiResponse CallContext::reply(int status, QJsonObject body, QLatin1String rawKey,
                                     const QByteArray &rawJson) const
{
    http::ApiResponse response =
        reply(status, std::move(body)); // compact, so it starts with '{' + a member
    const QByteArray member =
        '"' + QByteArray(rawKey.data(), rawKey.size()) + "\":" + rawJson + ',';
    response.body.insert(1, member);
    return response;
}

http::ApiResponse CallContext::fail(const http::Failure &failure) const
{
    QJsonObject body = failure.extra;
    body.insert(QStringLiteral("error"), failure.code);
    body.insert(QStringLiteral("message"), failure.message);
    if (!failure.field.isEmpty())
        body.insert(QStringLiteral("field"), failure.field);
    http::ApiResponse response = reply(failure.status, body);
    response.headers.append(failure.headers);
    response.logError = failure.code;
    return response;
}

} // namespace careround::server::api
