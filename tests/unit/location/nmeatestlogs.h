#pragma once
// The NMEA logs in tests/unit/location/data (made by make_nmea.py) and the home they are near.
#include "location/locationfix.h"
#include <QString>

namespace careround::location::testing {

inline const GeoPoint NmeaHome {51.178900, 0.412300};

inline QString nmeaLog(const char *name)
{
    return QStringLiteral(CAREROUND_NMEA_DIR "/%1.nmea").arg(QLatin1String(name));
}

} // namespace careround::location::testing
