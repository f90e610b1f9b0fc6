#pragma once
// Whether one fix shows the worker at the person's home: "verified", "outside radius" or "no fix".
// A missing or doubtful fix never blocks a visit; it is recorded as what it is.
//
//   no fix (timed out, no receiver, refused)              → NoFix     (reason NoFix)
//   a fix, but the person's home location is not on file  → NoFix     (reason HomeUnknown)
//   accuracy unknown or worse than maxAccuracyM            → OutsideRadius (reason PoorAccuracy)
//   distance to home > radiusM                             → OutsideRadius (reason TooFar)
//   otherwise                                              → Verified
//
// With no home location the distance cannot be measured, and a visit.checkin that is not no_fix
// must carry one, so the fix is not stored: the reason says why in words.
#include "locationfix.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace careround::location {

struct LocationPolicy
{
    double radiusM = 150; // a postcode-level home location is often 50–100 m off
    double maxAccuracyM = 100; // a fix less sure than this cannot verify anything
    int timeoutMs = 15000; // then the check-in is saved as it stands
};

enum class Verification { Verified, OutsideRadius, NoFix };
enum class EvidenceReason { Good, NoFix, HomeUnknown, PoorAccuracy, TooFar };

struct LocationEvidence
{
    Verification verification = Verification::NoFix;
    EvidenceReason reason = EvidenceReason::NoFix;
    std::optional<LocationFix> fix; // kept unless NoFix
    std::optional<double> distanceToHomeM;
    double radiusM = 0;
};

// Great-circle distance in metres (Qt Positioning's WGS84 mean-radius haversine).
double distanceMetres(const GeoPoint &a, const GeoPoint &b);

LocationEvidence assessFix(const std::optional<LocationFix> &fix,
                           const std::optional<GeoPoint> &home, const LocationPolicy &policy = {});

QString verificationCode(Verification verification); // "verified", "outside_radius", "no_fix"

// The visit.checkin / visit.checkout payload for the evidence (docs/domain.md), with an optional
// note. Distances and accuracies are rounded to whole metres.
QJsonObject presencePayload(const LocationEvidence &evidence, const QString &note = {});

class EvidenceWords
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceWords)
public:
    // For the worker: "At the home (12 m away, accurate to 8 m)", "No location found in time;
    // recorded without one".
    static QString describe(const LocationEvidence &evidence);
};

} // namespace careround::location
