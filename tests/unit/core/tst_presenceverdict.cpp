// The office's location verdict for a check-in or check-out (core/rules/presenceverdict.h):
// either side of the home radius and of the accuracy limit, no fix, no home on file, and the
// payload readers.
#include "core/rules/presenceverdict.h"
#include <QTest>

using namespace careround;

namespace {
const GeoPosition Home {51.5007, -0.1246};
constexpr double MetresPerDegreeLatitude = 6'371'008.8 * 3.14159265358979323846 / 180.0;

// A fix `metres` due north of the home.
RecordedFix north(double metres, double accuracyM = 10)
{
    return {{Home.latitude + metres / MetresPerDegreeLatitude, Home.longitude}, accuracyM};
}
} // namespace

class TestPresenceVerdict : public QObject
{
    Q_OBJECT
private slots:
    void verdict_data();
    void verdict();
    void distanceIsTheGreatCircle();
    void payloadsAreRead();
};

void TestPresenceVerdict::verdict_data()
{
    QTest::addColumn<double>("metres");
    QTest::addColumn<double>("accuracyM");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("at the door") << 0.0 << 5.0 << "verified"
                                 << "good";
    QTest::newRow("just inside the radius") << 149.9 << 20.0 << "verified"
                                            << "good";
    QTest::newRow("on the radius") << 150.0 - 1e-6 << 20.0 << "verified"
                                   << "good";
    QTest::newRow("just outside the radius") << 150.1 << 20.0 << "outside_radius"
                                             << "too_far";
    QTest::newRow("far away") << 5000.0 << 20.0 << "outside_radius"
                              << "too_far";
    QTest::newRow("accuracy at the limit") << 10.0 << 100.0 << "verified"
                                           << "good";
    QTest::newRow("accuracy just over the limit") << 10.0 << 100.5 << "outside_radius"
                                                  << "poor_accuracy";
}

void TestPresenceVerdict::verdict()
{
    QFETCH(double, metres);
    QFETCH(double, accuracyM);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    const PresenceAssessment a = assessPresence(north(metres, accuracyM), Home);
    QCOMPARE(presenceVerdictCode(a.verdict), verdict);
    QCOMPARE(presenceReasonCode(a.reason), reason);
    QVERIFY(a.distanceM.has_value());
    QVERIFY2(qAbs(*a.distanceM - metres) < 0.01, qPrintable(QString::number(*a.distanceM)));
}

void TestPresenceVerdict::distanceIsTheGreatCircle()
{
    // London to Edinburgh, about 534 km on the mean-radius sphere.
    const double d = greatCircleMetres(Home, {55.9533, -3.1883});
    QVERIFY2(d > 530'000 && d < 540'000, qPrintable(QString::number(d)));
    QCOMPARE(greatCircleMetres(Home, Home), 0.0);

    const PresenceAssessment noFix = assessPresence(std::nullopt, Home);
    QCOMPARE(noFix.verdict, PresenceVerdict::NoFix);
    QCOMPARE(noFix.reason, PresenceReason::NoFix);
    QVERIFY(!noFix.distanceM);
    const PresenceAssessment noHome = assessPresence(north(10), std::nullopt);
    QCOMPARE(noHome.verdict, PresenceVerdict::NoFix);
    QCOMPARE(noHome.reason, PresenceReason::HomeUnknown);
    // A narrower policy moves the boundary.
    QCOMPARE(assessPresence(north(60), Home, {50, 100}).verdict, PresenceVerdict::OutsideRadius);
}

void TestPresenceVerdict::payloadsAreRead()
{
    const QJsonObject checkIn {{QStringLiteral("verification"), QStringLiteral("verified")},
                               {QStringLiteral("location"),
                                QJsonObject {{QStringLiteral("latitude"), 51.5},
                                             {QStringLiteral("longitude"), -0.12},
                                             {QStringLiteral("accuracyM"), 12}}}};
    const auto fix = recordedFix(checkIn);
    QVERIFY(fix);
    QCOMPARE(fix->position.latitude, 51.5);
    QCOMPARE(fix->accuracyM, 12.0);
    QVERIFY(!recordedFix({{QStringLiteral("verification"), QStringLiteral("no_fix")}}));
    // No accuracy: the fix cannot verify anything.
    const auto vague = recordedFix(
        {{QStringLiteral("location"),
          QJsonObject {{QStringLiteral("latitude"), 51.5}, {QStringLiteral("longitude"), -0.12}}}});
    QVERIFY(vague);
    QCOMPARE(assessPresence(vague, GeoPosition {51.5, -0.12}).reason, PresenceReason::PoorAccuracy);

    const auto home = homeLocation(
        {{QStringLiteral("homeLocation"),
          QJsonObject {{QStringLiteral("latitude"), 52.0}, {QStringLiteral("longitude"), 1.0}}}});
    QVERIFY(home);
    QCOMPARE(home->longitude, 1.0);
    QVERIFY(!homeLocation({{QStringLiteral("name"), QStringLiteral("A")}}));
}

QTEST_GUILESS_MAIN(TestPresenceVerdict)
#include "tst_presenceverdict.moc"
