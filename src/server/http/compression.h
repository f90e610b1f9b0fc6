#pragma once
// HTTP body codings (Content-Encoding / Accept-Encoding): identity, gzip and deflate, with a
// bounded inflate so a small compressed body cannot expand past the body limit (zip bomb).
#include "core/result.h"
#include <QByteArray>

namespace careround::server::http {

enum class ContentCoding { Identity, Gzip, Deflate };

// Parses a Content-Encoding header value. Empty or "identity" is Identity.
Result<ContentCoding> parseContentEncoding(const QByteArray &headerValue);

// The best coding the client accepts (gzip before deflate); Identity when none.
ContentCoding pickResponseCoding(const QByteArray &acceptEncoding);

QByteArray codingName(ContentCoding coding);

struct DecodedBody
{
    QByteArray data;
    bool tooLarge = false; // the decoded body would exceed maxDecodedSize
};

// Decodes a request body. "deflate" accepts both zlib-wrapped (RFC 1950, what the HTTP spec
// means) and raw deflate (what some clients send). Corrupt input is an error naming "body".
Result<DecodedBody> decodeBody(const QByteArray &body, ContentCoding coding,
                               qsizetype maxDecodedSize);

QByteArray encodeBody(const QByteArray &data, ContentCoding coding);

} // namespace careround::server::http
