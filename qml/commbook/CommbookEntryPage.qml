// One entry's history — as first written and every correction, each with who and when and why —
// and, for your own entry, a correction with a reason. Nothing is deleted: the history keeps both.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property PersonController person
    required property string entryId
    readonly property var values: page.person.entryValues(page.entryId)
    property var versions: page.person.commbook.history(page.entryId)

    objectName: "commbookEntryPage"
    title: qsTr("Entry history")
    subtitle: page.values.byText !== undefined ? page.values.byText + ", " + page.values.whenText : ""
    actions: CrButton {
        objectName: "entryBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the communication book")
        onClicked: page.StackView.view.pop()
    }

    Component.onCompleted: page.person.clearMessages()
    Connections {
        target: page.person
        function onSaved(kind) { if (kind === "amendment") page.StackView.view.pop() }
        function onLoadFinished() { page.versions = page.person.commbook.history(page.entryId) }
    }

    Repeater {
        model: page.versions
        delegate: CrSection {
            id: version
            required property var modelData
            required property int index
            objectName: "version_" + index
            Layout.fillWidth: true
            title: version.modelData.title
            border.color: version.modelData.isOriginal ? Theme.secondaryPressed : Theme.warningAccent
            CrLabel { Layout.fillWidth: true; text: version.modelData.text }
            CrLabel { Layout.fillWidth: true; level: CrLabel.Small; color: Theme.textMuted
                      text: version.modelData.categoryText + " · " + version.modelData.byText }
            CrLabel { Layout.fillWidth: true; visible: version.modelData.reason.length > 0
                      text: qsTr("Reason: %1").arg(version.modelData.reason) }
        }
    }

    CrSection {
        Layout.fillWidth: true
        visible: page.values.correctable === true
        title: qsTr("Correct this entry")
        CrLabel {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: qsTr("The entry is not changed in place: your correction is added with your reason, and everyone sees both. Who may read it stays the same (%1).").arg(page.values.audienceText)
        }
        CrTextField {
            id: reason
            objectName: "amendReason"
            Layout.fillWidth: true
            placeholderText: qsTr("Why it needs correcting (required)")
            hasError: page.person.errorField === "reason"
        }
        CrChoices {
            id: category
            objectName: "amendCategory"
            objectPrefix: "amendCategory"
            Layout.fillWidth: true
            label: qsTr("What it is about")
            current: page.values.category !== undefined ? page.values.category : ""
            model: page.person.categoryChoices()
        }
        CrTextArea {
            id: text
            objectName: "amendText"
            Layout.fillWidth: true
            text: page.values.text !== undefined ? page.values.text : ""
            placeholderText: qsTr("What the entry should say")
            hasError: page.person.errorField === "text"
        }
        CrBanner {
            objectName: "amendError"
            Layout.fillWidth: true
            tone: CrBanner.Error
            text: page.person.errorMessage
        }
        CrButton {
            objectName: "saveAmendment"
            Layout.fillWidth: true
            enabled: !page.person.busy
            text: qsTr("Save the correction")
            onClicked: page.person.correctEntry(page.entryId, reason.text, text.text, category.current)
        }
    }
}
