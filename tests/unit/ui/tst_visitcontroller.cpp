// VisitController, part one: loading, grab sheet, check-in and check-out with NMEA-replayed
// location evidence (verified, no fix, stop waiting), entry codes, double-handed calls.
#include "tst_visitcontroller.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

void TestVisitController::initTestCase()
{
    QVERIFY(useBritishEnglish());
}

void TestVisitController::loadsTheVisitAndGrabSheet()
{
    VisitFixture f;
    QVERIFY(f.open());
    VisitController &v = *f.visit;
    QAbstractItemModelTester tasksTester(v.tasks());
    QAbstractItemModelTester historyTester(v.history());
    QCOMPARE(v.personName(), QStringLiteral("Edie"));
    QCOMPARE(v.fullName(), QStringLiteral("Edith Brown"));
    QCOMPARE(v.callTypeText(), QStringLiteral("Morning call"));
    QCOMPARE(v.lengthText(), QStringLiteral("45 minutes"));
    QCOMPARE(v.status(), QStringLiteral("due"));
    QVERIFY(v.assigned());
    QCOMPARE(v.allergies(), QStringList {"penicillin"});
    QVERIFY(v.dnacprInPlace());
    QCOMPARE(v.keyContacts(), QStringList {"Mary Brown (daughter), 07700 900123"});
    QCOMPARE(v.riskFlags(), QStringList {"falls: frame within reach"});
    QCOMPARE(v.presence(), VisitController::NotCheckedIn);
    QVERIFY(v.canCheckIn());
    QVERIFY(!v.canRecord());
    QVERIFY(v.fileReadNeeded());
    QVERIFY(v.canRecordNoAccess());
    QCOMPARE(v.tasks()->count(), 3);
    QCOMPARE(v.history()->count(), 0);

    VisitController missing;
    QSignalSpy loaded(&missing, &VisitController::loadFinished);
    missing.setSession(f.session.get());
    missing.setVisitId("no-such-visit");
    QVERIFY(caught(loaded, StoreTimeoutMs));
    QVERIFY(!missing.found());
    QVERIFY(!missing.checkIn());
}

void TestVisitController::checkInAndOutWithVerifiedLocation()
{
    VisitFixture f;
    QVERIFY(f.open());
    VisitController &v = *f.visit;
    QVERIFY(v.checkIn());
    QCOMPARE(v.presence(), VisitController::Locating);
    QVERIFY(v.locatingText().contains("Finding your location"));
    QVERIFY(!v.canCheckIn()); // one tap is enough; a second does not make a second check-in
    QVERIFY(!v.checkIn());
    QVERIFY(f.settled());
    QCOMPARE(v.presence(), VisitController::CheckedIn);
    QCOMPARE(v.status(), QStringLiteral("in_progress"));
    QVERIFY2(v.checkInText().contains("At the home"), qPrintable(v.checkInText()));

    const auto checkIns = VisitFixture::ofType(f.stored(), "visit.checkin");
    QCOMPARE(checkIns.size(), 1);
    const Record &in = checkIns.first();
    QCOMPARE(in.authorUserId, QStringLiteral("worker-1"));
    QCOMPARE(in.payload.value("verification").toString(), QStringLiteral("verified"));
    const int distance = in.payload.value("distanceToHomeM").toInt();
    QVERIFY2(distance > 5 && distance < 20, qPrintable(QString::number(distance)));
    QVERIFY(in.payload.value("location").toObject().value("accuracyM").toInt() <= 100);
    QVERIFY(f.outboxIds().contains(in.id));

    QVERIFY(v.canCheckOut());
    // The review blocks: two tasks not recorded and 0 of 45 minutes delivered (under 2/3).
    QVERIFY(!v.checkOut());
    QVERIFY(v.reviewOpen());
    QCOMPARE(v.presence(), VisitController::CheckedIn);
    QCOMPARE(v.errorField(), QStringLiteral("review.task:personal care"));
    QStringList kinds;
    for (const QVariant &item : v.reviewItems())
        kinds.append(item.toMap().value("kind").toString());
    QCOMPARE(kinds, (QStringList {"task_not_recorded", "task_not_recorded", "short_visit"}));
    QCOMPARE(v.reviewItems().last().toMap().value("title").toString(),
             QStringLiteral("Short visit: 0 minutes delivered of 45 minutes planned"));
    // Recording a task resolves its item; a reason resolves the others.
    QVERIFY(v.recordTask("Personal care", "done", {}));
    QVERIFY(f.settled());
    QCOMPARE(v.reviewItems().size(), 2);
    QVERIFY(!v.setReviewReason("task:nothing", "x")); // not an open item
    QVERIFY(v.setReviewReason("task:breakfast", "Her daughter made breakfast"));
    QVERIFY(!v.reviewReady());
    QVERIFY(!v.checkOut());
    QCOMPARE(v.errorField(), QStringLiteral("review.short"));
    QVERIFY(v.setReviewReason("short", "Called to a fall at the next home"));
    QVERIFY(v.reviewReady());
    QVERIFY(v.checkOut());
    QVERIFY(f.settled());
    QCOMPARE(v.presence(), VisitController::CheckedOut);
    const QJsonArray review = VisitFixture::ofType(f.stored(), "visit.checkout")
                                  .first()
                                  .payload.value("review")
                                  .toArray();
    QCOMPARE(review.size(), 2);
    QCOMPARE(review.at(0).toObject().value("item").toString(), QStringLiteral("task_not_recorded"));
    QCOMPARE(review.at(0).toObject().value("subject").toString(), QStringLiteral("Breakfast"));
    QCOMPARE(review.at(0).toObject().value("reason").toString(),
             QStringLiteral("Her daughter made breakfast"));
    QCOMPARE(review.at(1).toObject().value("item").toString(), QStringLiteral("short_visit"));
    QCOMPARE(review.at(1).toObject().value("plannedMinutes").toInt(), 45);
    // After check-out nothing more is ticked: only a correction with a reason.
    QVERIFY(!v.canRecord());
    QVERIFY(!v.recordTask("Breakfast", "done", {}));
    QVERIFY(v.errorMessage().contains("checked out"));
    QCOMPARE(v.status(), QStringLiteral("done"));
    QCOMPARE(v.deliveredText(), QStringLiteral("0 minutes delivered of 45 minutes planned"));
    const auto checkOuts = VisitFixture::ofType(f.stored(), "visit.checkout");
    QCOMPARE(checkOuts.size(), 1);
    QCOMPARE(checkOuts.first().payload.value("verification").toString(),
             QStringLiteral("verified"));
    QVERIFY(f.outboxIds().contains(checkOuts.first().id));
    QVERIFY(!v.canCheckIn());
}

void TestVisitController::noFixIsSavedAtOnce()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(f.visit->checkIn());
    QVERIFY(f.settled());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(f.visit->presence(), VisitController::CheckedIn);
    const auto in = VisitFixture::ofType(f.stored(), "visit.checkin");
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.first().payload.value("verification").toString(), QStringLiteral("no_fix"));
    QVERIFY(!in.first().payload.contains("location"));
    QVERIFY(f.visit->checkInText().contains("No location found in time"));
}

void TestVisitController::stopWaitingSavesWhatThereIs()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("poor_accuracy")));
    f.location.setFixTimeoutMs(60000);
    QVERIFY(f.visit->checkIn());
    QTest::qWait(1500); // a poor fix has come in; the request still hopes for a better one
    QCOMPARE(f.visit->presence(), VisitController::Locating);
    f.visit->stopWaitingForLocation();
    QVERIFY(f.settled(StoreTimeoutMs));
    const auto in = VisitFixture::ofType(f.stored(), "visit.checkin");
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.first().payload.value("verification").toString(), QStringLiteral("outside_radius"));
    QVERIFY2(f.visit->checkInText().contains("not precise enough"),
             qPrintable(f.visit->checkInText()));
}

void TestVisitController::entryCodesOnlyDuringTheVisit()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log")));
    VisitController &v = *f.visit;
    QVERIFY(!v.entryCodesAllowed());
    QVERIFY(!v.revealEntryCodes());
    QCOMPARE(v.errorField(), QStringLiteral("entryCodes"));
    QVERIFY(v.entryCodes().isEmpty());

    QVERIFY(v.checkIn());
    QVERIFY(f.settled());
    QVERIFY(v.entryCodesAllowed());
    QVERIFY(v.entryCodes().isEmpty()); // not shown until asked for
    QSignalSpy codes(&v, &VisitController::entryCodesChanged);
    QVERIFY(v.revealEntryCodes());
    QVERIFY(caught(codes, StoreTimeoutMs));
    QCOMPARE(v.entryCodes(), QStringList {"Key safe by the back door: 4321"});
    QVERIFY(v.entryCodesNote().contains("scramble"));

    QVERIFY(f.checkOutGivingReasons());
    QVERIFY(f.settled());
    QVERIFY(!v.entryCodesAllowed());
    QVERIFY(!v.entryCodesShown());
    QVERIFY(v.entryCodes().isEmpty()); // gone at check-out
}

void TestVisitController::entryCodesNotYetOnThePhone()
{
    VisitFixture f;
    f.withEntryCodes = false;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log")));
    VisitController &v = *f.visit;
    QVERIFY(v.checkIn());
    QVERIFY(f.settled());
    QSignalSpy codes(&v, &VisitController::entryCodesChanged);
    QVERIFY(v.revealEntryCodes());
    QVERIFY(caught(codes, StoreTimeoutMs));
    QVERIFY(v.entryCodesShown());
    QVERIFY(v.entryCodes().isEmpty());
    QVERIFY(v.errorMessage().isEmpty());
    QVERIFY2(v.entryCodesNote().contains("reach your phone on the day of the visit"),
             qPrintable(v.entryCodesNote()));
}

void TestVisitController::doubleHandedShowsThePartner()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1"), PartnerUser}, nmeaLog("no_such_log")));
    VisitController &v = *f.visit;
    QVERIFY(v.doubleHanded());
    QVERIFY(!v.partnerCheckedIn());
    QCOMPARE(v.partnerText(), QStringLiteral("Sam Cole has not checked in yet"));
    QVERIFY(v.checkIn());
    QVERIFY(f.settled());
    QCOMPARE(v.partnerText(), QStringLiteral("Waiting for Sam Cole: not checked in yet"));

    QSignalSpy loaded(&v, &VisitController::loadFinished);
    QVERIFY(receive(*f.session->store(), {checkIn("p1", "v1", PartnerUser, minutesFromNow(0))}));
    QVERIFY(caught(loaded, StoreTimeoutMs));
    QVERIFY(v.partnerCheckedIn());
    QVERIFY(v.partnerText().startsWith("Sam Cole checked in at "));

    QVERIFY(f.checkOutGivingReasons());
    const QJsonArray review = VisitFixture::ofType(f.stored(), "visit.checkout")
                                  .value(0)
                                  .payload.value("review")
                                  .toArray();
    for (const QJsonValue &item : review) // the partner did check in: not an item
        QVERIFY(item.toObject().value("item").toString() != u"partner_not_checked_in");
    QVERIFY(f.settled());
    QCOMPARE(v.status(), QStringLiteral("in_progress")); // the partner is still there
    QVERIFY2(v.deliveredText().startsWith("You were here 0 minutes of 45 minutes planned"),
             qPrintable(v.deliveredText()));
    loaded.clear();
    QVERIFY(receive(*f.session->store(), {checkOut("p1", "v1", PartnerUser, minutesFromNow(1))}));
    QVERIFY(caught(loaded, StoreTimeoutMs));
    QCOMPARE(v.status(), QStringLiteral("done"));
}

void TestVisitController::checkOutReviewListsDosesAndTheMissingPartner()
{
    VisitFixture f;
    const Record metformin = medicationOrder(QStringLiteral("p1"), QStringLiteral("Metformin"),
                                             QTime::currentTime().toString(u"HH:mm"));
    QVERIFY(f.open({QStringLiteral("worker-1"), PartnerUser}, nmeaLog("no_such_log"), {metformin}));
    VisitController &v = *f.visit;
    QVERIFY(v.checkIn());
    QVERIFY(f.settled());
    QVERIFY(v.recordTask("Personal care", "done", {}));
    QVERIFY(v.recordTask("Breakfast", "not_needed", {}));
    QVERIFY(f.settled());
    QVERIFY(!v.checkOut());
    QStringList titles;
    for (const QVariant &item : v.reviewItems())
        titles.append(item.toMap().value("title").toString());
    QCOMPARE(titles.size(), 3);
    QVERIFY2(titles.at(0).startsWith("Metformin ") && titles.at(0).endsWith(": nothing recorded"),
             qPrintable(titles.at(0)));
    QCOMPARE(titles.at(1), QStringLiteral("Sam Cole did not check in"));
    QVERIFY2(titles.at(2).startsWith("Short visit: "), qPrintable(titles.at(2)));
    QVERIFY(f.checkOutGivingReasons("Sam was sent to another call; Metformin given by her son"));
    QVERIFY(f.settled());
    const QJsonArray review = VisitFixture::ofType(f.stored(), "visit.checkout")
                                  .first()
                                  .payload.value("review")
                                  .toArray();
    QCOMPARE(review.size(), 3);
    QCOMPARE(review.at(0).toObject().value("item").toString(),
             QStringLiteral("dose_without_outcome"));
    QCOMPARE(review.at(1).toObject().value("item").toString(),
             QStringLiteral("partner_not_checked_in"));
    QCOMPARE(review.at(1).toObject().value("subject").toString(), PartnerUser);
}

void TestVisitController::notAssignedCannotRecord()
{
    VisitFixture f;
    QVERIFY(f.open({PartnerUser}));
    VisitController &v = *f.visit;
    QVERIFY(!v.assigned());
    QVERIFY(!v.canCheckIn());
    QVERIFY(!v.checkIn());
    QCOMPARE(v.errorField(), QStringLiteral("visit"));
    QVERIFY(!v.saveNote("x", false, false));
    QVERIFY(!v.confirmFileRead());
    QVERIFY(!v.fileReadNeeded());
    QVERIFY(VisitFixture::ofType(f.stored(), "visit.note").isEmpty());
}

QTEST_GUILESS_MAIN(TestVisitController)
