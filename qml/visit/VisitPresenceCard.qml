// Check-in and check-out. One big button; the location is taken once as evidence and never holds
// the worker up: while it is found a countdown says when it saves anyway, and "Check in now" saves
// at once without it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    title: card.visit.presence === VisitController.CheckedOut ? qsTr("Visit finished")
         : card.visit.presence === VisitController.CheckedIn ? qsTr("You are checked in")
         : qsTr("Arriving")

    CrButton {
        objectName: "checkInButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget * 1.5
        visible: card.visit.canCheckIn
        font.pixelSize: Theme.titlePixelSize
        text: qsTr("Check in")
        Accessible.name: qsTr("Check in at %1's visit").arg(card.visit.personName)
        onClicked: card.visit.checkIn()
    }
    CrLabel {
        Layout.fillWidth: true
        visible: card.visit.canCheckIn
        level: CrLabel.Small
        color: Theme.textMuted
        text: qsTr("Your location is taken once, as evidence of the visit. No signal is fine: the check-in is saved on this phone either way.")
    }
    CrBusy {
        objectName: "locatingBusy"
        Layout.fillWidth: true
        running: card.visit.presence === VisitController.Locating
        text: card.visit.locatingText
    }
    CrButton {
        objectName: "checkInNowButton"
        Layout.fillWidth: true
        visible: card.visit.presence === VisitController.Locating
        kind: CrButton.Secondary
        text: qsTr("Save now without waiting")
        onClicked: card.visit.stopWaitingForLocation()
    }
    CrBusy {
        Layout.fillWidth: true
        running: card.visit.presence === VisitController.Saving
        text: qsTr("Saving on this phone…")
    }
    CrLabel {
        objectName: "checkInText"
        Layout.fillWidth: true
        visible: text.length > 0
        text: card.visit.checkInText.length > 0 ? qsTr("Checked in at %1").arg(card.visit.checkInText) : ""
    }
    CrLabel {
        objectName: "checkOutText"
        Layout.fillWidth: true
        visible: text.length > 0
        text: card.visit.checkOutText.length > 0 ? qsTr("Checked out at %1").arg(card.visit.checkOutText) : ""
    }
    CrLabel {
        objectName: "deliveredText"
        Layout.fillWidth: true
        visible: text.length > 0
        level: CrLabel.Title
        text: card.visit.deliveredText
    }
    CrButton {
        objectName: "checkOutButton"
        Layout.fillWidth: true
        visible: card.visit.canCheckOut
        kind: CrButton.Secondary
        text: qsTr("Check out")
        Accessible.name: qsTr("Check out of %1's visit").arg(card.visit.personName)
        onClicked: card.visit.checkOut()
    }
}
