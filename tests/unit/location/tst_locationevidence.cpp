// The verdict on one fix: verified / outside radius / no fix, the reason, the distance, and the
// payload it becomes (which must satisfy the visit.checkin rules).
#include "location/locationevidence.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QtMath>
#include <cmath>

using namespace careround::location;

namespace {

const GeoPoint Home {51.178900, 0.412300};

// A point `north` and `east` metres from Home.
LocationFix fixAt(double north, double east, std::optional<double> accuracy)
{
    LocationFix fix;
    fix.latitude = Home.latitude + north / 111320.0;
    fix.longitude = Home.longitude + east / (111320.0 * std::cos(qDegreesToRadians(Home.latitude)));
    fix.accuracyM = accuracy;
    fix.fixTime = QDateTime(QDate(2026, 11, 2), QTime(7, 0), QTimeZone::utc());
    return fix;
}

} // namespace

class TestLocationEvidence : public QObject
{
    Q_OBJECT
private slots:
    void distanceIsMetresOnTheGround();
    void verdict_data();
    void verdict();
    void payloadFollowsTheRecordRules();
    void wordsSayWhatHappened();
};

void TestLocationEvidence::distanceIsMetresOnTheGround()
{
    const LocationFix hundredNorth = fixAt(100, 0, 5);
    QVERIFY(std::abs(distanceMetres({hundredNorth.latitude, hundredNorth.longitude}, Home) - 100)
            < 1.0);
    QCOMPARE(distanceMetres(Home, Home), 0.0);
}

void TestLocationEvidence::verdict_data()
{
    QTest::addColumn<bool>("hasFix");
    QTest::addColumn<double>("north");
    QTest::addColumn<double>("accuracy"); // < 0: unknown
    QTest::addColumn<bool>("homeKnown");
    QTest::addColumn<int>("verification");
    QTest::addColumn<int>("reason");
    const int V = int(Verification::Verified), O = int(Verification::OutsideRadius),
              N = int(Verification::NoFix);
    QTest::newRow("at the door") << true << 12.0 << 8.0 << true << V << int(EvidenceReason::Good);
    QTest::newRow("edge of radius")
        << true << 149.0 << 20.0 << true << V << int(EvidenceReason::Good);
    QTest::newRow("just outside") << true << 152.0 << 20.0 << true << O
                                  << int(EvidenceReason::TooFar);
    QTest::newRow("in the lane") << true << 600.0 << 5.0 << true << O
                                 << int(EvidenceReason::TooFar);
    QTest::newRow("accuracy at the limit")
        << true << 10.0 << 100.0 << true << V << int(EvidenceReason::Good);
    QTest::newRow("poor accuracy")
        << true << 10.0 << 101.0 << true << O << int(EvidenceReason::PoorAccuracy);
    QTest::newRow("unknown accuracy")
        << true << 10.0 << -1.0 << true << O << int(EvidenceReason::PoorAccuracy);
    QTest::newRow("far and poor") << true << 900.0 << 400.0 << true << O
                                  << int(EvidenceReason::PoorAccuracy);
    QTest::newRow("no fix") << false << 0.0 << 0.0 << true << N << int(EvidenceReason::NoFix);
    QTest::newRow("no home on file")
        << true << 10.0 << 5.0 << false << N << int(EvidenceReason::HomeUnknown);
    QTest::newRow("neither") << false << 0.0 << 0.0 << false << N << int(EvidenceReason::NoFix);
}

void TestLocationEvidence::verdict()
{
    QFETCH(bool, hasFix);
    QFETCH(double, north);
    QFETCH(double, accuracy);
    QFETCH(bool, homeKnown);
    QFETCH(int, verification);
    QFETCH(int, reason);
    const std::optional<LocationFix> fix = hasFix
        ? std::optional(fixAt(north, 0, accuracy < 0 ? std::nullopt : std::optional(accuracy)))
        : std::nullopt;
    const auto evidence = assessFix(fix, homeKnown ? std::optional(Home) : std::nullopt);
    QCOMPARE(int(evidence.verification), verification);
    QCOMPARE(int(evidence.reason), reason);
    QCOMPARE(evidence.radiusM, LocationPolicy {}.radiusM);
    if (evidence.verification == Verification::NoFix) {
        QVERIFY(!evidence.fix);
        QVERIFY(!evidence.distanceToHomeM);
    } else {
        QVERIFY(evidence.fix);
        // fixAt's metres-per-degree is approximate: 0.3% at this latitude.
        QVERIFY(std::abs(*evidence.distanceToHomeM - north) <= 1.0 + north * 0.005);
    }
}

void TestLocationEvidence::payloadFollowsTheRecordRules()
{
    const auto verified =
        presencePayload(assessFix(fixAt(12, 0, 7.6), Home), QStringLiteral(" At the door "));
    QCOMPARE(verified.value("verification").toString(), QStringLiteral("verified"));
    QCOMPARE(verified.value("distanceToHomeM").toInt(), 12);
    QCOMPARE(verified.value("radiusM").toInt(), 150);
    QCOMPARE(verified.value("note").toString(), QStringLiteral("At the door"));
    const QJsonObject location = verified.value("location").toObject();
    QCOMPARE(location.value("accuracyM").toInt(), 8);
    QCOMPARE(location.value("fixTime").toString(), QStringLiteral("2026-11-02T07:00:00.000Z"));
    QVERIFY(std::abs(location.value("latitude").toDouble() - fixAt(12, 0, 1).latitude) < 1e-9);

    const auto none = presencePayload(assessFix(std::nullopt, Home));
    QCOMPARE(none.value("verification").toString(), QStringLiteral("no_fix"));
    QVERIFY(!none.contains("location")); // no_fix must carry no location
    QVERIFY(!none.contains("distanceToHomeM"));
    QVERIFY(!none.contains("note"));

    const auto unknownAccuracy = presencePayload(assessFix(fixAt(5, 0, std::nullopt), Home));
    QCOMPARE(unknownAccuracy.value("verification").toString(), QStringLiteral("outside_radius"));
    QCOMPARE(unknownAccuracy.value("location").toObject().value("accuracyM").toInt(), 100000);
}

void TestLocationEvidence::wordsSayWhatHappened()
{
    QCOMPARE(EvidenceWords::describe(assessFix(fixAt(12, 0, 8), Home)),
             QStringLiteral("At the home (12 m away, accurate to 8 m)"));
    const LocationFix lane = fixAt(0, 600, 5);
    const int laneMetres = qRound(distanceMetres({lane.latitude, lane.longitude}, Home));
    QVERIFY(std::abs(laneMetres - 600) <= 3);
    QCOMPARE(EvidenceWords::describe(assessFix(lane, Home)),
             QStringLiteral("Away from the home: %1 m from the address (accurate to 5 m)")
                 .arg(laneMetres));
    QCOMPARE(EvidenceWords::describe(assessFix(fixAt(10, 0, 200), Home)),
             QStringLiteral("Location not precise enough to confirm: accurate only to 200 m"));
    QCOMPARE(EvidenceWords::describe(assessFix(std::nullopt, Home)),
             QStringLiteral("No location found in time; recorded without one"));
    QVERIFY(EvidenceWords::describe(assessFix(fixAt(1, 0, 1), std::nullopt))
                .contains("No home location"));
}

QTEST_GUILESS_MAIN(TestLocationEvidence)
#include "tst_locationevidence.moc"
