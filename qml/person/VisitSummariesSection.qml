// Visits delivered, as a family member sees them: the day, when the visit finished and the
// worker's first name (the office shares nothing else of a visit).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property PersonController person
    property int shown: 7

    objectName: "visitSummaries"
    title: qsTr("Visits delivered")

    CrLabel {
        Layout.fillWidth: true
        visible: card.person.visitSummaries.count === 0
        color: Theme.textMuted
        text: qsTr("No visits have been shared with you yet.")
    }
    Repeater {
        model: card.person.visitSummaries
        delegate: CrListRow {
            required property int index
            required property string dateText
            required detail
            objectName: "visitSummary_" + index
            Layout.fillWidth: true
            visible: index < card.shown
            title: dateText
        }
    }
    CrButton {
        objectName: "moreVisits"
        Layout.fillWidth: true
        visible: card.person.visitSummaries.count > card.shown
        kind: CrButton.Quiet
        text: qsTr("Show more visits")
        onClicked: card.shown += 7
    }
}
