// One communication-book entry: what it is about and who may read it, the text as it now reads,
// who wrote it and when, who has read it, and whether it was corrected — with "I have read this",
// its history and (for your own entries) a correction. Bound to the row of a CommbookModel.
import QtQuick
import QtQuick.Layouts
import CareRound

Rectangle {
    id: card

    required property PersonController person
    required property string entryId
    required property string text
    required property string categoryText
    required property string audienceText
    required property bool sharedWithFamily
    required property string byText
    required property string whenText
    required property string readByText
    required property bool canAcknowledge
    required property bool correctable
    required property bool corrected
    required property string correctedText
    required property bool pending
    signal open(string file, var properties)

    implicitHeight: body.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: Theme.background
    border.width: 1
    border.color: card.sharedWithFamily ? Theme.infoAccent : Theme.secondaryPressed
    Accessible.role: Accessible.Grouping
    Accessible.name: card.categoryText + ", " + card.audienceText

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingSmall }
        spacing: 2
        CrLabel {
            objectName: "entryHeading"
            Layout.fillWidth: true
            level: CrLabel.Small
            font.weight: Font.DemiBold
            color: Theme.textMuted
            //: category and audience, e.g. "Health · Shared with family"
            text: qsTr("%1 · %2").arg(card.categoryText).arg(card.audienceText)
        }
        CrLabel {
            objectName: "entryText"
            Layout.fillWidth: true
            text: card.text
        }
        CrLabel {
            Layout.fillWidth: true
            level: CrLabel.Small
            color: Theme.textMuted
            text: card.byText + ", " + card.whenText
        }
        CrLabel {
            objectName: "entryCorrected"
            Layout.fillWidth: true
            visible: card.corrected
            level: CrLabel.Small
            color: Theme.onWarningSurface
            font.weight: Font.DemiBold
            text: card.correctedText
        }
        CrLabel {
            objectName: "entryReadBy"
            Layout.fillWidth: true
            visible: card.readByText.length > 0
            level: CrLabel.Small
            text: card.readByText
        }
        CrLabel {
            Layout.fillWidth: true
            visible: card.pending
            level: CrLabel.Small
            color: Theme.onWarningSurface
            text: qsTr("Saved on this phone, not sent yet")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            visible: card.canAcknowledge || card.corrected || card.correctable
            CrButton {
                objectName: "acknowledgeEntry"
                visible: card.canAcknowledge
                text: qsTr("I have read this")
                Accessible.name: qsTr("I have read this entry by %1").arg(card.byText)
                onClicked: card.person.acknowledge(card.entryId)
            }
            CrButton {
                objectName: "entryHistory"
                visible: card.corrected || card.correctable
                kind: CrButton.Secondary
                text: card.correctable ? qsTr("History or correct") : qsTr("History")
                onClicked: card.open("../commbook/CommbookEntryPage.qml", { entryId: card.entryId })
            }
        }
    }
}
