#pragma once
// One position fix as check-in evidence: where, how accurate, and when the receiver took it.
#include <QDateTime>
#include <optional>

namespace careround::location {

struct LocationFix
{
    double latitude = 0;
    double longitude = 0;
    std::optional<double> accuracyM; // horizontal, metres; unknown when the source gives none
    QDateTime fixTime; // UTC, the receiver's time of the fix
};

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
};

} // namespace careround::location
