// After too many wrong PINs: says until when, counts down, and reassures that nothing recorded
// is lost. The time and countdown come from AppSession, which also ends the lockout.
import QtQuick
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "lockedOutPage"
    title: qsTr("CareRound is locked")

    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: qsTr("Too many wrong PINs were entered.")
    }
    CrLabel {
        objectName: "lockedUntil"
        Layout.fillWidth: true
        level: CrLabel.Heading
        text: qsTr("Locked until %1").arg(page.session.lockedUntilText)
    }
    CrLabel {
        objectName: "lockoutCountdown"
        Layout.fillWidth: true
        text: qsTr("You can try again in %1.").arg(page.session.lockoutRemainingText)
    }
    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Everything you have recorded is safe on this device and will still be sent to the office.")
    }
    CrLabel {
        Layout.fillWidth: true
        color: Theme.textMuted
        text: qsTr("If you have forgotten your PIN, phone the office.")
    }
}
