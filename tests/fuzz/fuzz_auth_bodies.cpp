// libFuzzer target: the login, enrol, refresh, escrow and purge-confirmation body decoders, and
// the request body decoding (gzip/deflate with the size limit). The first byte picks the decoder.
#include "server/api/decoders.h"
#include "server/http/compression.h"

#include <QByteArray>

using namespace careround::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1,
                          static_cast<qsizetype>(size - 1));
    switch (data[0] % 7) {
    case 0: {
        const auto login = api::decodeLoginBody(body);
        if (login && (login.value().login.isEmpty() || login.value().password.isEmpty()))
            __builtin_trap();
        break;
    }
    case 1: {
        const auto enrol = api::decodeEnrolBody(body);
        if (enrol && (enrol.value().publicKey.size() != 32 || enrol.value().signature.size() != 64))
            __builtin_trap();
        break;
    }
    case 2:
        (void)api::decodeRefreshBody(body);
        break;
    case 3:
        (void)api::decodeEscrowBody(body);
        break;
    case 4:
        (void)api::decodePurgedBody(body);
        break;
    case 5: {
        const auto decoded = http::decodeBody(body, http::ContentCoding::Gzip, 1 << 20);
        if (decoded && decoded.value().data.size() > (1 << 20))
            __builtin_trap();
        break;
    }
    default: {
        const auto decoded = http::decodeBody(body, http::ContentCoding::Deflate, 1 << 20);
        if (decoded && decoded.value().data.size() > (1 << 20))
            __builtin_trap();
        break;
    }
    }
    return 0;
}
