// The device's data key is gone (too many wrong PINs, or the office withdrew the device).
// Explains what that means for the worker and what to do next.
import QtQuick
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "wipedPage"
    title: qsTr("This device has been reset")

    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.session.errorMessage.length > 0
              ? page.session.errorMessage
              : qsTr("For safety, the care records on this device can no longer be opened.")
    }
    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Records you made that had not reached the office yet will still be delivered: they were sealed so that only the office can read them.")
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Title
        text: qsTr("What to do now")
    }
    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Phone the office and ask them to enrol this device again. You will then choose a new PIN.")
    }
}
