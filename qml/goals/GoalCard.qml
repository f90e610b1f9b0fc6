// One SMART goal: what it is, where the person started (baseline), where they aim to be
// (target), how it is measured, when it is due, the latest score against the first, and the
// history as a small chart painted in C++ (GoalChart).
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property int index
    required property string goalId
    required property string description
    required property string baselineText
    required property string target
    required property string measure
    required property string dueText
    required property string progressText
    required property bool achieved
    required property var series
    property bool canRecord: false

    signal recordProgress(string goalId, string description)

    objectName: "goalCard_" + card.index
    title: card.description
    CrLabel { Layout.fillWidth: true; visible: card.baselineText.length > 0; text: qsTr("Started at: %1").arg(card.baselineText) }
    CrLabel { Layout.fillWidth: true; visible: card.target.length > 0; font.weight: Font.DemiBold; text: qsTr("Aiming for: %1").arg(card.target) }
    CrLabel { Layout.fillWidth: true; visible: card.measure.length > 0; level: CrLabel.Small; text: qsTr("Measured by: %1").arg(card.measure) }
    CrLabel { Layout.fillWidth: true; visible: card.dueText.length > 0; level: CrLabel.Small; text: card.dueText }
    CrStatusChip {
        visible: card.achieved
        text: qsTr("Achieved")
        tone: 4
    }
    CrLabel { objectName: "goalProgress"; Layout.fillWidth: true; text: card.progressText }
    GoalChart {
        objectName: "goalChart"
        Layout.fillWidth: true
        Layout.preferredHeight: 12 * Theme.smallPixelSize
        series: card.series
        fontPixelSize: Theme.smallPixelSize
        dark: Theme.dark
        Accessible.role: Accessible.Chart
        Accessible.name: accessibleText
    }
    CrButton {
        objectName: "recordGoalProgress"
        Layout.fillWidth: true
        visible: card.canRecord
        kind: CrButton.Secondary
        text: qsTr("Record progress")
        Accessible.name: qsTr("Record progress: %1").arg(card.description)
        onClicked: card.recordProgress(card.goalId, card.description)
    }
}
