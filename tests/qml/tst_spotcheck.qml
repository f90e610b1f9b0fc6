// A supervisor's spot check through the real pages, controller and store: from Spot checks, the
// worker at a visit in progress is observed. Edie does not agree — the reason is saved and nothing
// is observed — and, at a second visit, she agrees: the whole checklist, one item not met with a
// comment, the outcome and an action due in a week.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    // Tall enough that the whole checklist is on screen, so every control can be clicked.
    width: 480
    height: 5200

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
        name: "SpotCheck"
        when: windowShown

        readonly property var items: ["arrival_on_time", "id_badge", "hygiene_ppe", "dignity_choice",
                                      "medication_competence", "moving_handling", "record_keeping"]

        function unlockedSupervisor(visitId) {
            const h = createTemporaryObject(harnessComponent, root)
            h.session.dataDirectory = TestSupport.newDataDirectory()
            h.session.useFastKdfForTests()
            h.session.start()
            tryCompare(h.session, "state", AppSession.NeedsPinSetup, TestSupport.vaultTimeoutMs)
            h.session.setUpPin("246813", "246813")
            tryCompare(h.session, "state", AppSession.NeedsEnrolment, TestSupport.vaultTimeoutMs)
            TestSupport.enrolAs(h.session, "supervisor")
            tryCompare(h.session, "state", AppSession.Unlocked, TestSupport.vaultTimeoutMs)
            verify(RoundTestSupport.seedObservedVisit(h.session, visitId, 10), "the rota arrives")
            return h
        }

        function tap(item) {
            tryVerify(() => item.visible && item.enabled, TestSupport.vaultTimeoutMs,
                      item.objectName + " can be tapped")
            // Ask for the frame, so a still screen does not wait out the whole timeout.
            item.Window.window.update()
            waitForRendering(item)
            mouseClick(item)
        }

        function child(parent, name) {
            let found = null
            tryVerify(() => { found = findChild(parent, name); return found !== null && found.visible },
                      TestSupport.vaultTimeoutMs, name + " is shown")
            return found
        }

        function settledPage(h, name) {
            const page = child(h.view, name)
            tryCompare(findChild(h.view, "unlockedArea"), "busy", false, TestSupport.vaultTimeoutMs)
            return page
        }

        function type(field, text) {
            field.forceActiveFocus()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        // Home → Spot checks → Amira, at her visit in progress → the spot-check form.
        function openedForm(h) {
            settledPage(h, "homePage")
            tap(child(h.view, "openSpotChecks"))
            const list = settledPage(h, "spotChecksPage")
            const worker = child(list, "worker_0")
            compare(worker.title, "Amira Khan")
            verify(findChild(list, "observe_0_0").text.indexOf("in progress") > 0, findChild(list, "observe_0_0").text)
            tap(findChild(list, "observe_0_0"))
            const page = settledPage(h, "spotCheckPage")
            const form = findChild(page, "spotCheckForm")
            tryCompare(form, "ready", true, TestSupport.vaultTimeoutMs)
            compare(page.subtitle, "Amira Khan at Edie's visit")
            return { page: page, form: form }
        }

        function test_consentRefused() {
            const h = unlockedSupervisor("v1")
            const s = openedForm(h)
            verify(!findChild(s.page, "checklistSection").visible, "nothing to observe before consent")
            tap(child(s.page, "consent_refused"))
            verify(!findChild(s.page, "checklistSection").visible)
            tap(child(s.page, "saveSpotCheck"))
            tryCompare(s.form, "errorField", "refusalReason", TestSupport.vaultTimeoutMs)
            child(s.page, "refusalReason").text = "Edie does not want anyone extra in the room today."
            tap(child(s.page, "saveSpotCheck"))
            tryCompare(s.form, "done", true, TestSupport.vaultTimeoutMs)
            verify(child(s.page, "spotCheckSaved").text.indexOf("does not count") > 0)
            compare(child(s.page, "spotCheckBack").text, "Done")

            const saved = RoundTestSupport.storedPayloads(h.session, "p1", "spotcheck")
            compare(saved.length, 1)
            compare(saved[0].consentGiven, false)
            compare(saved[0].refusalReason, "Edie does not want anyone extra in the room today.")
            compare(saved[0].workerUserId, "worker-1")
            verify(saved[0].checklist === undefined, "no checklist without consent")
        }

        function test_consentGiven() {
            const h = unlockedSupervisor("v2")
            const s = openedForm(h)
            tap(child(s.page, "consent_given"))
            child(s.page, "checklistSection")
            for (const item of items) {
                const row = child(s.page, "checkItem_" + item)
                tap(findChild(row, item + "_" + (item === "hygiene_ppe" ? "not_met"
                                                 : item === "moving_handling" ? "not_applicable" : "met")))
            }
            tryVerify(() => s.form.progressText.indexOf("7 of 7") === 0, TestSupport.vaultTimeoutMs, s.form.progressText)
            tap(child(s.page, "outcome_needs_improvement"))
            tap(child(s.page, "saveSpotCheck"))
            tryCompare(s.form, "errorField", "checklist[2].comment", TestSupport.vaultTimeoutMs)
            type(child(s.page, "comment_hygiene_ppe"), "No apron")
            tap(child(s.page, "saveSpotCheck"))
            tryCompare(s.form, "errorField", "actions", TestSupport.vaultTimeoutMs)
            verify(child(s.page, "spotCheckError").text.indexOf("action") > 0)
            type(child(s.page, "actionDescription_0"), "PPE refresher")
            const due = new Date()
            due.setDate(due.getDate() + 7)
            const dueCode = Qt.formatDate(due, "yyyy-MM-dd")
            tap(child(s.page, "due0_" + dueCode))
            tap(child(s.page, "saveSpotCheck"))
            tryCompare(s.form, "done", true, TestSupport.vaultTimeoutMs)
            verify(child(s.page, "spotCheckSaved").text.indexOf("Amira Khan is asked to acknowledge") > 0,
                   child(s.page, "spotCheckSaved").text)

            const saved = RoundTestSupport.storedPayloads(h.session, "p1", "spotcheck")
            compare(saved.length, 1)
            const p = saved[0]
            compare(p.consentGiven, true)
            compare(p.outcome, "needs_improvement")
            compare(p.checklist.length, 7)
            compare(p.checklist[2].item, "hygiene_ppe")
            compare(p.checklist[2].result, "not_met")
            compare(p.checklist[2].comment, "No apron")
            compare(p.checklist[5].result, "not_applicable")
            compare(p.actions.length, 1)
            compare(p.actions[0].description, "PPE refresher")
            compare(p.actions[0].dueDate, dueCode)
        }
    }
}
