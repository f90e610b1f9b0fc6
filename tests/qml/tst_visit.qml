// A whole visit through the real pages, controllers, store and location code: the round shows the
// visit, one tap on its "Check in" button opens it and checks in (location replayed from an NMEA
// log), tasks are recorded, the medication placeholder shows, a note is saved, then check-out —
// and every record is in the store and waiting in its outbox. Also: no fix saves at once.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    // Tall enough that the whole visit page is on screen, so every control can be clicked.
    width: 480
    height: 3200

    Component {
        id: harnessComponent
        Item {
            property alias session: appSession
            property alias view: sessionView
            anchors.fill: parent
            SessionView {
                id: sessionView
                anchors.fill: parent
                session: appSession
            }
            AppSession {
                id: appSession
            }
        }
    }

    TestCase {
        name: "Visit"
        when: windowShown

        readonly property int fixTimeoutMs: 4000

        function unlockedWithVisit(nmea) {
            LocationSettings.nmeaFile = RoundTestSupport.nmeaLog(nmea)
            LocationSettings.fixTimeoutMs = fixTimeoutMs
            const h = createTemporaryObject(harnessComponent, root)
            h.session.dataDirectory = TestSupport.newDataDirectory()
            h.session.useFastKdfForTests()
            h.session.start()
            tryCompare(h.session, "state", AppSession.NeedsPinSetup, TestSupport.vaultTimeoutMs)
            h.session.setUpPin("246813", "246813")
            tryCompare(h.session, "state", AppSession.NeedsEnrolment, TestSupport.vaultTimeoutMs)
            TestSupport.enrol(h.session)
            tryCompare(h.session, "state", AppSession.Unlocked, TestSupport.vaultTimeoutMs)
            verify(RoundTestSupport.seedMorningVisit(h.session, "v1", 10), "the rota arrives")
            return h
        }

        // Waits for the control to be shown and enabled and for a frame with the current layout,
        // so a busy machine cannot make the tap land where the control was a moment ago.
        function tap(item) {
            tryVerify(() => item.visible && item.enabled, TestSupport.vaultTimeoutMs,
                      item.objectName + " can be tapped")
            // The window is asked for a frame: waitForRendering alone waits its whole timeout
            // when nothing on screen changed.
            item.Window.window.update()
            verify(waitForRendering(item, TestSupport.vaultTimeoutMs), "a frame is rendered")
            mouseClick(item)
        }

        function child(parent, name) {
            let found = null
            tryVerify(() => { found = findChild(parent, name); return found !== null && found.visible },
                      TestSupport.vaultTimeoutMs, name + " is shown")
            return found
        }

        function openedVisitByCheckingIn(h) {
            const card = child(h.view, "visitCard_v1")
            tryVerify(() => findChild(card, "roundCheckIn").visible, TestSupport.vaultTimeoutMs)
            tap(findChild(card, "roundCheckIn"))
            const page = child(h.view, "visitPage")
            // Taps are ignored while the page slides in.
            tryCompare(findChild(h.view, "unlockedArea"), "busy", false, TestSupport.vaultTimeoutMs)
            const visit = findChild(page, "visitController")
            verify(visit !== null)
            return { page: page, visit: visit }
        }

        function test_wholeVisit() {
            const h = unlockedWithVisit("inside_radius")
            const card = child(h.view, "visitCard_v1")
            compare(findChild(card, "visitStatus").text, "Due now")

            const v = openedVisitByCheckingIn(h)
            // One tap: the check-in is already under way, with the location being found.
            tryCompare(v.visit, "presence", VisitController.CheckedIn, fixTimeoutMs + TestSupport.vaultTimeoutMs)
            compare(v.visit.status, "in_progress")
            verify(child(v.page, "checkInText").text.indexOf("At the home") >= 0,
                   child(v.page, "checkInText").text)
            compare(child(v.page, "visitStatusChip").text, "In progress")

            // Tasks: personal care done, breakfast refused with a note; medication is a placeholder.
            const care = child(v.page, "taskRow_0")
            compare(findChild(care, "taskName").text, "Personal care")
            tap(findChild(care, "taskDone"))
            tryVerify(() => findChild(care, "taskRecorded").visible, TestSupport.vaultTimeoutMs)
            verify(findChild(care, "taskRecorded").text.indexOf("Done") === 0)
            const breakfast = child(v.page, "taskRow_1")
            const noteField = findChild(breakfast, "taskNote")
            noteField.forceActiveFocus()
            keyClick(Qt.Key_N); keyClick(Qt.Key_O)
            // "Refused" asks why first: the fixed list, saved only with a reason.
            tap(findChild(breakfast, "taskRefused"))
            tap(findChild(breakfast, "saveRefusal"))
            tryVerify(() => findChild(breakfast, "fieldError_reasonCode").visible, TestSupport.vaultTimeoutMs)
            tap(findChild(breakfast, "refusalReason_did_not_want"))
            tap(findChild(breakfast, "saveRefusal"))
            tryVerify(() => findChild(breakfast, "taskRecorded").visible, TestSupport.vaultTimeoutMs)
            verify(findChild(breakfast, "taskRecorded").text.indexOf("Refused") === 0)
            verify(findChild(breakfast, "taskRecorded").text.endsWith(" \u2014 no"), "the note is shown")
            const medication = child(v.page, "taskRow_2")
            const placeholder = findChild(medication, "medicationPlaceholder")
            verify(placeholder.visible)
            verify(placeholder.text.indexOf("eMAR") >= 0)
            verify(!findChild(medication, "taskDone").visible, "medication has no task buttons")

            // A note for the next worker.
            const note = child(v.page, "noteText")
            note.text = "Edie was cheerful. Milk is low."
            tap(findChild(v.page, "noteForNextWorker"))
            tap(findChild(v.page, "saveNoteButton"))
            tryCompare(note, "text", "", TestSupport.vaultTimeoutMs)
            verify(child(v.page, "visitSaved").text.indexOf("next worker") >= 0)

            // Check out: the review says the visit is short; with a reason it checks out.
            tap(child(v.page, "checkOutButton"))
            const review = child(h.view, "checkOutReviewPage")
            tryCompare(findChild(h.view, "unlockedArea"), "busy", false, TestSupport.vaultTimeoutMs)
            findChild(review, "reviewReason").text = "Edie asked me to leave early"
            findChild(review, "reviewReason").textEdited()
            tap(findChild(review, "confirmCheckOut"))
            tryCompare(v.visit, "presence", VisitController.CheckedOut, fixTimeoutMs + TestSupport.vaultTimeoutMs)
            compare(RoundTestSupport.storedField(h.session, "v1", "visit.checkout", "review")[0].reason,
                    "Edie asked me to leave early")
            compare(v.visit.status, "done")
            verify(child(v.page, "deliveredText").text.indexOf("delivered of 45 minutes planned") > 0)

            const stored = RoundTestSupport.storedTypes(h.session, "v1")
            for (const type of ["visit", "visit.checkin", "visit.task", "visit.note", "visit.checkout"])
                verify(stored.indexOf(type) >= 0, type + " is in the store: " + stored)
            compare(stored.filter(t => t === "visit.task").length, 2)
            const outbox = RoundTestSupport.outboxTypes(h.session, "v1")
            compare(outbox.sort(), ["visit.checkin", "visit.checkout", "visit.note", "visit.task",
                                    "visit.task"])
            compare(RoundTestSupport.storedField(h.session, "v1", "visit.checkin", "verification"), "verified")
            compare(RoundTestSupport.storedField(h.session, "v1", "visit.note", "forNextWorker"), true)

            // Back on the round the visit reads as done.
            tap(findChild(v.page, "backToRound"))
            tryCompare(findChild(child(h.view, "visitCard_v1"), "visitStatus"), "text", "Done",
                       TestSupport.vaultTimeoutMs)
        }

        function test_noFixChecksInAtOnce() {
            const h = unlockedWithVisit("no_such_log")
            const v = openedVisitByCheckingIn(h)
            tryCompare(v.visit, "presence", VisitController.CheckedIn, 2000)
            verify(child(v.page, "checkInText").text.indexOf("No location found in time") >= 0)
            compare(RoundTestSupport.storedField(h.session, "v1", "visit.checkin", "verification"), "no_fix")
            // Entry codes only now, and only when asked for.
            tap(child(v.page, "showEntryCodes"))
            tryCompare(v.visit, "entryCodesShown", true, TestSupport.vaultTimeoutMs)
            compare(v.visit.entryCodes, ["Key safe by the back door: 4321"])
            compare(child(v.page, "entryCode").text, "Key safe by the back door: 4321")
        }
    }
}
