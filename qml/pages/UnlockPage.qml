// Every start after the first: enter the PIN. A wrong PIN shows what happened and how many
// tries are left before the app locks for a while.
import QtQuick
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "unlockPage"
    title: qsTr("Unlock CareRound")

    Connections {
        target: page.session
        function onUnlockFailed() { pad.clear() }
    }

    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Title
        text: qsTr("Enter your PIN")
    }
    CrBanner {
        objectName: "errorBanner"
        Layout.fillWidth: true
        tone: CrBanner.Error
        // The warning below says it all before the last try; two banners would push the pad away.
        text: page.session.wipeWarningText.length > 0 ? "" : page.session.errorMessage
    }
    // Before the PIN that would erase the phone: what will happen, and what to do instead.
    CrBanner {
        objectName: "wipeWarning"
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: page.session.wipeWarningText
    }
    CrLabel {
        objectName: "attemptsLeft"
        Layout.fillWidth: true
        visible: page.session.attemptsLeft < page.session.maximumAttempts
                 && page.session.wipeWarningText.length === 0
        font.weight: Font.DemiBold
        color: page.session.attemptsLeft <= 1 ? Theme.onErrorSurface : Theme.text
        text: qsTr("%n attempt(s) left before the app locks for a while.", "",
                   page.session.attemptsLeft)
    }
    CrBusy {
        Layout.fillWidth: true
        running: page.session.busy
        text: qsTr("Checking your PIN…")
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
        submitText: qsTr("Unlock")
        onSubmitted: pin => page.session.unlock(pin)
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        color: Theme.textMuted
        text: qsTr("Forgotten your PIN? Phone the office. Do not guess: too many wrong PINs lock the app.")
    }
}
