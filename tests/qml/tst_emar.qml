// The eMAR and goals through the real pages: at a visit every outcome of the fixed list is
// recorded from the dose form (a reason typed where one is required), the as-needed painkiller
// is refused because a dose given an hour ago on another phone is already in the store, and
// progress is recorded against a care plan goal — then the records are in the store and in the
// outbox.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 480
    height: 3200

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
        name: "Emar"
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
            verify(EmarTestSupport.seedMedicationVisit(h.session, "v1"), "the rota and orders arrive")
            // Pages change without Qt's slide: the test opens and closes the dose form 18 times,
            // and each slide would add half a second of waiting.
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

        // Scrolls the page so the item is on screen, then waits for it to be shown and enabled and
        // for a frame with the current layout before tapping (as tst_visit.qml does), so a busy
        // machine cannot make the tap land where the control was a moment ago.
        function tapOn(page, item) {
            tryVerify(() => item.visible && item.enabled, TestSupport.vaultTimeoutMs,
                      item.objectName + " can be tapped")
            const flick = findChild(page, "pageFlickable")
            const at = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(at.y - 10, flick.contentHeight - flick.height))
            renderedFrame(item)
            mouseClick(item)
        }

        // A frame with the current layout. The window is asked for one: waitForRendering alone
        // waits its whole timeout when nothing on screen changed.
        function renderedFrame(item) {
            item.Window.window.update()
            verify(waitForRendering(item, TestSupport.vaultTimeoutMs), "a frame is rendered")
        }

        function checkedInVisit(h) {
            const card = child(h.view, "visitCard_v1")
            tryVerify(() => findChild(card, "roundCheckIn").visible, TestSupport.vaultTimeoutMs)
            const checkIn = findChild(card, "roundCheckIn")
            tryVerify(() => checkIn.enabled, TestSupport.vaultTimeoutMs)
            renderedFrame(checkIn)
            mouseClick(checkIn)
            const page = child(h.view, "visitPage")
            settled(h)
            const visit = findChild(page, "visitController")
            tryCompare(visit, "presence", VisitController.CheckedIn, TestSupport.vaultTimeoutMs)
            return { page: page, visit: visit, medication: findChild(page, "medicationController") }
        }

        function test_everyOutcomePrnRefusalAndGoalProgress() {
            const h = unlockedWithVisit()
            const v = checkedInVisit(h)
            tryVerify(() => child(v.page, "medicationSummary").text.indexOf("17 doses due") === 0,
                      TestSupport.vaultTimeoutMs, "the card counts the doses")
            // The task list points to the medication card instead of recording medication.
            const medicationTask = child(v.page, "taskRow_1")
            verify(child(medicationTask, "medicationPlaceholder").text.indexOf("under Medication") >= 0)
            tapOn(v.page, child(v.page, "openMedication"))
            const meds = child(h.view, "medicationPage")
            settled(h)

            const codes = EmarTestSupport.outcomeCodes()
            compare(codes.length, 17)
            for (let i = 0; i < codes.length; ++i) {
                const card = child(meds, "doseCard_" + i)
                const code = findChild(card, "doseTitle").text.split(" ")[1]
                verify(codes.indexOf(code) >= 0, code)
                tapOn(meds, findChild(card, "recordDose"))
                const form = child(h.view, "doseRecordPage")
                settled(h)
                tapOn(form, child(form, "outcome_" + code))
                if (v.medication.isRefusal(code)) {
                    // A refusal: why, from the fixed list, before anything is saved.
                    tapOn(form, findChild(form, "saveDose"))
                    tryVerify(() => findChild(form, "fieldError_reasonCode").visible, TestSupport.vaultTimeoutMs)
                    tapOn(form, findChild(form, "refusalReason_did_not_want"))
                } else if (v.medication.reasonPrompt(code).length > 0) {
                    // Without the reason it is refused, next to the field.
                    tapOn(form, findChild(form, "saveDose"))
                    tryVerify(() => findChild(form, "fieldError_reason").visible, TestSupport.vaultTimeoutMs)
                    findChild(form, "doseReason").text = "Edie said she would rather not"
                }
                tapOn(form, findChild(form, "saveDose"))
                tryVerify(() => findChild(h.view, "doseRecordPage") === null, TestSupport.vaultTimeoutMs,
                          code + " saved: " + v.medication.errorMessage)
                settled(h)
                tryVerify(() => findChild(child(meds, "doseCard_" + i), "doseRecorded").visible,
                          TestSupport.vaultTimeoutMs)
            }

            // As needed: Sam gave paracetamol an hour ago on his phone; the gap is 4 hours.
            const prn = child(meds, "prnCard_0")
            verify(findChild(prn, "prnDecision").text.indexOf("was last given at") > 0)
            tapOn(meds, findChild(prn, "recordDose"))
            const prnForm = child(h.view, "doseRecordPage")
            settled(h)
            tapOn(prnForm, child(prnForm, "outcome_given"))
            // Given as needed: the quantity within "1 or 2 tablets" and the reason come first.
            tapOn(prnForm, findChild(prnForm, "saveDose"))
            tryVerify(() => findChild(prnForm, "fieldError_dose").visible, TestSupport.vaultTimeoutMs)
            verify(findChild(prnForm, "prnQuantityLabel").text.indexOf("1 or 2 tablets") > 0,
                   findChild(prnForm, "prnQuantityLabel").text)
            findChild(prnForm, "prnDose").text = "3" // above the rule: refused, the range named
            tapOn(prnForm, findChild(prnForm, "saveDose"))
            tryVerify(() => findChild(prnForm, "fieldError_dose").text.indexOf("1 to 2 tablets") > 0,
                      TestSupport.vaultTimeoutMs)
            findChild(prnForm, "prnDose").text = "2"
            tapOn(prnForm, findChild(prnForm, "saveDose"))
            tryVerify(() => findChild(prnForm, "fieldError_reason").visible, TestSupport.vaultTimeoutMs)
            findChild(prnForm, "doseReason").text = "Pain in her hip on waking"
            tapOn(prnForm, findChild(prnForm, "saveDose"))
            const refused = child(prnForm, "prnRefused")
            verify(refused.text.indexOf("Paracetamol was last given at") === 0, refused.text)
            verify(refused.text.indexOf("The minimum gap is 4 hours") > 0, refused.text)
            tapOn(prnForm, findChild(prnForm, "doseRecordBack"))
            settled(h)
            tapOn(meds, findChild(meds, "medicationBack"))
            settled(h)

            // Goal progress at the visit.
            tapOn(v.page, child(v.page, "openCarePlan"))
            const plan = child(h.view, "carePlanPage")
            settled(h)
            tapOn(plan, findChild(child(plan, "goalCard_0"), "recordGoalProgress"))
            const progress = child(h.view, "goalProgressPage")
            settled(h)
            tapOn(progress, child(progress, "saveGoalProgress")) // no score chosen yet
            tryVerify(() => findChild(progress, "fieldError_score").visible, TestSupport.vaultTimeoutMs)
            tapOn(progress, child(progress, "score_6"))
            findChild(progress, "goalNote").text = "Filled the kettle herself"
            tapOn(progress, findChild(progress, "saveGoalProgress"))
            tryVerify(() => findChild(h.view, "goalProgressPage") === null, TestSupport.vaultTimeoutMs)
            tryVerify(() => findChild(child(plan, "goalCard_0"), "goalProgress").text.indexOf("Latest 6 of 10") === 0,
                      TestSupport.vaultTimeoutMs)

            const stored = RoundTestSupport.storedTypes(h.session, "v1")
            compare(stored.filter(t => t === "medication.administration").length, 17)
            compare(stored.filter(t => t === "goal.progress").length, 1)
            const outbox = RoundTestSupport.outboxTypes(h.session, "v1")
            compare(outbox.filter(t => t === "medication.administration").length, 17)
            compare(outbox.filter(t => t === "goal.progress").length, 1)
        }
    }
}
