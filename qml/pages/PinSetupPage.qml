// First run: choose a PIN, then enter it again. The rules and the checks are AppSession's; this
// page only collects the two entries and shows what the session says.
import QtQuick
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    property string firstPin: "" // kept only between the two entries
    readonly property bool confirming: firstPin.length > 0

    function startAgain() {
        firstPin = ""
        pad.clear()
    }

    objectName: "pinSetupPage"
    title: qsTr("Set up your PIN")

    Connections {
        target: page.session
        function onSetUpFailed() { page.startAgain() }
    }

    CrLabel {
        objectName: "stepTitle"
        Layout.fillWidth: true
        level: CrLabel.Title
        // Both steps' titles fit one line, so the pad stays where the fingers expect it.
        text: page.confirming ? qsTr("Step 2 of 2: repeat your PIN")
                              : qsTr("Step 1 of 2: choose a PIN")
    }
    CrLabel {
        objectName: "pinRules"
        Layout.fillWidth: true
        level: CrLabel.Small
        color: Theme.textMuted
        text: page.session.pinRulesText
    }
    CrBanner {
        objectName: "errorBanner"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.session.errorMessage
    }
    CrBusy {
        Layout.fillWidth: true
        running: page.session.busy
        text: qsTr("Protecting your records with this PIN…")
    }
    CrPinPad {
        id: pad
        objectName: "pinPad"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        Layout.alignment: Qt.AlignHCenter
        minimumLength: page.session.minimumPinLength
        maximumLength: page.session.maximumPinLength
        busy: page.session.busy
        submitText: page.confirming ? qsTr("Set PIN") : qsTr("Next")
        onSubmitted: pin => {
            if (page.confirming) {
                page.session.setUpPin(page.firstPin, pin)
            } else if (page.session.checkNewPin(pin)) {
                page.firstPin = pin
                pad.clear()
            } else {
                pad.clear()
            }
        }
    }
    CrButton {
        objectName: "startAgain"
        Layout.alignment: Qt.AlignHCenter
        visible: page.confirming && !page.session.busy
        kind: CrButton.Quiet
        text: qsTr("Choose a different PIN")
        onClicked: page.startAgain()
    }
}
