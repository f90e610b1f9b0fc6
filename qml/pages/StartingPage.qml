// Shown while the session reads the key vault, and if that fails (e.g. storage is full). The
// first screen of every start, so it is kept light: plain Qt Quick items (no layouts, no busy
// animation) let the first frame come as soon as the window exists.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

Rectangle {
    id: page

    required property AppSession session

    objectName: "startingPage"
    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    Rectangle {
        id: header
        width: parent.width
        height: Math.max(Theme.touchTarget + Theme.spacing, title.implicitHeight + 2 * Theme.spacingSmall)
        color: Theme.primary
        Label {
            id: title
            objectName: "pageTitle"
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                      leftMargin: Theme.spacing; rightMargin: Theme.spacing }
            text: qsTr("CareRound")
            color: Theme.onPrimary
            font.pixelSize: Theme.titlePixelSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Column {
        anchors { top: header.bottom; topMargin: Theme.spacing; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        spacing: Theme.spacing

        CrLabel {
            width: parent.width
            visible: page.session.busy || page.session.errorMessage.length === 0
            text: qsTr("Opening CareRound…")
        }
        CrBanner {
            objectName: "errorBanner"
            width: parent.width
            tone: CrBanner.Error
            text: page.session.errorMessage
        }
        CrButton {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: !page.session.busy && page.session.errorMessage.length > 0
            text: qsTr("Try again")
            onClicked: page.session.start()
        }
    }
}
