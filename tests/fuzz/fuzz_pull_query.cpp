// libFuzzer target: the pull query parser and the protocol headers (version, device time,
// pending records).
#include "server/api/decoders.h"
#include "server/api/protocol.h"

#include <QByteArray>
#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto pull = careround::server::api::parsePullQuery(QUrlQuery(QString::fromUtf8(text)));
    if (pull && (pull.value().after < 0 || pull.value().limit < 1 || pull.value().limit > 5000))
        __builtin_trap();
    if (pull && pull.value().applied != -1
        && (pull.value().applied < 0 || pull.value().applied > pull.value().after))
        __builtin_trap();
    const auto version = careround::server::api::negotiateProtocol(text);
    if (version && !careround::server::api::kSupportedProtocolVersions.contains(version.value()))
        __builtin_trap();
    (void)careround::server::api::clockSkewMs(text, 1'800'000'000'000LL);
    const auto pending = careround::server::api::pendingRecords(text);
    if (pending && pending.value() && (*pending.value() < 0 || *pending.value() > 10'000'000))
        __builtin_trap();
    return 0;
}
