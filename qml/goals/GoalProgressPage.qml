// Progress against one goal at a visit: a score on the goal's 0–10 scale, a note, and whether the
// goal is now achieved. Saved as a goal.progress record.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    // The goal scale, 0 to 10, as choices.
    readonly property var scoreChoices: {
        const out = []
        for (let n = 0; n <= 10; ++n)
            out.push({ code: String(n), text: String(n) })
        return out
    }

    required property CarePlanController careplan
    required property string goalId
    required property string description

    objectName: "goalProgressPage"
    title: qsTr("Record progress")
    subtitle: page.description
    actions: CrButton {
        objectName: "goalProgressBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        onClicked: page.StackView.view.pop()
    }
    Component.onCompleted: page.careplan.clearMessages()
    Connections {
        target: page.careplan
        function onSaved(kind) { if (kind === "goal.progress") page.StackView.view.pop() }
    }

    CrLabel { Layout.fillWidth: true; level: CrLabel.Title; text: page.description }
    CrLabel { Layout.fillWidth: true; text: qsTr("Score today, from 0 (not at all) to 10 (the target reached)") }
    CrChoices {
        id: score
        objectName: "goalScore"
        objectPrefix: "score"
        Layout.fillWidth: true
        label: qsTr("Score")
        model: page.scoreChoices
    }
    FieldError { Layout.fillWidth: true; controller: page.careplan; field: "score" }
    CrTextArea {
        id: note
        objectName: "goalNote"
        Layout.fillWidth: true
        placeholderText: qsTr("What you saw (optional)")
    }
    CrCheckBox {
        id: achieved
        objectName: "goalAchieved"
        Layout.fillWidth: true
        text: qsTr("The goal is achieved")
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.careplan.errorField !== "score" ? page.careplan.errorMessage : ""
    }
    CrButton {
        objectName: "saveGoalProgress"
        Layout.fillWidth: true
        enabled: !page.careplan.busy
        text: qsTr("Save")
        onClicked: page.careplan.recordProgress(page.goalId,
                                                score.current.length > 0 ? Number(score.current) : -1,
                                                note.text, achieved.checked)
    }
}
