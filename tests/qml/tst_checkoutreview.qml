// The check-out review and the required reasons at phone size (360×640), through the real pages:
// a refused task needs its reason from the fixed list; check-out opens the review (tasks not
// recorded, a short visit); "Check out" there is blocked until each item is recorded or has a
// reason; one task is recorded from the review; the check-out saved holds the reasons; after it
// nothing more can be ticked on the visit.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 360
    height: 640

    Component {
        id: harnessComponent
        Item {
            property alias session: appSession
            property alias view: sessionView
            anchors.fill: parent
            SessionView { id: sessionView; anchors.fill: parent; session: appSession }
            AppSession { id: appSession }
        }
    }

    TestCase {
        name: "CheckOutReview"
        when: windowShown

        function unlockedWithVisit() {
            LocationSettings.nmeaFile = RoundTestSupport.nmeaLog("no_such_log")
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
            const stack = findChild(h.view, "unlockedArea")
            tryVerify(() => stack !== null, TestSupport.vaultTimeoutMs)
            stack.pushEnter = null
            stack.pushExit = null
            stack.popEnter = null
            stack.popExit = null
            return h
        }

        function child(parent, name) {
            let found = null
            tryVerify(() => { found = findChild(parent, name); return found !== null && found.visible },
                      TestSupport.vaultTimeoutMs, name + " is shown")
            return found
        }

        function settled(h) {
            tryCompare(findChild(h.view, "unlockedArea"), "busy", false, TestSupport.vaultTimeoutMs)
        }

        // Scrolls the page so the item is on screen (a 640 px phone), waits for a frame, taps.
        function tapOn(page, item) {
            tryVerify(() => item.visible && item.enabled, TestSupport.vaultTimeoutMs,
                      item.objectName + " can be tapped")
            const flick = findChild(page, "pageFlickable")
            const at = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(at.y - 10, flick.contentHeight - flick.height))
            item.Window.window.update()
            verify(waitForRendering(item, TestSupport.vaultTimeoutMs), "a frame is rendered")
            mouseClick(item)
        }

        function checkedInVisit(h) {
            const card = child(h.view, "visitCard_v1")
            tryVerify(() => findChild(card, "roundCheckIn").visible, TestSupport.vaultTimeoutMs)
            const checkIn = findChild(card, "roundCheckIn")
            tryVerify(() => checkIn.enabled, TestSupport.vaultTimeoutMs)
            checkIn.Window.window.update()
            verify(waitForRendering(checkIn, TestSupport.vaultTimeoutMs), "a frame is rendered")
            mouseClick(checkIn)
            const page = child(h.view, "visitPage")
            settled(h)
            const visit = findChild(page, "visitController")
            tryCompare(visit, "presence", VisitController.CheckedIn, TestSupport.vaultTimeoutMs)
            return { page: page, visit: visit }
        }

        function test_refusalNeedsAReasonAndTheReviewBlocks() {
            const h = unlockedWithVisit()
            const v = checkedInVisit(h)

            // Breakfast refused: "Refused" asks why; nothing is saved without a reason, and
            // "Other" needs words.
            const breakfast = child(v.page, "taskRow_1")
            tapOn(v.page, findChild(breakfast, "taskRefused"))
            tapOn(v.page, findChild(breakfast, "refusalReason_other"))
            tapOn(v.page, findChild(breakfast, "saveRefusal"))
            tryVerify(() => findChild(breakfast, "fieldError_reason").visible, TestSupport.vaultTimeoutMs)
            compare(RoundTestSupport.storedTypes(h.session, "v1").filter(t => t === "visit.task").length, 0)
            findChild(breakfast, "otherRefusalReason").text = "Waiting for her son to come"
            tapOn(v.page, findChild(breakfast, "saveRefusal"))
            tryVerify(() => findChild(breakfast, "taskRecorded").visible, TestSupport.vaultTimeoutMs)
            compare(RoundTestSupport.storedField(h.session, "v1", "visit.task", "reasonCode"), "other")
            compare(RoundTestSupport.storedField(h.session, "v1", "visit.task", "reason"),
                    "Waiting for her son to come")

            // Check out: the review opens with what is still open.
            tapOn(v.page, child(v.page, "checkOutButtonBottom"))
            const review = child(h.view, "checkOutReviewPage")
            settled(h)
            compare(v.visit.presence, VisitController.CheckedIn)
            compare(v.visit.reviewItems.length, 2)
            compare(findChild(child(review, "reviewItem_0"), "reviewTitle").text, "Personal care: not recorded")
            verify(findChild(child(review, "reviewItem_1"), "reviewTitle").text.indexOf("Short visit") === 0)

            // Blocked: without reasons "Check out" saves nothing and names the item.
            tapOn(review, child(review, "confirmCheckOut"))
            tryVerify(() => findChild(child(review, "reviewItem_0"), "fieldError_review.task:personal care").visible,
                      TestSupport.vaultTimeoutMs)
            compare(v.visit.presence, VisitController.CheckedIn)
            verify(RoundTestSupport.storedTypes(h.session, "v1").indexOf("visit.checkout") < 0)

            // Personal care is recorded from the review; the short visit gets a reason.
            tapOn(review, findChild(child(review, "reviewItem_0"), "reviewTaskDone"))
            tryVerify(() => v.visit.reviewItems.length === 1, TestSupport.vaultTimeoutMs)
            const reason = findChild(child(review, "reviewItem_0"), "reviewReason")
            tapOn(review, reason)
            keyClick(Qt.Key_F); keyClick(Qt.Key_A); keyClick(Qt.Key_L); keyClick(Qt.Key_L)
            tryCompare(v.visit, "reviewReady", true, TestSupport.vaultTimeoutMs)
            tapOn(review, child(review, "confirmCheckOut"))
            tryCompare(v.visit, "presence", VisitController.CheckedOut, TestSupport.vaultTimeoutMs)
            settled(h)
            tryVerify(() => findChild(h.view, "checkOutReviewPage") === null, TestSupport.vaultTimeoutMs)
            const saved = RoundTestSupport.storedField(h.session, "v1", "visit.checkout", "review")
            compare(saved.length, 1)
            compare(saved[0].item, "short_visit")
            compare(saved[0].reason, "fall")

            // Checked out: the task buttons are gone and recording is refused.
            verify(!v.visit.canRecord)
            verify(!findChild(child(v.page, "taskRow_0"), "taskDone").visible)
            verify(!v.visit.recordTask("Personal care", "not_needed", ""))
        }
    }
}
