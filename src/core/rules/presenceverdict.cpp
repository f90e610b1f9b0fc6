#include "presenceverdict.h"

#include <cmath>
#include <numbers>

namespace careround {

namespace {

constexpr double kEarthMeanRadiusM = 6'371'008.8;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

std::optional<GeoPosition> position(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue lat = object.value(QLatin1String("latitude"));
    const QJsonValue lon = object.value(QLatin1String("longitude"));
    if (!lat.isDouble() || !lon.isDouble())
        return std::nullopt;
    return GeoPosition {lat.toDouble(), lon.toDouble()};
}

} // namespace

double greatCircleMetres(const GeoPosition &a, const GeoPosition &b)
{
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dLon / 2)
            * std::sin(dLon / 2);
    return 2 * kEarthMeanRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

PresenceAssessment assessPresence(const std::optional<RecordedFix> &fix,
                                  const std::optional<GeoPosition> &home,
                                  const PresencePolicy &policy)
{
    if (!fix)
        return {PresenceVerdict::NoFix, PresenceReason::NoFix, std::nullopt};
    if (!home)
        return {PresenceVerdict::NoFix, PresenceReason::HomeUnknown, std::nullopt};
    const double distance = greatCircleMetres(fix->position, *home);
    if (!(fix->accuracyM <= policy.maxAccuracyM))
        return {PresenceVerdict::OutsideRadius, PresenceReason::PoorAccuracy, distance};
    if (distance > policy.radiusM)
        return {PresenceVerdict::OutsideRadius, PresenceReason::TooFar, distance};
    return {PresenceVerdict::Verified, PresenceReason::Good, distance};
}

std::optional<RecordedFix> recordedFix(const QJsonObject &presencePayload)
{
    const QJsonValue location = presencePayload.value(QLatin1String("location"));
    const std::optional<GeoPosition> at = position(location);
    if (!at)
        return std::nullopt;
    const QJsonValue accuracy = location.toObject().value(QLatin1String("accuracyM"));
    // An accuracy that is not a number cannot vouch for the fix.
    return RecordedFix {*at, accuracy.isDouble() ? accuracy.toDouble() : qInf()};
}

std::optional<GeoPosition> homeLocation(const QJsonObject &personPayload)
{
    return position(personPayload.value(QLatin1String("homeLocation")));
}

QString presenceVerdictCode(PresenceVerdict verdict)
{
    switch (verdict) {
    case PresenceVerdict::Verified:
        return QStringLiteral("verified");
    case PresenceVerdict::OutsideRadius:
        return QStringLiteral("outside_radius");
    case PresenceVerdict::NoFix:
        break;
    }
    return QStringLiteral("no_fix");
}

QString presenceReasonCode(PresenceReason reason)
{
    switch (reason) {
    case PresenceReason::Good:
        return QStringLiteral("good");
    case PresenceReason::HomeUnknown:
        return QStringLiteral("home_unknown");
    case PresenceReason::PoorAccuracy:
        return QStringLiteral("poor_accuracy");
    case PresenceReason::TooFar:
        return QStringLiteral("too_far");
    case PresenceReason::NoFix:
        break;
    }
    return QStringLiteral("no_fix");
}

} // namespace careround
