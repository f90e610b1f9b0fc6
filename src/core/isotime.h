#pragma once
// ISO 8601 dates and UTC times as records carry them ("2025-03-01", "2025-03-01T08:00:00.000Z").
// Every record crosses these on its way into and out of the store and the wire, and Qt's general
// parsers and formatters (locale-aware, regular expressions) cost more than the rest of a small
// record's decode. These write exactly what Qt writes and read exactly what the codec accepts: the
// common form is handled here, anything else is handed to Qt (tst_isotime compares both).
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace careround::isotime {

// "yyyy-MM-dd", as QDate::toString(Qt::ISODate); a null string for an invalid date.
QString dateText(const QDate &date);
// "yyyy-MM-ddTHH:mm:ss.zzzZ" in UTC, as toUTC().toString(Qt::ISODateWithMs); null if invalid.
QString utcText(const QDateTime &time);

// Exactly "yyyy-MM-dd" naming a real day; otherwise an invalid QDate.
QDate parseDate(QStringView text);
// "yyyy-MM-ddTHH:mm:ss" with an optional 1–3 digit fraction and "Z" or "±HH:mm", as UTC;
// otherwise an invalid QDateTime.
QDateTime parseUtc(QStringView text);

} // namespace careround::isotime
