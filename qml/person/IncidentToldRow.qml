// One "who was told" line of the incident form: who, how and when (empty time = now).
import QtQuick
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: row

    required property int index
    required property IncidentForm form
    property alias who: whoField.text
    property alias how: howChoice.current
    property alias time: timeField.text
    property string initialWho: ""
    property string initialHow: ""

    function value() { return { who: row.who, how: row.how, time: row.time } }
    readonly property string fieldPrefix: "reportedTo[" + row.index + "]"

    spacing: Theme.spacingSmall
    CrTextField {
        id: whoField
        objectName: "toldWho_" + row.index
        Layout.fillWidth: true
        text: row.initialWho
        placeholderText: qsTr("Who was told")
        hasError: row.form.errorField === row.fieldPrefix + ".who" || (row.index === 0 && row.form.errorField === "reportedTo")
    }
    CrChoices {
        id: howChoice
        objectName: "toldHow_" + row.index
        objectPrefix: "toldHow" + row.index
        Layout.fillWidth: true
        label: qsTr("How they were told")
        current: row.initialHow
        model: row.form.methodChoices()
    }
    CrTextField {
        id: timeField
        objectName: "toldTime_" + row.index
        Layout.fillWidth: true
        placeholderText: qsTr("Time told, e.g. 09:45 (empty: now)")
        inputMethodHints: Qt.ImhPreferNumbers
        hasError: row.form.errorField === row.fieldPrefix + ".at"
    }
}
