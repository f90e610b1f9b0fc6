#include "locationevidence.h"

#include <QGeoCoordinate>
#include <QJsonValue>
#include <cmath>

namespace careround::location {

double distanceMetres(const GeoPoint &a, const GeoPoint &b)
{
    return QGeoCoordinate(a.latitude, a.longitude)
        .distanceTo(QGeoCoordinate(b.latitude, b.longitude));
}

LocationEvidence assessFix(const std::optional<LocationFix> &fix,
                           const std::optional<GeoPoint> &home, const LocationPolicy &policy)
{
    LocationEvidence evidence;
    evidence.radiusM = policy.radiusM;
    if (!fix)
        return evidence;
    if (!home) {
        evidence.reason = EvidenceReason::HomeUnknown;
        return evidence;
    }
    evidence.fix = fix;
    evidence.distanceToHomeM = distanceMetres({fix->latitude, fix->longitude}, *home);
    if (!fix->accuracyM || *fix->accuracyM > policy.maxAccuracyM) {
        evidence.verification = Verification::OutsideRadius;
        evidence.reason = EvidenceReason::PoorAccuracy;
    } else if (*evidence.distanceToHomeM > policy.radiusM) {
        evidence.verification = Verification::OutsideRadius;
        evidence.reason = EvidenceReason::TooFar;
    } else {
        evidence.verification = Verification::Verified;
        evidence.reason = EvidenceReason::Good;
    }
    return evidence;
}

QString verificationCode(Verification verification)
{
    switch (verification) {
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::OutsideRadius:
        return QStringLiteral("outside_radius");
    case Verification::NoFix:
        break;
    }
    return QStringLiteral("no_fix");
}

QJsonObject presencePayload(const LocationEvidence &evidence, const QString &note)
{
    QJsonObject payload {{QStringLiteral("verification"), verificationCode(evidence.verification)},
                         {QStringLiteral("radiusM"), qRound(evidence.radiusM)}};
    if (evidence.verification != Verification::NoFix && evidence.fix && evidence.distanceToHomeM) {
        QJsonObject location {{QStringLiteral("latitude"), evidence.fix->latitude},
                              {QStringLiteral("longitude"), evidence.fix->longitude}};
        // Unknown accuracy is stored as none: the validation needs a number, and "no idea how
        // accurate" is what a large one says (the verdict already is outside radius).
        location.insert(QStringLiteral("accuracyM"),
                        evidence.fix->accuracyM ? qRound(*evidence.fix->accuracyM) : 100000);
        if (evidence.fix->fixTime.isValid())
            location.insert(QStringLiteral("fixTime"),
                            evidence.fix->fixTime.toUTC().toString(Qt::ISODateWithMs));
        payload.insert(QStringLiteral("location"), location);
        payload.insert(QStringLiteral("distanceToHomeM"), qRound(*evidence.distanceToHomeM));
    }
    if (!note.trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), note.trimmed());
    return payload;
}

QString EvidenceWords::describe(const LocationEvidence &evidence)
{
    const int distance = evidence.distanceToHomeM ? qRound(*evidence.distanceToHomeM) : 0;
    const int accuracy =
        evidence.fix && evidence.fix->accuracyM ? qRound(*evidence.fix->accuracyM) : 0;
    switch (evidence.reason) {
    case EvidenceReason::Good:
        //: location evidence, e.g. "At the home (12 m away, accurate to 8 m)"
        return tr("At the home (%1 m away, accurate to %2 m)").arg(distance).arg(accuracy);
    case EvidenceReason::TooFar:
        return tr("Away from the home: %1 m from the address (accurate to %2 m)")
            .arg(distance)
            .arg(accuracy);
    case EvidenceReason::PoorAccuracy:
        if (accuracy == 0)
            return tr("Location not precise enough to confirm (%1 m from the address)")
                .arg(distance);
        return tr("Location not precise enough to confirm: accurate only to %1 m").arg(accuracy);
    case EvidenceReason::HomeUnknown:
        return tr("No home location on file, so the location could not be checked");
    case EvidenceReason::NoFix:
        break;
    }
    return tr("No location found in time; recorded without one");
}

} // namespace careround::location
