// One task: its name, what was recorded (by whom, when), and three big buttons — Done, Refused,
// Not needed — with an optional note. A medication task only says where doses are recorded.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: row

    required property VisitController visit
    required property int index
    required property string name
    required property bool medication
    required property string outcome
    required property string note
    required property string recordedText
    required property string refusalText

    // "Refused" first asks why (the fixed list, VisitController.refusalReasonChoices()).
    property bool choosingReason: false

    function record(outcome) {
        if (outcome === "refused" && !row.choosingReason) {
            row.choosingReason = true
            return
        }
        const refused = outcome === "refused"
        if (row.visit.recordTask(row.name, outcome, noteField.text,
                                 refused ? reasonChoice.current : "", refused ? otherReason.text : "")) {
            noteField.text = ""
            otherReason.text = ""
            reasonChoice.current = ""
            row.choosingReason = false
        }
    }

    objectName: "taskRow_" + index
    spacing: Theme.spacingSmall

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.secondaryPressed
    }
    CrLabel {
        objectName: "taskName"
        Layout.fillWidth: true
        font.weight: Font.DemiBold
        text: row.name
    }
    CrBanner {
        objectName: "medicationPlaceholder"
        Layout.fillWidth: true
        visible: row.medication
        tone: CrBanner.Info
        text: row.medication ? qsTr("Each dose is recorded under Medication on this visit page (eMAR), not as a task.") : ""
    }
    CrLabel {
        objectName: "taskRecorded"
        Layout.fillWidth: true
        visible: row.recordedText.length > 0
        color: row.outcome === "refused" ? Theme.onWarningSurface : Theme.onSuccessSurface
        font.weight: Font.DemiBold
        text: row.recordedText + (row.note.length > 0 ? " \u2014 " + row.note : "")
    }
    CrLabel {
        Layout.fillWidth: true
        visible: row.refusalText.length > 0
        color: Theme.onErrorSurface
        text: row.refusalText
    }
    CrTextField {
        id: noteField
        objectName: "taskNote"
        Layout.fillWidth: true
        visible: !row.medication && row.visit.canRecord
        placeholderText: qsTr("Note (optional)")
        Accessible.name: qsTr("Note about %1 (optional)").arg(row.name)
    }
    ColumnLayout {
        objectName: "refusalReasons"
        Layout.fillWidth: true
        visible: row.choosingReason && row.visit.canRecord
        spacing: Theme.spacingSmall
        CrLabel {
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            text: qsTr("Why was %1 refused?").arg(row.name)
        }
        CrChoices {
            id: reasonChoice
            objectPrefix: "refusalReason"
            Layout.fillWidth: true
            label: qsTr("Why it was refused")
            model: row.visit.refusalReasonChoices()
        }
        FieldError { Layout.fillWidth: true; controller: row.visit; field: "reasonCode" }
        CrTextField {
            id: otherReason
            objectName: "otherRefusalReason"
            Layout.fillWidth: true
            visible: reasonChoice.current === "other"
            placeholderText: qsTr("Say why (required)")
            Accessible.name: qsTr("Why %1 was refused").arg(row.name)
            hasError: row.visit.errorField === "reason"
        }
        FieldError { Layout.fillWidth: true; controller: row.visit; field: "reason" }
        CrButton {
            objectName: "saveRefusal"
            Layout.fillWidth: true
            text: qsTr("Save: refused")
            Accessible.name: qsTr("Save %1 as refused").arg(row.name)
            onClicked: row.record("refused")
        }
    }
    // Three equal buttons side by side: easy to hit with gloves, same place on every task.
    RowLayout {
        Layout.fillWidth: true
        visible: !row.medication && row.visit.canRecord
        spacing: Theme.spacingSmall
        CrButton {
            objectName: "taskDone"
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal thirds
            leftPadding: Theme.spacingSmall
            rightPadding: Theme.spacingSmall
            kind: row.outcome === "done" ? CrButton.Primary : CrButton.Secondary
            text: qsTr("Done")
            Accessible.name: qsTr("%1: done").arg(row.name)
            onClicked: row.record("done")
        }
        CrButton {
            objectName: "taskRefused"
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal thirds
            leftPadding: Theme.spacingSmall
            rightPadding: Theme.spacingSmall
            kind: row.outcome === "refused" ? CrButton.Primary : CrButton.Secondary
            text: qsTr("Refused")
            Accessible.name: qsTr("%1: refused").arg(row.name)
            onClicked: row.record("refused")
        }
        CrButton {
            objectName: "taskNotNeeded"
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal thirds
            leftPadding: Theme.spacingSmall
            rightPadding: Theme.spacingSmall
            kind: row.outcome === "not_needed" ? CrButton.Primary : CrButton.Secondary
            text: qsTr("Not needed")
            Accessible.name: qsTr("%1: not needed").arg(row.name)
            onClicked: row.record("not_needed")
        }
    }
}
