// Key safe and door codes: kept apart from the address and shown only to the worker on the visit,
// once checked in, and only when asked for. They go away again at check-out.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    title: qsTr("Entry codes")
    CrLabel {
        objectName: "entryCodesHint"
        Layout.fillWidth: true
        visible: !card.visit.entryCodesAllowed
        color: Theme.textMuted
        text: qsTr("Check in to see the key safe and door codes.")
    }
    CrButton {
        objectName: "showEntryCodes"
        Layout.fillWidth: true
        visible: card.visit.entryCodesAllowed && !card.visit.entryCodesShown
        kind: CrButton.Secondary
        text: qsTr("Show entry codes")
        onClicked: card.visit.revealEntryCodes()
    }
    Repeater {
        model: card.visit.entryCodes
        delegate: CrLabel {
            required property string modelData
            objectName: "entryCode"
            Layout.fillWidth: true
            level: CrLabel.Title
            text: modelData
        }
    }
    CrLabel {
        Layout.fillWidth: true
        visible: card.visit.entryCodesShown && card.visit.entryCodesNote.length > 0
        text: card.visit.entryCodesNote
    }
    CrButton {
        objectName: "hideEntryCodes"
        Layout.fillWidth: true
        visible: card.visit.entryCodesShown
        kind: CrButton.Quiet
        text: qsTr("Hide entry codes")
        onClicked: card.visit.hideEntryCodes()
    }
}
