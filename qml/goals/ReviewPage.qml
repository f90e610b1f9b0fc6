// A therapist's reablement review: which review it is, a score (0–10) and a comment for each goal,
// and a summary. Saved as a reablement.review record.
pragma ComponentBehavior: Bound

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

    required property ReablementController reablement

    objectName: "reviewPage"
    title: qsTr("Reablement review")
    actions: CrButton {
        objectName: "reviewBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        onClicked: page.StackView.view.pop()
    }
    Component.onCompleted: page.reablement.clearMessages()
    Connections {
        target: page.reablement
        function onSaved(kind) { if (kind === "reablement.review") page.StackView.view.pop() }
    }

    CrChoices {
        id: kind
        objectName: "reviewKind"
        objectPrefix: "kind"
        Layout.fillWidth: true
        label: qsTr("Review")
        model: page.reablement.reviewKindChoices()
        current: page.reablement.nextReviewKind
    }
    FieldError { Layout.fillWidth: true; controller: page.reablement; field: "kind" }
    Repeater {
        id: goalScores
        model: page.reablement.goals
        delegate: CrSection {
            id: goalSection
            required property int index
            required property string goalId
            required property string description
            required property string progressText
            property alias comment: commentField.text
            property alias score: scoreChoice.current
            Layout.fillWidth: true
            title: goalSection.description
            CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: goalSection.progressText }
            CrChoices {
                id: scoreChoice
                objectName: "reviewScore_" + goalSection.index
                objectPrefix: "reviewScore_" + goalSection.index
                Layout.fillWidth: true
                label: qsTr("Score for %1").arg(goalSection.description)
                model: page.scoreChoices
            }
            CrTextField {
                id: commentField
                Layout.fillWidth: true
                placeholderText: qsTr("Comment (optional)")
            }
        }
    }
    FieldError { Layout.fillWidth: true; controller: page.reablement; field: "scores" }
    CrTextArea {
        id: summary
        objectName: "reviewSummary"
        Layout.fillWidth: true
        placeholderText: qsTr("Summary of progress (optional)")
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.reablement.errorField === "kind" || page.reablement.errorField === "scores"
              ? "" : page.reablement.errorMessage
    }
    CrButton {
        objectName: "saveReview"
        Layout.fillWidth: true
        enabled: !page.reablement.busy
        text: qsTr("Save the review")
        onClicked: {
            const scores = []
            for (let i = 0; i < goalScores.count; ++i) {
                const section = goalScores.itemAt(i)
                scores.push({ goalId: section.goalId,
                              score: section.score.length > 0 ? Number(section.score) : -1,
                              comment: section.comment })
            }
            page.reablement.recordReview(kind.current, scores, summary.text)
        }
    }
}
