// VisitController, part two: tasks (and the medication placeholder), notes, three refusals and the
// alert, money, incidents, the file-read sign-off, no access, and corrections.
#include "core/recordtypes.h"
#include "tst_visitcontroller.h"

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

bool checkedIn(VisitFixture &f)
{
    return f.visit->checkIn() && f.settled();
}

int rowOfTask(VisitController &v, const QString &name)
{
    for (int i = 0; i < v.tasks()->count(); ++i) {
        if (v.tasks()->tasks().at(i).name == name)
            return i;
    }
    return -1;
}

QString taskRole(VisitController &v, const QString &name, VisitTaskModel::Role role)
{
    return v.tasks()->data(v.tasks()->index(rowOfTask(v, name)), role).toString();
}

} // namespace

void TestVisitController::tasksNotesAndTheMedicationPlaceholder()
{
    VisitFixture f;
    const QList<Record> lastVisit {
        checkIn("p1", "v0", PartnerUser, minutesFromNow(-20 * 60)),
        nextWorkerNote("p1", "v0", PartnerUser, "Low on milk: please pick some up",
                       minutesFromNow(-19 * 60)),
    };
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log"), lastVisit));
    VisitController &v = *f.visit;
    QCOMPARE(v.handoverNotes()->count(), 1);
    QCOMPARE(v.handoverNotes()->entries().first().title,
             QStringLiteral("Low on milk: please pick some up"));
    QVERIFY(!v.recordTask("Breakfast", "done", {})); // not checked in yet
    QVERIFY(checkedIn(f));
    QCOMPARE(v.tasks()->openCount(), 2);
    QVERIFY(v.tasks()
                ->data(v.tasks()->index(rowOfTask(v, "Medication")), VisitTaskModel::MedicationRole)
                .toBool());
    QVERIFY(!v.recordTask("Medication", "done", {}));
    QVERIFY(v.errorMessage().contains("eMAR"));

    QVERIFY(v.recordTask("Personal care", "done", "Shower, skin checked"));
    QVERIFY(f.settled());
    // A refusal needs its reason from the fixed list; "other" needs words.
    QVERIFY(!v.recordTask("Breakfast", "refused", "Not hungry"));
    QCOMPARE(v.errorField(), QStringLiteral("reasonCode"));
    QVERIFY(!v.recordTask("Breakfast", "refused", "Not hungry", "other", " "));
    QCOMPARE(v.errorField(), QStringLiteral("reason"));
    QVERIFY(v.refusalReasonChoices().size() == 5);
    QVERIFY(v.recordTask("Breakfast", "refused", "Not hungry", "unwell"));
    QVERIFY(f.settled());
    QCOMPARE(taskRole(v, "Personal care", VisitTaskModel::OutcomeRole), QStringLiteral("done"));
    QCOMPARE(taskRole(v, "Breakfast", VisitTaskModel::NoteRole), QStringLiteral("Not hungry"));
    QVERIFY(taskRole(v, "Breakfast", VisitTaskModel::RecordedTextRole)
                .startsWith("Refused (Felt unwell): Amira Khan at "));
    QCOMPARE(v.tasks()->openCount(), 0);
    QVERIFY(!v.recordTask("Breakfast", "eaten", {}));
    QCOMPARE(v.errorField(), QStringLiteral("outcome"));

    QVERIFY(!v.saveNote("  ", false, false));
    QCOMPARE(v.errorField(), QStringLiteral("note"));
    QSignalSpy saved(&v, &VisitController::saved);
    QVERIFY(v.saveNote("Edie was cheerful. Milk bought.", true, false));
    QVERIFY(f.settled());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("visit.note"));
    QVERIFY(v.savedMessage().contains("next worker"));

    const QList<Record> records = f.stored();
    const auto tasks = VisitFixture::ofType(records, "visit.task");
    QCOMPARE(tasks.size(), 2);
    const auto notes = VisitFixture::ofType(records, "visit.note");
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().payload.value("forNextWorker").toBool());
    const QStringList outbox = f.outboxIds();
    for (const Record &r : tasks + notes) {
        QVERIFY2(outbox.contains(r.id), qPrintable(r.type));
        QCOMPARE(r.careDay, f.visitStart.date()); // not today's: past midnight it differs
        QCOMPARE(r.visitId, QStringLiteral("v1"));
    }
    QCOMPARE(v.history()->count(), 4); // check-in, two tasks, the note
}

// The phone warns its worker but writes no alert record: only the office may, and a refused
// record used to stay in the outbox and hold the worker's missed visits in awaiting_sync
// (issue 16). The server raises three_refusals (tst_sync_engine::threeRefusalsReachTheOffice).
void TestVisitController::threeRefusalsWarnWithoutWritingAnAlert()
{
    VisitFixture f;
    const QList<Record> earlier {
        task("p1", "v-2", QStringLiteral("worker-1"), "Personal care", "refused",
             minutesFromNow(-48 * 60)),
        task("p1", "v-1", QStringLiteral("worker-1"), "Personal care", "refused",
             minutesFromNow(-24 * 60)),
    };
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log"), earlier));
    VisitController &v = *f.visit;
    QVERIFY(checkedIn(f));
    QVERIFY(v.alertText().isEmpty());
    const QStringList outboxBefore = f.outboxIds();
    QVERIFY(v.recordTask("Personal care", "refused", "Said no again", "did_not_want"));
    QVERIFY(QTest::qWaitFor([&] { return !v.alertText().isEmpty(); }, StoreTimeoutMs));
    QVERIFY(f.settled());
    QVERIFY(v.alertText().contains("refused \u201cPersonal care\u201d at 3 visits in a row"));
    QVERIFY(v.alertText().contains("office is told when this phone syncs"));
    QCOMPARE(taskRole(v, "Personal care", VisitTaskModel::RefusalTextRole),
             QStringLiteral("Refused at 3 visits in a row"));
    // Only the refusal went to the outbox: no alert record, now or after reading again.
    QCOMPARE(f.outboxIds().size(), outboxBefore.size() + 1);
    v.reload();
    QVERIFY(QTest::qWaitFor([&] { return !v.loading(); }, StoreTimeoutMs));
    QTest::qWait(200);
    QVERIFY(f.settled());
    QVERIFY(VisitFixture::ofType(f.stored(), "alert").isEmpty());
    QCOMPARE(f.outboxIds().size(), outboxBefore.size() + 1);
}

void TestVisitController::moneyIncidentAndFileRead()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log")));
    VisitController &v = *f.visit;
    QVERIFY(!v.saveFinance("5", "Milk", true, false, {})); // check in first
    QVERIFY(checkedIn(f));
    QVERIFY(!v.saveFinance("five", "Milk", true, false, {}));
    QCOMPARE(v.errorField(), QStringLiteral("amount"));
    QVERIFY(!v.saveFinance("5", "Milk", false, false, {}));
    QCOMPARE(v.errorField(), QStringLiteral("note"));
    QVERIFY(v.saveFinance("£7.45", "Milk and bread from the village shop", true, true, {}));
    QVERIFY(f.settled());
    QVERIFY(!v.saveIncident("fall", "moderate", "", "Helped up", "The office", "phone"));
    QCOMPARE(v.errorField(), QStringLiteral("description"));
    QVERIFY(v.saveIncident("fall", "moderate", "Found sitting on the kitchen floor",
                           "Helped up with the frame, no injury seen, daughter told", "The office",
                           "phone"));
    QVERIFY(f.settled());
    QVERIFY(v.fileReadNeeded());
    QVERIFY(v.confirmFileRead());
    QVERIFY(f.settled());
    QVERIFY(!v.fileReadNeeded());

    const QList<Record> records = f.stored();
    const auto money = VisitFixture::ofType(records, "visit.finance");
    QCOMPARE(money.size(), 1);
    QCOMPARE(money.first().payload.value("amountPence").toInt(), 745);
    QVERIFY(money.first().payload.value("confirmedByPerson").toBool());
    const auto incidents = VisitFixture::ofType(records, "incident");
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().payload.value("kind").toString(), QStringLiteral("fall"));
    const auto reads = VisitFixture::ofType(records, "visit.fileread");
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.first().payload.value("carePlanId").toString(), v.snapshot().carePlan->id);
    const QStringList outbox = f.outboxIds();
    for (const Record &r : money + incidents + reads)
        QVERIFY2(outbox.contains(r.id), qPrintable(r.type));
    QCOMPARE(v.incidentKindChoices().size(), 7);
}

void TestVisitController::noAccessProtocol()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log")));
    VisitController &v = *f.visit;
    QVERIFY(v.canRecordNoAccess());
    QVERIFY(!v.saveNoAccess(true, true, true, true, true, " "));
    QCOMPARE(v.errorField(), QStringLiteral("outcome"));
    QVERIFY(v.saveNoAccess(true, true, true, false, true, "Office phoned daughter; she has Edie"));
    QVERIFY(f.settled());
    QCOMPARE(v.status(), QStringLiteral("no_access"));
    QVERIFY(!v.canRecordNoAccess());
    const auto records = VisitFixture::ofType(f.stored(), "visit.noaccess");
    QCOMPARE(records.size(), 1);
    const QJsonObject steps = records.first().payload.value("steps").toObject();
    QVERIFY(steps.value("letterbox").toBool());
    QVERIFY(!steps.value("neighbours").toBool());
    QVERIFY(steps.value("officePhoned").toBool());
    QVERIFY(v.canCheckIn()); // the person may still come to the door
}

void TestVisitController::correctionsShowBothAndFoldsUseThem()
{
    VisitFixture f;
    QVERIFY(f.open({QStringLiteral("worker-1")}, nmeaLog("no_such_log")));
    VisitController &v = *f.visit;
    QVERIFY(checkedIn(f));
    QVERIFY(v.recordTask("Breakfast", "refused", {}, "other", "Wanted to wait for her son"));
    QVERIFY(f.settled());
    const QString taskId = taskRole(v, "Breakfast", VisitTaskModel::RecordIdRole);
    QVERIFY(!v.correctEntry(taskId, " ", {{"outcome", "done"}}));
    QCOMPARE(v.errorField(), QStringLiteral("reason"));
    QVERIFY(v.correctEntry(taskId, "pressed the wrong button", {{"outcome", "done"}}));
    QVERIFY(f.settled());
    QCOMPARE(taskRole(v, "Breakfast", VisitTaskModel::OutcomeRole), QStringLiteral("done"));

    const auto &entries = v.history()->entries();
    QCOMPARE(entries.size(), 3); // check-in, the task as first written, the correction
    QCOMPARE(entries[1].detail, QStringLiteral("Breakfast: refused"));
    QVERIFY(entries[1].corrected);
    QVERIFY(entries[2].isCorrection);
    QVERIFY(entries[2].detail.contains("pressed the wrong button"));
    QVERIFY(entries[2].byText.startsWith("Amira Khan at "));

    // Withdrawing the check-in (wrong house) undoes it in the fold.
    const QString checkInId = entries[0].recordId;
    QVERIFY(v.withdrawEntry(checkInId, "checked in at the wrong house"));
    QVERIFY(f.settled());
    QCOMPARE(v.presence(), VisitController::NotCheckedIn);
    QCOMPARE(v.status(), QStringLiteral("due"));
    QVERIFY(!v.withdrawEntry(checkInId, "again")); // already withdrawn
    const auto amendments = VisitFixture::ofType(f.stored(), "amendment");
    QCOMPARE(amendments.size(), 2);
    for (const Record &a : amendments)
        QVERIFY(f.outboxIds().contains(a.id));
    QCOMPARE(VisitFixture::ofType(f.stored(), "visit.task").size(), 1); // the original is kept
}
