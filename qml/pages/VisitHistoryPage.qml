// Everything recorded at this visit, in order, each with who wrote it and when. Corrections and
// withdrawals are entries of their own; the original stays readable. Your own entries can be
// corrected or withdrawn with a reason.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit

    objectName: "historyPage"
    title: qsTr("Visit history")
    subtitle: page.visit.personName
    actions: CrButton {
        objectName: "historyBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the visit")
        onClicked: page.StackView.view.pop()
    }

    CrLabel {
        Layout.fillWidth: true
        visible: page.visit.history.count === 0
        color: Theme.textMuted
        text: qsTr("Nothing has been recorded at this visit yet.")
    }
    Repeater {
        model: page.visit.history
        delegate: CrSection {
            id: entry
            required property int index
            required property string recordId
            required property string entryType
            required property string title
            required property string detail
            required property string byText
            required property string statusText
            required property bool isCorrection
            required property bool withdrawn
            required property bool correctable
            required property var fields
            required property string currentNote
            required property string currentOutcome

            objectName: "historyEntry_" + index
            Layout.fillWidth: true
            border.color: entry.isCorrection ? Theme.warningAccent : Theme.secondaryPressed
            CrLabel {
                Layout.fillWidth: true
                font.weight: Font.DemiBold
                text: entry.title
            }
            CrLabel {
                Layout.fillWidth: true
                visible: entry.detail.length > 0
                font.strikeout: entry.withdrawn
                text: entry.detail
            }
            CrLabel {
                Layout.fillWidth: true
                level: CrLabel.Small
                color: Theme.textMuted
                text: entry.byText
            }
            CrLabel {
                Layout.fillWidth: true
                visible: entry.statusText.length > 0
                color: Theme.onWarningSurface
                font.weight: Font.DemiBold
                text: entry.statusText
            }
            CrButton {
                objectName: "correctEntry"
                Layout.fillWidth: true
                visible: entry.correctable
                kind: CrButton.Secondary
                text: qsTr("Correct or withdraw")
                Accessible.name: qsTr("Correct or withdraw: %1, %2").arg(entry.title).arg(entry.byText)
                onClicked: page.StackView.view.push(Qt.resolvedUrl("CorrectionPage.qml"), {
                    visit: page.visit, recordId: entry.recordId, entryType: entry.entryType,
                    entryTitle: entry.title, entryDetail: entry.detail, fields: entry.fields,
                    currentNote: entry.currentNote, currentOutcome: entry.currentOutcome })
            }
        }
    }
}
