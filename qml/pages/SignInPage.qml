// First run after the PIN (and whenever the sign-in has ended): sign in to the office server so
// this device is enrolled. All roles, family members included, sign in the same way. The rules
// and wording live in SignInController (C++); this page only binds fields and shows the answer.
import QtQuick
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "signInPage"
    title: qsTr("Sign in to your office")

    function submit() {
        controller.signIn(serverField.text, loginField.text, passwordField.text)
    }

    SignInController {
        id: controller
        session: page.session
        onFailed: passwordField.text = ""
    }

    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Sign in once with the login your office gave you. This device is then linked to you, and your PIN unlocks it from now on.")
    }
    CrBanner {
        objectName: "signInError"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: controller.errorMessage.length > 0 ? controller.errorMessage : page.session.errorMessage
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        text: qsTr("Office server address")
    }
    CrTextField {
        id: serverField
        objectName: "serverField"
        Layout.fillWidth: true
        text: page.session.serverUrl
        placeholderText: qsTr("https://care.example.org")
        Accessible.name: qsTr("Office server address")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        hasError: controller.errorField === "server"
        enabled: !controller.busy
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        text: qsTr("Login name")
    }
    CrTextField {
        id: loginField
        objectName: "loginField"
        Layout.fillWidth: true
        placeholderText: qsTr("Login name")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        hasError: controller.errorField === "login"
        enabled: !controller.busy
        onAccepted: passwordField.forceActiveFocus()
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        text: qsTr("Password")
    }
    CrTextField {
        id: passwordField
        objectName: "passwordField"
        Layout.fillWidth: true
        placeholderText: qsTr("Password")
        echoMode: TextInput.Password
        hasError: controller.errorField === "password"
        enabled: !controller.busy
        onAccepted: page.submit()
    }
    CrBusy {
        Layout.fillWidth: true
        running: controller.busy
        text: qsTr("Signing in…")
    }
    CrButton {
        objectName: "signInButton"
        Layout.fillWidth: true
        kind: CrButton.Primary
        text: qsTr("Sign in")
        enabled: !controller.busy && loginField.text.length > 0 && passwordField.text.length > 0
        onClicked: page.submit()
    }
}
