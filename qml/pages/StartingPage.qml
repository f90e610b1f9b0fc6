// Shown while the session reads the key vault, and if that fails (e.g. storage is full).
import QtQuick
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "startingPage"
    title: qsTr("CareRound")

    CrBusy {
        Layout.fillWidth: true
        running: page.session.busy
        text: qsTr("Opening CareRound…")
    }
    CrBanner {
        objectName: "errorBanner"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.session.errorMessage
    }
    CrButton {
        Layout.alignment: Qt.AlignHCenter
        visible: !page.session.busy && page.session.errorMessage.length > 0
        text: qsTr("Try again")
        onClicked: page.session.start()
    }
}
