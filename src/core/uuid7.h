#pragma once
// Record ids: UUID version 7 (RFC 9562) — a 48-bit Unix-millisecond timestamp followed by random
// bits, so ids created later sort later and the database index stays append-mostly.
#include <QString>

namespace careround {

// A new id as lower-case text with dashes ("0190f3c2-8a4b-7c1d-9e2f-0123456789ab"). Ids made in one
// process are strictly increasing, also within one millisecond and when the wall clock steps back.
QString newUuid7();

// True only for the canonical form newUuid7() produces: 36 characters, lower-case hex, dashes at
// 8/13/18/23, version nibble 7, variant bits 10. Upper case is refused so one id has one spelling.
bool isUuid7(const QString &text);

// A UUIDv7 derived from its inputs only: the 48-bit timestamp is `unixMs`, the 74 other free bits
// (rand_a, rand_b) come from SHA-256 of `seed`. The same inputs always give the same id, so a
// record the server derives (an alert raised by two processes, or again on a retried push) has
// one id and the second write is a duplicate. unixMs is clamped to 0 .. 2^48 - 1.
QString deterministicUuid7(qint64 unixMs, const QByteArray &seed);

} // namespace careround
