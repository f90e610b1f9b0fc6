// Notes the last visit left for whoever comes next.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    objectName: "handoverNotes"
    title: qsTr("Notes from the last visit")
    Repeater {
        model: card.visit.handoverNotes
        delegate: ColumnLayout {
            id: noteEntry
            required property string title
            required property string byText
            Layout.fillWidth: true
            spacing: 2
            CrLabel {
                Layout.fillWidth: true
                text: noteEntry.title
            }
            CrLabel {
                Layout.fillWidth: true
                level: CrLabel.Small
                color: Theme.textMuted
                text: noteEntry.byText
            }
        }
    }
}
