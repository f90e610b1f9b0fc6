// An incident raised from a visit through the real pages, controller and store: from the visit's
// "Report an incident", a safeguarding concern — the form says it cannot be held back — with what
// was done and who was told; saved for the office, attributed to the worker, tied to the visit.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 480
    height: 3600

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
        name: "Incident"
        when: windowShown

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

        function test_incidentFromAVisit() {
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

            // Open the visit without checking in: its card, away from the "Check in" button.
            const card = child(h.view, "visitCard_v1")
            tryVerify(() => card.enabled, TestSupport.vaultTimeoutMs)
            card.Window.window.update()
            waitForRendering(card)
            mouseClick(card, 16, 16)
            const visitPage = settledPage(h, "visitPage")
            tryCompare(findChild(visitPage, "visitController"), "found", true, TestSupport.vaultTimeoutMs)
            tap(child(visitPage, "openIncident"))
            const page = settledPage(h, "incidentPage")
            const form = findChild(page, "incidentForm")
            tryCompare(form, "ready", true, TestSupport.vaultTimeoutMs)
            compare(page.subtitle, "Edie")

            tap(child(page, "kind_safeguarding"))
            verify(child(page, "safeguardingNote").text.indexOf("cannot hold it back") > 0)
            tap(child(page, "severity_serious"))
            verify(child(page, "writtenDue").text.indexOf("12 hours") > 0, child(page, "writtenDue").text)
            child(page, "incidentDescription").text = "Edie said her neighbour keeps her bank card."
            tap(child(page, "saveIncident"))
            tryCompare(form, "errorField", "actionTaken", TestSupport.vaultTimeoutMs)
            child(page, "incidentAction").text = "Listened; told Edie I have to pass it on; phoned the office."
            tap(child(page, "saveIncident"))
            // Saved: back on the visit.
            settledPage(h, "visitPage")

            const saved = RoundTestSupport.storedPayloads(h.session, "p1", "incident")
            compare(saved.length, 1)
            compare(saved[0].kind, "safeguarding")
            compare(saved[0].severity, "serious")
            compare(saved[0].authorName, "Amira Khan")
            compare(saved[0].reportedTo.length, 1)
            compare(saved[0].reportedTo[0].how, "phone")
            compare(RoundTestSupport.storedField(h.session, "v1", "incident", "kind"), "safeguarding")
            verify(RoundTestSupport.outboxTypes(h.session, "v1").indexOf("incident") >= 0, "waiting to be sent")
        }
    }
}
