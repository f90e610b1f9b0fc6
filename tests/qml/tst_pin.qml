// PIN set-up, unlock, wrong PIN and lockout, driven through the real pages, AppSession, key
// vault and record store (fast KDF parameters, a fresh data folder per test).
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 400
    height: 760

    // The view is declared before the session so it is destroyed first (children go in order).
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
        id: testCase
        name: "Pin"
        when: windowShown

        readonly property string goodPin: "246813"

        function startSession(expectedState) {
            const harness = createTemporaryObject(harnessComponent, root)
            harness.session.dataDirectory = TestSupport.newDataDirectory()
            harness.session.useFastKdfForTests()
            harness.session.start()
            tryCompare(harness.session, "state", expectedState, TestSupport.vaultTimeoutMs)
            return harness
        }

        function page(view, name) {
            const found = findChild(view, name)
            verify(found !== null, "page " + name + " is shown")
            return found
        }

        function enterPin(view, digits) {
            for (let i = 0; i < digits.length; ++i) {
                const key = findChild(view, "pinKey" + digits[i])
                verify(key !== null && key.enabled, "digit key " + digits[i] + " is usable")
                mouseClick(key)
            }
            const submit = findChild(view, "pinSubmit")
            verify(submit.enabled, "submit is enabled after " + digits.length + " digits")
            mouseClick(submit)
        }

        // A new device signs in to the server after choosing its PIN; the tests enrol it
        // directly with the test profile (sign-in has its own tests).
        function enrol(s) {
            tryCompare(s.session, "state", AppSession.NeedsEnrolment, TestSupport.vaultTimeoutMs)
            TestSupport.enrol(s.session)
            tryCompare(s.session, "state", AppSession.Unlocked, TestSupport.vaultTimeoutMs)
        }

        function setUpAndLock(s) {
            enterPin(s.view, goodPin)
            enterPin(s.view, goodPin)
            enrol(s)
            mouseClick(findChild(s.view, "lockButton"))
            compare(s.session.state, AppSession.Locked)
        }

        function test_firstRunSetsUpPinAndShowsHome() {
            const s = startSession(AppSession.NeedsPinSetup)
            const setup = page(s.view, "pinSetupPage")
            verify(findChild(setup, "pinRules").text.length > 0, "the PIN rules are explained")

            enterPin(s.view, goodPin)
            verify(findChild(setup, "stepTitle").text.indexOf("repeat your PIN") >= 0)
            enterPin(s.view, goodPin)
            enrol(s)

            const home = page(s.view, "homePage")
            tryVerify(() => findChild(home, "emptyState").visible, TestSupport.vaultTimeoutMs,
                      "an empty store shows the empty state")
        }

        function test_hardwareKeyboardEntersThePin() {
            const s = startSession(AppSession.NeedsPinSetup)
            const pad = findChild(s.view, "pinPad")
            pad.forceActiveFocus()
            for (const digit of goodPin + "9")
                keyClick(Qt.Key_0 + Number(digit))
            compare(pad.pin, goodPin + "9")
            keyClick(Qt.Key_Backspace)
            compare(pad.pin, goodPin)
            keyClick(Qt.Key_Return)
            verify(findChild(s.view, "stepTitle").text.indexOf("repeat your PIN") >= 0)
            compare(pad.pin, "", "the pad is cleared for the second entry")
        }

        function test_mismatchedConfirmationStartsAgain() {
            const s = startSession(AppSession.NeedsPinSetup)
            enterPin(s.view, goodPin)
            enterPin(s.view, "135792")
            compare(s.session.state, AppSession.NeedsPinSetup)
            const banner = findChild(s.view, "errorBanner")
            verify(banner.visible, "the mismatch is explained")
            verify(banner.text.indexOf("match") >= 0, banner.text)
            verify(findChild(s.view, "stepTitle").text.indexOf("choose a PIN") >= 0)
        }

        function test_unlockWithRightPin() {
            const s = startSession(AppSession.NeedsPinSetup)
            setUpAndLock(s)
            page(s.view, "unlockPage")
            enterPin(s.view, goodPin)
            tryCompare(s.session, "state", AppSession.Unlocked, TestSupport.vaultTimeoutMs)
            page(s.view, "homePage")
        }

        function test_wrongPinShowsAttemptsLeft() {
            const s = startSession(AppSession.NeedsPinSetup)
            setUpAndLock(s)
            const before = s.session.attemptsLeft
            enterPin(s.view, "975310")
            tryCompare(s.session, "busy", false, TestSupport.vaultTimeoutMs)
            compare(s.session.state, AppSession.Locked)
            compare(s.session.attemptsLeft, before - 1)
            const attempts = findChild(s.view, "attemptsLeft")
            verify(attempts.visible, "attempts left is visible")
            verify(attempts.text.indexOf(String(before - 1)) >= 0, attempts.text)
            verify(findChild(s.view, "errorBanner").visible, "the wrong PIN is explained")
        }

        function test_tooManyWrongPinsLocksOut() {
            const s = startSession(AppSession.NeedsPinSetup)
            setUpAndLock(s)
            while (s.session.state === AppSession.Locked) {
                enterPin(s.view, "975310")
                tryCompare(s.session, "busy", false, TestSupport.vaultTimeoutMs)
            }
            compare(s.session.state, AppSession.LockedOut)
            const lockedOut = page(s.view, "lockedOutPage")
            verify(findChild(lockedOut, "lockedUntil").text.indexOf("Locked until") === 0)
            verify(s.session.lockedUntil > new Date(), "the lockout ends in the future")
            verify(findChild(lockedOut, "lockoutCountdown").text.length > 0)
        }
    }
}
