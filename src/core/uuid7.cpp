#include "uuid7.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <array>

namespace careround {

namespace {

// RFC 9562 §6.2 method 1: the 12-bit rand_a field is a counter, seeded randomly in its lower half
// at each new millisecond and incremented within one; when it runs out the timestamp is advanced.
struct Uuid7State
{
    QMutex mutex;
    qint64 lastMs = -1;
    quint32 counter = 0;
};

Uuid7State &state()
{
    static Uuid7State instance;
    return instance;
}

constexpr quint32 CounterMax = 0xfff;

QString canonicalText(const std::array<quint8, 16> &bytes)
{
    static const char Hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(Hex[bytes[i] >> 4]));
        text.append(QLatin1Char(Hex[bytes[i] & 0x0f]));
    }
    return text;
}

void setTimestamp(std::array<quint8, 16> &bytes, qint64 ms)
{
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8((ms >> (8 * (5 - i))) & 0xff);
}

} // namespace

QString newUuid7()
{
    qint64 ms = 0;
    quint32 counter = 0;
    {
        Uuid7State &s = state();
        QMutexLocker lock(&s.mutex);
        ms = QDateTime::currentMSecsSinceEpoch();
        if (ms > s.lastMs) {
            s.lastMs = ms;
            s.counter = QRandomGenerator::system()->bounded(CounterMax / 2 + 1);
        } else if (s.counter < CounterMax) {
            ++s.counter; // same millisecond, or the clock stepped back: keep increasing
        } else {
            ++s.lastMs; // counter exhausted: borrow the next millisecond
            s.counter = 0;
        }
        ms = s.lastMs;
        counter = s.counter;
    }

    std::array<quint8, 16> bytes {};
    setTimestamp(bytes, ms);
    bytes[6] = quint8(0x70 | ((counter >> 8) & 0x0f));
    bytes[7] = quint8(counter & 0xff);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i)
        bytes[i] = quint8((random >> (8 * (15 - i))) & 0xff);
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // variant 10xx
    return canonicalText(bytes);
}

QString deterministicUuid7(qint64 unixMs, const QByteArray &seed)
{
    const qint64 ms = qBound<qint64>(0, unixMs, (qint64(1) << 48) - 1);
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    std::array<quint8, 16> bytes {};
    setTimestamp(bytes, ms);
    for (int i = 6; i < 16; ++i)
        bytes[i] = quint8(digest.at(i - 6));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // variant 10xx
    return canonicalText(bytes);
}

bool isUuid7(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                     || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    const QChar variant = text.at(19);
    return text.at(14) == QLatin1Char('7')
        && (variant == QLatin1Char('8') || variant == QLatin1Char('9')
            || variant == QLatin1Char('a') || variant == QLatin1Char('b'));
}

} // namespace careround
