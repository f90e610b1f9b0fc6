#pragma once
// Random secrets and their stored form. Tokens are 256 random bits from libsodium's CSPRNG,
// sent base64url with a short prefix naming their kind; the server keeps only their BLAKE2b-256
// hash, so a copy of the database cannot be replayed as credentials.
#include <QByteArray>

namespace careround::server::auth {

inline constexpr int kTokenRandomBytes = 32;

void ensureSodium(); // idempotent, thread-safe

QByteArray randomBytes(int count);
// prefix + base64url(32 random bytes), e.g. "cra_…" for an access token.
QByteArray newToken(const QByteArray &prefix);
// Lower-case hex BLAKE2b-256 of the token text: what the store keeps and looks up.
QByteArray tokenHash(const QByteArray &token);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

QByteArray toBase64Url(const QByteArray &bytes);
// Strict: returns empty on any character outside the base64url / base64 alphabets.
QByteArray fromBase64(const QByteArray &text);

} // namespace careround::server::auth
