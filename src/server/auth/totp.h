#pragma once
// One-time passwords for the office console's second factor: HOTP (RFC 4226) and TOTP
// (RFC 6238) with HMAC-SHA1, 30 s steps and 6 digits, which is what authenticator apps use.
#include <QByteArray>
#include <QString>
#include <optional>

namespace careround::server::auth {

inline constexpr qint64 kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;
inline constexpr int kTotpSecretBytes = 20; // 160 bits, RFC 4226's recommended length

// The code for counter value `counter`, zero-padded to `digits` digits.
QByteArray hotp(const QByteArray &secret, quint64 counter, int digits = kTotpDigits);
// The 30 s step that contains unixSeconds.
qint64 totpStep(qint64 unixSeconds);
// The step (within ±window of now's step) whose code equals `code`, or nullopt. Compares in
// constant time per candidate; `code` must be exactly 6 ASCII digits.
std::optional<qint64> matchTotp(const QByteArray &secret, const QByteArray &code,
                                qint64 unixSeconds, int window = 1);

// RFC 4648 base32 without padding, upper case (the form otpauth:// URIs carry).
QByteArray base32(const QByteArray &bytes);
// Its inverse (case-insensitive, '=' and spaces ignored); nullopt on any other character.
std::optional<QByteArray> fromBase32(const QByteArray &text);
// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace careround::server::auth
