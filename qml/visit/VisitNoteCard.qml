// A note about the visit: factual, saved with the time and your name. "For the next worker" shows
// it at the next visit; "significant" flags it for the office.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    objectName: "noteCard"
    title: qsTr("Visit note")

    Connections {
        target: card.visit
        function onSaved(kind) {
            if (kind === "visit.note") {
                noteText.text = ""
                forNext.checked = false
                significant.checked = false
            }
        }
    }

    CrTextArea {
        id: noteText
        objectName: "noteText"
        Layout.fillWidth: true
        placeholderText: qsTr("What happened at this visit")
        hasError: card.visit.errorField === "note"
    }
    CrCheckBox {
        id: forNext
        objectName: "noteForNextWorker"
        Layout.fillWidth: true
        text: qsTr("For the next worker (shown at the next visit)")
    }
    CrCheckBox {
        id: significant
        objectName: "noteSignificant"
        Layout.fillWidth: true
        text: qsTr("Significant: the office should know")
    }
    CrButton {
        objectName: "saveNoteButton"
        Layout.fillWidth: true
        enabled: !card.visit.busy
        text: qsTr("Save note")
        onClicked: card.visit.saveNote(noteText.text, forNext.checked, significant.checked)
    }
}
