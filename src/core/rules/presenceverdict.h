#pragma once
// Whether a check-in or check-out shows the worker at the person's home, judged by the office
// from what the phone recorded (the fix and its accuracy) and the home location on file now —
// the same thresholds as the phone's own assessment (location/locationevidence.h), so a home
// location corrected after the visit gives the corrected verdict:
//
//   no fix recorded                                   → NoFix
//   a fix, but no home location on file               → NoFix (HomeUnknown)
//   accuracy worse than maxAccuracyM                  → OutsideRadius (PoorAccuracy)
//   distance to home > radiusM                        → OutsideRadius (TooFar)
//   otherwise (distance ≤ radiusM)                    → Verified
#include <QJsonObject>
#include <QString>
#include <optional>

namespace careround {

struct GeoPosition
{
    double latitude = 0;
    double longitude = 0;
};

struct RecordedFix
{
    GeoPosition position;
    double accuracyM = 0;
};

struct PresencePolicy
{
    double radiusM = 150;
    double maxAccuracyM = 100;
};

enum class PresenceVerdict { Verified, OutsideRadius, NoFix };
enum class PresenceReason { Good, NoFix, HomeUnknown, PoorAccuracy, TooFar };

struct PresenceAssessment
{
    PresenceVerdict verdict = PresenceVerdict::NoFix;
    PresenceReason reason = PresenceReason::NoFix;
    std::optional<double> distanceM; // when both the fix and the home are known
};

// Great-circle distance (haversine on the WGS84 mean radius, 6,371,008.8 m).
double greatCircleMetres(const GeoPosition &a, const GeoPosition &b);

PresenceAssessment assessPresence(const std::optional<RecordedFix> &fix,
                                  const std::optional<GeoPosition> &home,
                                  const PresencePolicy &policy = {});

// The fix of a visit.checkin / visit.checkout payload ("location"), if it holds one.
std::optional<RecordedFix> recordedFix(const QJsonObject &presencePayload);
// The home of a person payload ("homeLocation"), if on file.
std::optional<GeoPosition> homeLocation(const QJsonObject &personPayload);

QString presenceVerdictCode(PresenceVerdict verdict); // "verified", "outside_radius", "no_fix"
QString presenceReasonCode(PresenceReason reason); // "good", "no_fix", "home_unknown", ...

} // namespace careround
