// The communication book through the real pages, controllers and store. A care worker opens Edie's
// file from People, writes an entry for the care team, and says they have read Ben's entry. On
// Edie's daughter's phone the family home shows Edie, the visits delivered and only the shared
// entries; she writes one (always shared), and when consent is withdrawn the next sync removes
// Edie's records and the home says why.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 480
    height: 2400

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
        name: "Commbook"
        when: windowShown

        function unlockedAs(role) {
            const h = createTemporaryObject(harnessComponent, root)
            h.session.dataDirectory = TestSupport.newDataDirectory()
            h.session.useFastKdfForTests()
            h.session.start()
            tryCompare(h.session, "state", AppSession.NeedsPinSetup, TestSupport.vaultTimeoutMs)
            h.session.setUpPin("246813", "246813")
            tryCompare(h.session, "state", AppSession.NeedsEnrolment, TestSupport.vaultTimeoutMs)
            if (role === "care_worker")
                TestSupport.enrol(h.session)
            else
                TestSupport.enrolAs(h.session, role)
            tryCompare(h.session, "state", AppSession.Unlocked, TestSupport.vaultTimeoutMs)
            return h
        }

        // Waits for the control to be shown and enabled and for a frame with the current layout,
        // so a busy machine cannot make the tap land where the control was a moment ago.
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

        // The page on top once the stack has stopped moving (taps are ignored while it slides).
        function settledPage(h, name) {
            const page = child(h.view, name)
            tryCompare(findChild(h.view, "unlockedArea"), "busy", false, TestSupport.vaultTimeoutMs)
            return page
        }

        // The shown entry card whose text contains `text`, or null. Cards are made again when
        // the book changes, so look them up again after every save.
        function cardNow(page, text) {
            for (let i = 0; i < 10; ++i) {
                const c = findChild(page, "entryCard_" + i)
                if (c && c.visible && findChild(c, "entryText").text.indexOf(text) >= 0)
                    return c
            }
            return null
        }

        function entryCardWith(page, text) {
            let card = null
            tryVerify(() => (card = cardNow(page, text)) !== null, TestSupport.vaultTimeoutMs,
                      "an entry card reads " + text)
            return card
        }

        function test_writeAndAcknowledge() {
            const h = unlockedAs("care_worker")
            verify(RoundTestSupport.seedBook(h.session), "the book arrives")
            settledPage(h, "homePage")
            tap(child(h.view, "openPeople"))
            const people = settledPage(h, "peoplePage")
            tap(child(people, "person_0"))
            const page = settledPage(h, "personPage")
            compare(findChild(page, "personController").personName, "Edie")

            // Ben's care-team entry: "I have read this".
            const ben = entryCardWith(page, "bruise")
            verify(findChild(ben, "entryHeading").text.indexOf("Care team only") >= 0)
            tap(findChild(ben, "acknowledgeEntry"))
            tryVerify(() => {
                const c = cardNow(page, "bruise")
                return c !== null && findChild(c, "entryReadBy").text.indexOf("Read by Amira Khan") === 0
                        && !findChild(c, "acknowledgeEntry").visible
            }, TestSupport.vaultTimeoutMs, "the entry says who read it")

            // A new entry for the care team.
            tap(child(page, "writeEntry"))
            const write = settledPage(h, "commbookWritePage")
            tap(child(write, "category_health"))
            tap(child(write, "audience_care_team"))
            const field = child(write, "entryTextField")
            field.text = "Edie's ankles are swollen this evening."
            tap(child(write, "saveEntry"))
            settledPage(h, "personPage")
            verify(child(page, "personSaved").text.indexOf("care team") >= 0)
            const mine = entryCardWith(page, "ankles")
            verify(findChild(mine, "entryHeading").text.indexOf("Health") === 0, findChild(mine, "entryHeading").text)
            verify(findChild(mine, "entryReadBy").text.indexOf("Not read by anyone yet") === 0)

            const entries = RoundTestSupport.storedPayloads(h.session, "p1", "commbook.entry")
            compare(entries.length, 3)
            compare(entries[2].audience, "care_team")
            compare(entries[2].category, "health")
            compare(entries[2].authorName, "Amira Khan")
            const acks = RoundTestSupport.storedPayloads(h.session, "p1", "commbook.ack")
            compare(acks.length, 1)
            compare(acks[0].authorName, "Amira Khan")
        }

        function test_familyView() {
            const h = unlockedAs("family_member")
            verify(RoundTestSupport.seedFamilyView(h.session), "the family view arrives")
            const home = settledPage(h, "familyHomePage")
            const person = findChild(home, "personController")
            tryCompare(person, "personName", "Edie", TestSupport.vaultTimeoutMs)
            verify(child(home, "visitSummary_0").visible)
            verify(child(home, "visitSummary_1").visible)
            const shared = entryCardWith(home, "Hospital appointment")
            verify(findChild(shared, "entryHeading").text.indexOf("Shared with family") >= 0)
            verify(findChild(home, "incidentsSection") === null, "no incidents on a family phone")

            // Her own entry: no audience to choose, always shared.
            tap(child(home, "writeEntry"))
            const write = settledPage(h, "commbookWritePage")
            verify(!findChild(write, "entryAudience").visible)
            verify(child(write, "audienceNote").text.indexOf("shared") >= 0)
            child(write, "entryTextField").text = "Mum enjoyed the garden on Sunday."
            tap(child(write, "saveEntry"))
            settledPage(h, "familyHomePage")
            const mine = entryCardWith(home, "garden")
            verify(findChild(mine, "entryHeading").text.indexOf("Shared with family") >= 0)
            compare(RoundTestSupport.storedPayloads(h.session, "p1", "commbook.entry")[1].audience, "family")
        }

        function test_familyConsentWithdrawn() {
            const h = unlockedAs("family_member")
            verify(RoundTestSupport.seedFamilyView(h.session), "the family view arrives")
            const home = settledPage(h, "familyHomePage")
            const person = findChild(home, "personController")
            tryCompare(person, "personName", "Edie", TestSupport.vaultTimeoutMs)
            entryCardWith(home, "Hospital appointment")

            // Consent withdrawn: sync removes Edie's records and the home says why.
            verify(RoundTestSupport.purgeAsSyncWould(h.session, ["p1"]))
            const notice = child(home, "purgeNotice_0")
            const words = findChild(notice, "purgeNoticeText").text
            verify(words.indexOf("Edie's records are no longer shared with you") === 0, words)
            verify(words.indexOf("consent") > 0, words)
            tryCompare(person, "found", false, TestSupport.vaultTimeoutMs)
            tryVerify(() => findChild(home, "entryCard_0") === null || !findChild(home, "entryCard_0").visible,
                      TestSupport.vaultTimeoutMs, "no entry is left on screen")
            compare(RoundTestSupport.storedPayloads(h.session, "p1", "commbook.entry").length, 0)
            tap(findChild(notice, "dismissNotice"))
            tryCompare(h.session.purgeNotices, "count", 0, TestSupport.vaultTimeoutMs)
            // Nothing is left, and the home says nothing is shared.
            verify(child(home, "familyEmpty").visible)
        }
    }
}
