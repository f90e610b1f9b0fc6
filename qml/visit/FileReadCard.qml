// A first visit (or a new care plan): read the file, then sign that you have.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    title: qsTr("Before you start: read the file")
    CrLabel {
        Layout.fillWidth: true
        text: qsTr("This is your first visit to %1 with this care plan. Read the care plan and the notes below, then confirm.").arg(card.visit.personName)
    }
    CrButton {
        objectName: "fileReadButton"
        Layout.fillWidth: true
        enabled: !card.visit.busy
        text: qsTr("I have read the file")
        onClicked: card.visit.confirmFileRead()
    }
}
