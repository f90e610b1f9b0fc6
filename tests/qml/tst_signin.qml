// The sign-in page's bindings, on the real session and controller: shown after the PIN set-up,
// the server address prefilled, the button enabled only with a login and password, and a real
// failed attempt (nothing listens on the address) shown in words on the page.
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 400
    height: 760

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
                serverUrl: "https://127.0.0.1:1"
            }
        }
    }

    TestCase {
        name: "SignIn"
        when: windowShown

        function atSignIn() {
            const harness = createTemporaryObject(harnessComponent, root)
            harness.session.dataDirectory = TestSupport.newDataDirectory()
            harness.session.useFastKdfForTests()
            harness.session.start()
            tryCompare(harness.session, "state", AppSession.NeedsPinSetup, TestSupport.vaultTimeoutMs)
            harness.session.setUpPin("246813", "246813")
            tryCompare(harness.session, "state", AppSession.NeedsEnrolment, TestSupport.vaultTimeoutMs)
            tryVerify(() => findChild(harness.view, "signInPage") !== null, TestSupport.vaultTimeoutMs)
            return harness
        }

        function test_pageIsPrefilledAndNeedsLoginAndPassword() {
            const h = atSignIn()
            const server = findChild(h.view, "serverField")
            const login = findChild(h.view, "loginField")
            const password = findChild(h.view, "passwordField")
            const button = findChild(h.view, "signInButton")
            compare(server.text, "https://127.0.0.1:1")
            verify(!button.enabled, "no login or password yet")
            login.text = "amira.khan"
            verify(!button.enabled, "still no password")
            password.text = "secret"
            verify(button.enabled)
            compare(password.echoMode, TextInput.Password)
        }

        function test_failedSignInIsShownInWords() {
            const h = atSignIn()
            findChild(h.view, "loginField").text = "amira.khan"
            findChild(h.view, "passwordField").text = "secret"
            mouseClick(findChild(h.view, "signInButton"))
            const banner = findChild(h.view, "signInError")
            tryVerify(() => banner.text.indexOf("cannot be reached") >= 0, 30000, banner.text)
            verify(findChild(h.view, "serverField").hasError, "the address is marked")
            compare(findChild(h.view, "passwordField").text, "", "the password is cleared")
            compare(h.session.state, AppSession.NeedsEnrolment)
        }
    }
}
