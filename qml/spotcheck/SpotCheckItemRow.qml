// One item of the spot-check checklist: what to look for, met / not met / not applicable, and a
// comment (required when not met).
import QtQuick
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: row

    required property SpotCheckForm form
    required property int index
    required property string code
    required property string title
    required property string hint
    required property string result
    required property bool commentRequired

    objectName: "checkItem_" + row.code
    spacing: 2
    CrLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: row.title }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; color: Theme.textMuted; text: row.hint }
    CrChoices {
        objectName: "result_" + row.code
        objectPrefix: row.code
        Layout.fillWidth: true
        label: row.title
        current: row.result
        model: row.form.resultChoices()
        onCurrentChanged: if (current !== row.result) row.form.setResult(row.index, current)
    }
    CrTextField {
        objectName: "comment_" + row.code
        Layout.fillWidth: true
        placeholderText: row.commentRequired ? qsTr("What you saw (required)") : qsTr("Comment (optional)")
        Accessible.name: qsTr("Comment on %1").arg(row.title)
        hasError: row.form.errorField === "checklist[" + row.index + "].comment"
        onTextEdited: row.form.setComment(row.index, text)
    }
}
