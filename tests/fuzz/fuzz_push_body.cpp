// libFuzzer target: the push body decoder (JSON -> records through RecordCodec).
#include "server/api/decoders.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto items = careround::server::api::decodePushBody(body);
    if (items) {
        for (const auto &item : items.value()) {
            // Every item is either a decoded record or carries an error naming a field.
            if (!item.record && item.error.field.isEmpty())
                __builtin_trap();
        }
    } else if (items.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
