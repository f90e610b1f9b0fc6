// One fix with a timeout, replaying NMEA logs with QNmeaPositionInfoSource in simulation mode:
// inside the radius, outside it, poor accuracy, no fix (timeout), a log that cannot be opened, and
// a worker who stops waiting.
#include "location/fixrequest.h"
#include "location/locationevidence.h"
#include "location/positionsources.h"
#include "nmeatestlogs.h"

#include <QElapsedTimer>
#include <QGeoPositionInfoSource>
#include <QSignalSpy>
#include <QTest>

using namespace careround::location;
using namespace careround::location::testing;

namespace {

constexpr int FixTimeoutMs = 4000; // the logs give a fix a second; a loaded CI machine is slower
constexpr int WaitMs = FixTimeoutMs + 5000;

struct Outcome
{
    std::optional<LocationFix> fix;
    QString problem;
    qint64 elapsedMs = 0;
    bool finished = false;
};

Outcome replay(const QString &log, int timeoutMs = FixTimeoutMs)
{
    FixRequest request(createPositionSource(log));
    QSignalSpy finished(&request, &FixRequest::finished);
    QElapsedTimer timer;
    timer.start();
    request.start(timeoutMs, LocationPolicy {}.maxAccuracyM);
    Outcome outcome;
    outcome.finished = finished.wait(WaitMs);
    QTest::qWait(50);
    outcome.elapsedMs = timer.elapsed();
    if (outcome.finished)
        outcome.fix = finished.first().first().value<std::optional<LocationFix>>();
    outcome.problem = request.problem();
    outcome.finished = outcome.finished && finished.count() == 1; // exactly once
    return outcome;
}

} // namespace

class TestFixRequest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void insideRadiusIsVerified();
    void outsideRadius();
    void poorAccuracyIsNotVerified();
    void noFixTimesOut();
    void unreadableLogFinishesAtOnce();
    void finishNowUsesTheBestSoFar();
};

void TestFixRequest::initTestCase()
{
    qRegisterMetaType<std::optional<LocationFix>>();
}

void TestFixRequest::insideRadiusIsVerified()
{
    const Outcome outcome = replay(nmeaLog("inside_radius"));
    QVERIFY(outcome.finished);
    QVERIFY(outcome.fix);
    // The rough first fix (150 m) is passed over for the first one good enough to verify.
    QVERIFY2(outcome.fix->accuracyM && *outcome.fix->accuracyM <= LocationPolicy {}.maxAccuracyM,
             qPrintable(QString::number(outcome.fix->accuracyM.value_or(-1))));
    const auto evidence = assessFix(outcome.fix, NmeaHome);
    QCOMPARE(evidence.verification, Verification::Verified);
    QVERIFY2(*evidence.distanceToHomeM > 5 && *evidence.distanceToHomeM < 20,
             qPrintable(QString::number(*evidence.distanceToHomeM)));
    QVERIFY(outcome.fix->fixTime.isValid());
    QVERIFY2(outcome.elapsedMs < FixTimeoutMs, "a good fix ends the wait before the timeout");
}

void TestFixRequest::outsideRadius()
{
    const Outcome outcome = replay(nmeaLog("outside_radius"));
    QVERIFY(outcome.finished);
    const auto evidence = assessFix(outcome.fix, NmeaHome);
    QCOMPARE(evidence.verification, Verification::OutsideRadius);
    QCOMPARE(evidence.reason, EvidenceReason::TooFar);
    QVERIFY2(*evidence.distanceToHomeM > 550 && *evidence.distanceToHomeM < 650,
             qPrintable(QString::number(*evidence.distanceToHomeM)));
}

void TestFixRequest::poorAccuracyIsNotVerified()
{
    const Outcome outcome = replay(nmeaLog("poor_accuracy"));
    QVERIFY(outcome.finished);
    QVERIFY(outcome.fix); // kept as evidence when nothing better came
    QCOMPARE(*outcome.fix->accuracyM, 2 * 40.0 * NmeaUserEquivalentRangeErrorM);
    const auto evidence = assessFix(outcome.fix, NmeaHome);
    QCOMPARE(evidence.verification, Verification::OutsideRadius);
    QCOMPARE(evidence.reason, EvidenceReason::PoorAccuracy);
}

void TestFixRequest::noFixTimesOut()
{
    const Outcome outcome = replay(nmeaLog("no_fix"), 1500);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.fix);
    QVERIFY(!outcome.problem.isEmpty());
    QCOMPARE(assessFix(outcome.fix, NmeaHome).verification, Verification::NoFix);
    QVERIFY2(outcome.elapsedMs < 1500 + 3000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestFixRequest::unreadableLogFinishesAtOnce()
{
    QVERIFY(!createPositionSource(nmeaLog("no_such_log")));
    const Outcome outcome = replay(nmeaLog("no_such_log"));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.fix);
    QCOMPARE(outcome.problem, QStringLiteral("no position source"));
    QVERIFY2(outcome.elapsedMs < 1000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestFixRequest::finishNowUsesTheBestSoFar()
{
    FixRequest request(createPositionSource(nmeaLog("poor_accuracy")));
    QSignalSpy finished(&request, &FixRequest::finished);
    request.start(60000, LocationPolicy {}.maxAccuracyM);
    QVERIFY(request.isRunning());
    QVERIFY(request.remainingMs() > 50000);
    QTest::qWait(1500); // a poor fix has arrived by now, and the request still waits for better
    QCOMPARE(finished.count(), 0);
    request.finishNow();
    QCOMPARE(finished.count(), 0); // the answer comes through the event loop
    QVERIFY(finished.wait(1000));
    const auto fix = finished.first().first().value<std::optional<LocationFix>>();
    QVERIFY(fix);
    QVERIFY(!request.isRunning());
    request.finishNow();
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestFixRequest)
#include "tst_fixrequest.moc"
