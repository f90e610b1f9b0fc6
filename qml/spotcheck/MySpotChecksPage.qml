// Spot checks of your own practice on this phone: who observed you, at whose visit, what they
// found, the actions and their due dates — and "I acknowledge this" for each you have not yet.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "mySpotChecksPage"
    title: qsTr("Spot checks of your work")
    actions: CrButton {
        objectName: "mySpotChecksBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to today's round")
        onClicked: page.StackView.view.pop()
    }

    SpotCheckInbox {
        id: inbox
        objectName: "spotCheckInbox"
        session: page.session
    }

    CrBanner {
        objectName: "inboxSaved"
        Layout.fillWidth: true
        tone: CrBanner.Success
        text: inbox.savedMessage
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: inbox.errorMessage
    }
    CrLabel {
        Layout.fillWidth: true
        visible: inbox.loaded && inbox.count === 0
        color: Theme.textMuted
        text: qsTr("No spot checks of your work on this phone.")
    }
    Repeater {
        model: inbox
        delegate: CrSection {
            id: check
            required property int index
            required property string spotCheckId
            required property string title
            required property string personText
            required property string consentText
            required property bool observed
            required property string outcomeText
            required property string itemsText
            required property string actionsText
            required property bool acknowledged
            required property string ackText
            objectName: "spotCheck_" + index
            Layout.fillWidth: true
            title: check.title
            CrLabel { Layout.fillWidth: true; color: Theme.textMuted; text: check.personText }
            CrLabel { Layout.fillWidth: true; text: check.consentText }
            CrLabel { Layout.fillWidth: true; visible: check.observed; font.weight: Font.DemiBold; text: check.outcomeText }
            CrLabel { Layout.fillWidth: true; visible: check.itemsText.length > 0; text: check.itemsText }
            CrLabel { Layout.fillWidth: true; visible: check.actionsText.length > 0; level: CrLabel.Small
                      font.weight: Font.DemiBold; text: qsTr("Actions:") }
            CrLabel { Layout.fillWidth: true; visible: check.actionsText.length > 0; text: check.actionsText }
            CrLabel { objectName: "ackText"; Layout.fillWidth: true; visible: check.acknowledged
                      color: Theme.onSuccessSurface; text: check.ackText }
            CrTextField {
                id: comment
                objectName: "ackComment"
                Layout.fillWidth: true
                visible: !check.acknowledged
                placeholderText: qsTr("Your comment (optional)")
            }
            CrButton {
                objectName: "acknowledgeSpotCheck"
                Layout.fillWidth: true
                visible: !check.acknowledged
                enabled: !inbox.busy
                text: qsTr("I acknowledge this spot check")
                onClicked: inbox.acknowledge(check.spotCheckId, comment.text)
            }
        }
    }
}
