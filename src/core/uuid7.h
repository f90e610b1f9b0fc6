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

} // namespace careround
