#include "compression.h"

#include <QList>
#include <zlib.h>

namespace careround::server::http {

namespace {

constexpr int kGzipWindowBits = 15 + 16;
constexpr int kZlibWindowBits = 15;
constexpr int kRawWindowBits = -15;

bool looksLikeZlibHeader(const QByteArray &body)
{
    if (body.size() < 2)
        return false;
    const auto cmf = static_cast<unsigned char>(body[0]);
    const auto flg = static_cast<unsigned char>(body[1]);
    return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
}

Result<DecodedBody> inflateBounded(const QByteArray &body, int windowBits, qsizetype maxDecodedSize)
{
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return Error {QStringLiteral("body"), QStringLiteral("could not start decompression")};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = static_cast<uInt>(body.size());

    DecodedBody decoded;
    constexpr qsizetype kChunk = 64 * 1024;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const qsizetype used = decoded.data.size();
        if (used >= maxDecodedSize + 1) {
            decoded.tooLarge = true;
            decoded.data.clear();
            inflateEnd(&stream);
            return decoded;
        }
        const qsizetype room = std::min(kChunk, maxDecodedSize + 1 - used);
        decoded.data.resize(used + room);
        stream.next_out = reinterpret_cast<Bytef *>(decoded.data.data() + used);
        stream.avail_out = static_cast<uInt>(room);
        status = inflate(&stream, Z_NO_FLUSH);
        decoded.data.resize(used + room - stream.avail_out);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            inflateEnd(&stream);
            return Error {QStringLiteral("body"), QStringLiteral("compressed body is truncated")};
        }
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            inflateEnd(&stream);
            return Error {QStringLiteral("body"), QStringLiteral("compressed body is corrupt")};
        }
    }
    const bool trailingGarbage = stream.avail_in != 0;
    inflateEnd(&stream);
    if (decoded.data.size() > maxDecodedSize) {
        decoded.tooLarge = true;
        decoded.data.clear();
        return decoded;
    }
    if (trailingGarbage)
        return Error {QStringLiteral("body"),
                      QStringLiteral("unexpected bytes after the compressed body")};
    return decoded;
}

QByteArray deflateWith(const QByteArray &data, int windowBits)
{
    z_stream stream {};
    // Fastest level: a pull page of JSON records still shrinks about 15-fold, at a third of the
    // default level's CPU (which was 7 % of a first sync).
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(out.size() - stream.avail_out);
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace

Result<ContentCoding> parseContentEncoding(const QByteArray &headerValue)
{
    const QByteArray value = headerValue.trimmed().toLower();
    if (value.isEmpty() || value == "identity")
        return ContentCoding::Identity;
    if (value == "gzip" || value == "x-gzip")
        return ContentCoding::Gzip;
    if (value == "deflate")
        return ContentCoding::Deflate;
    return Error {QStringLiteral("Content-Encoding"),
                  QStringLiteral("unsupported content coding \"%1\"; use gzip, deflate or identity")
                      .arg(QString::fromLatin1(value.left(40)))};
}

ContentCoding pickResponseCoding(const QByteArray &acceptEncoding)
{
    bool gzip = false;
    bool deflate = false;
    for (const QByteArray &part : acceptEncoding.toLower().split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QByteArray name = pieces.value(0).trimmed();
        const bool refused = pieces.size() > 1 && pieces[1].trimmed().startsWith("q=0")
            && pieces[1].trimmed().toDouble() == 0.0;
        if (refused)
            continue;
        gzip = gzip || name == "gzip";
        deflate = deflate || name == "deflate";
    }
    if (gzip)
        return ContentCoding::Gzip;
    if (deflate)
        return ContentCoding::Deflate;
    return ContentCoding::Identity;
}

QByteArray codingName(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Gzip:
        return "gzip";
    case ContentCoding::Deflate:
        return "deflate";
    case ContentCoding::Identity:
        break;
    }
    return "identity";
}

Result<DecodedBody> decodeBody(const QByteArray &body, ContentCoding coding,
                               qsizetype maxDecodedSize)
{
    switch (coding) {
    case ContentCoding::Identity: {
        DecodedBody decoded;
        if (body.size() > maxDecodedSize)
            decoded.tooLarge = true;
        else
            decoded.data = body;
        return decoded;
    }
    case ContentCoding::Gzip:
        return inflateBounded(body, kGzipWindowBits, maxDecodedSize);
    case ContentCoding::Deflate:
        return inflateBounded(body, looksLikeZlibHeader(body) ? kZlibWindowBits : kRawWindowBits,
                              maxDecodedSize);
    }
    return Error {QStringLiteral("Content-Encoding"), QStringLiteral("unsupported content coding")};
}

QByteArray encodeBody(const QByteArray &data, ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Gzip:
        return deflateWith(data, kGzipWindowBits);
    case ContentCoding::Deflate:
        return deflateWith(data, kZlibWindowBits);
    case ContentCoding::Identity:
        break;
    }
    return data;
}

} // namespace careround::server::http
