// One action after a spot check: what is to be done and the date it is due by (typed, or one of
// the quick choices).
import QtQuick
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: row

    required property SpotCheckForm form
    required property int index
    required property string description
    required property string dueText
    readonly property string fieldPrefix: "actions[" + row.index + "]"

    objectName: "action_" + row.index
    spacing: Theme.spacingSmall
    CrTextField {
        objectName: "actionDescription_" + row.index
        Layout.fillWidth: true
        text: row.description
        placeholderText: qsTr("What is to be done")
        hasError: row.form.errorField === row.fieldPrefix + ".description"
                  || (row.index === 0 && row.form.errorField === "actions")
        onTextEdited: row.form.setActionDescription(row.index, text)
    }
    CrTextField {
        id: due
        objectName: "actionDue_" + row.index
        Layout.fillWidth: true
        text: row.dueText
        placeholderText: qsTr("Due by, e.g. 31/03/2026")
        inputMethodHints: Qt.ImhPreferNumbers
        hasError: row.form.errorField === row.fieldPrefix + ".dueDate"
        onTextEdited: row.form.setActionDue(row.index, text)
    }
    CrChoices {
        objectName: "actionQuickDue_" + row.index
        objectPrefix: "due" + row.index
        Layout.fillWidth: true
        label: qsTr("Due by")
        current: row.dueText
        model: row.form.dueChoices()
        onCurrentChanged: {
            if (current.length > 0 && current !== row.dueText) {
                due.text = current
                row.form.setActionDue(row.index, current)
            }
        }
    }
    CrButton {
        objectName: "removeAction_" + row.index
        kind: CrButton.Quiet
        text: qsTr("Remove this action")
        onClicked: row.form.removeAction(row.index)
    }
}
