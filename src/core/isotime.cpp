#include "isotime.h"
#include <QRegularExpression>

namespace careround::isotime {

namespace {

constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 UnixEpochJulianDay = 2'440'588;
// 9999-12-31T23:59:59.999Z: the last instant a four-digit year can write.
constexpr qint64 LastFourDigitMs = 253'402'300'799'999;

void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The value of `width` ASCII digits at `at`, or -1 if any is not a digit.
int digitsAt(QStringView text, qsizetype at, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString writeDate(int year, int month, int day, qsizetype extra)
{
    QString text(10 + extra, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    out[7] = u'-';
    putDigits(out + 8, day, 2);
    return text;
}

QDate readDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for a day that does not exist
}

// The codec's accepted shape, for the forms the fast path leaves to Qt (offsets, hour 24).
QDateTime parseWithQt(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+"
                       "-][0-9]{2}:[0-9]{2})$"));
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace

QString dateText(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    return writeDate(date.year(), date.month(), date.day(), 0);
}

QString utcText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms < 0 || ms > LastFourDigitMs)
        return time.toUTC().toString(Qt::ISODateWithMs);
    const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + ms / MsPerDay);
    const int msOfDay = int(ms % MsPerDay);
    QString text = writeDate(date.year(), date.month(), date.day(), 14);
    char16_t *out = reinterpret_cast<char16_t *>(text.data()) + 10;
    out[0] = u'T';
    putDigits(out + 1, msOfDay / 3'600'000, 2);
    out[3] = u':';
    putDigits(out + 4, msOfDay / 60'000 % 60, 2);
    out[6] = u':';
    putDigits(out + 7, msOfDay / 1000 % 60, 2);
    out[9] = u'.';
    putDigits(out + 10, msOfDay % 1000, 3);
    out[13] = u'Z';
    return text;
}

QDate parseDate(QStringView text)
{
    return text.size() == 10 ? readDate(text) : QDate();
}

QDateTime parseUtc(QStringView text)
{
    // Fast path: "yyyy-MM-ddTHH:mm:ss[.f{1,3}]Z" with an hour below 24.
    const qsizetype size = text.size();
    const bool zulu = size >= 20 && text[size - 1] == u'Z';
    const qsizetype fractionDigits = size - 21;
    const bool fractionShape =
        size == 20 || (fractionDigits >= 1 && fractionDigits <= 3 && text[19] == u'.');
    if (!zulu || !fractionShape || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return parseWithQt(text);
    const QDate date = readDate(text);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    int ms = 0;
    if (size > 20) {
        ms = digitsAt(text, 20, int(fractionDigits));
        for (qsizetype i = fractionDigits; i < 3 && ms >= 0; ++i)
            ms *= 10; // ".5" is half a second
    }
    if (hour < 0 || minute < 0 || second < 0 || ms < 0 || hour >= 24)
        return parseWithQt(text);
    const QTime clock(hour, minute, second, ms);
    if (!date.isValid() || !clock.isValid())
        return {};
    const qint64 days = date.toJulianDay() - UnixEpochJulianDay;
    return QDateTime::fromMSecsSinceEpoch(days * MsPerDay + clock.msecsSinceStartOfDay(), Qt::UTC);
}

} // namespace careround::isotime
