// Nobody answers: the no-access protocol as steps, each ticked when done, and what happened next.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit

    objectName: "noAccessPage"
    title: qsTr("No answer at the door")
    subtitle: page.visit.personName
    actions: CrButton {
        objectName: "noAccessBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the visit")
        onClicked: page.StackView.view.pop()
    }

    Connections {
        target: page.visit
        function onSaved(kind) { if (kind === "visit.noaccess") page.StackView.view.pop() }
    }

    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Work through the steps. Tick each one you have done.")
    }
    CrCheckBox { id: letterbox; objectName: "stepLetterbox"; Layout.fillWidth: true; text: qsTr("Called through the letterbox") }
    CrCheckBox { id: windows; objectName: "stepWindows"; Layout.fillWidth: true; text: qsTr("Looked through the windows") }
    CrCheckBox { id: back; objectName: "stepBack"; Layout.fillWidth: true; text: qsTr("Checked the back of the house") }
    CrCheckBox { id: neighbours; objectName: "stepNeighbours"; Layout.fillWidth: true; text: qsTr("Asked the neighbours") }
    CrCheckBox { id: office; objectName: "stepOffice"; Layout.fillWidth: true; text: qsTr("Phoned the office") }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        color: Theme.textMuted
        visible: !office.checked
        text: qsTr("Phone the office before you leave. No signal? Say so in the outcome and phone as soon as you can.")
    }
    CrLabel {
        Layout.fillWidth: true
        font.weight: Font.DemiBold
        text: qsTr("Outcome: what the office advised and what you did")
    }
    CrTextArea {
        id: outcome
        objectName: "noAccessOutcome"
        Layout.fillWidth: true
        placeholderText: qsTr("Outcome")
        Accessible.name: qsTr("Outcome: what the office advised and what you did")
        hasError: page.visit.errorField === "outcome"
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.visit.errorMessage
    }
    CrButton {
        objectName: "saveNoAccess"
        Layout.fillWidth: true
        enabled: !page.visit.busy
        text: qsTr("Save no access")
        onClicked: page.visit.saveNoAccess(letterbox.checked, windows.checked, back.checked,
                                           neighbours.checked, office.checked, outcome.text)
    }
}
