#pragma once
// gzip (RFC 1952) for request bodies: the server accepts Content-Encoding: gzip. Responses are
// inflated by QNetworkAccessManager itself (it sends Accept-Encoding and decodes the answer).
#include <QByteArray>

namespace careround::sync {

QByteArray gzipCompress(const QByteArray &data);
// For tests: the inverse; empty on corrupt input.
QByteArray gzipDecompress(const QByteArray &data);

} // namespace careround::sync
