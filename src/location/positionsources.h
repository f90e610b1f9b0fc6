#pragma once
// Where fixes come from: the platform's default position source, or — for demos and tests — an
// NMEA log replayed in simulation mode (the app's --nmea-file option). A fresh source per fix, so
// every replay starts at the top of its log.
#include <QString>
#include <memory>

class QGeoPositionInfoSource;
class QObject;

namespace careround::location {

// NMEA gives HDOP, not metres. Qt reports horizontal accuracy as 2 × HDOP × this user equivalent
// range error (a 95% radius); 5 m is a typical consumer receiver, so HDOP 1 reads as 10 m.
inline constexpr double NmeaUserEquivalentRangeErrorM = 5.0;

// nmeaFile empty: the platform default (null when the platform has none). Otherwise a
// QNmeaPositionInfoSource in simulation mode reading that file; null when it cannot be opened.
std::unique_ptr<QGeoPositionInfoSource> createPositionSource(const QString &nmeaFile);

} // namespace careround::location
