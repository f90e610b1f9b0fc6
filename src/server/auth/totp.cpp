#include "totp.h"

#include "secrets.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace careround::server::auth {

QByteArray hotp(const QByteArray &secret, quint64 counter, int digits)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i, counter >>= 8)
        message[i] = static_cast<char>(counter & 0xff);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1);
    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac.at(offset)) & 0x7f) << 24)
        | (quint32(uchar(mac.at(offset + 1))) << 16) | (quint32(uchar(mac.at(offset + 2))) << 8)
        | quint32(uchar(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QByteArray::number(binary % modulus).rightJustified(digits, '0');
}

qint64 totpStep(qint64 unixSeconds)
{
    return unixSeconds >= 0 ? unixSeconds / kTotpStepSeconds : -1;
}

std::optional<qint64> matchTotp(const QByteArray &secret, const QByteArray &code,
                                qint64 unixSeconds, int window)
{
    if (code.size() != kTotpDigits)
        return std::nullopt;
    for (char c : code) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const qint64 now = totpStep(unixSeconds);
    std::optional<qint64> found;
    // Every candidate is computed and compared, so timing does not tell which step matched.
    for (qint64 step = now - window; step <= now + window; ++step) {
        if (step >= 0 && constantTimeEquals(hotp(secret, quint64(step)), code))
            found = step;
    }
    return found;
}

QByteArray base32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8) | uchar(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> fromBase32(const QByteArray &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        else if (c == '=' || c == ' ')
            continue;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer) + ':'
                                              + QUrl::toPercentEncoding(account));
    return QStringLiteral(
               "otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, QString::fromLatin1(base32(secret)),
             QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
        .arg(kTotpDigits)
        .arg(kTotpStepSeconds);
}

} // namespace careround::server::auth
