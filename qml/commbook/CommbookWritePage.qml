// Write a communication-book entry: what it is about, who may read it (the care team only, or the
// family as well — a family member's entries are always shared), and the text.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property PersonController person

    objectName: "commbookWritePage"
    title: qsTr("Write an entry")
    subtitle: page.person.personName
    actions: CrButton {
        objectName: "writeBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back without saving")
        onClicked: page.StackView.view.pop()
    }

    Component.onCompleted: page.person.clearMessages()
    Connections {
        target: page.person
        function onSaved(kind) { if (kind === "commbook.entry") page.StackView.view.pop() }
    }

    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("What it is about") }
    CrChoices {
        id: category
        objectName: "entryCategory"
        objectPrefix: "category"
        Layout.fillWidth: true
        label: qsTr("What it is about")
        current: "general"
        model: page.person.categoryChoices()
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        visible: page.person.canChooseAudience
        text: qsTr("Who may read it")
    }
    CrChoices {
        id: audience
        objectName: "entryAudience"
        objectPrefix: "audience"
        Layout.fillWidth: true
        visible: page.person.canChooseAudience
        label: qsTr("Who may read it")
        current: "care_team"
        model: page.person.audienceChoices()
    }
    CrLabel {
        objectName: "audienceNote"
        Layout.fillWidth: true
        color: Theme.textMuted
        text: page.person.audienceNote
    }
    CrTextArea {
        id: text
        objectName: "entryTextField"
        Layout.fillWidth: true
        placeholderText: qsTr("What you want to say")
        hasError: page.person.errorField === "text"
    }
    CrBanner {
        objectName: "writeError"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.person.errorMessage
    }
    CrButton {
        objectName: "saveEntry"
        Layout.fillWidth: true
        enabled: !page.person.busy
        text: qsTr("Save the entry")
        onClicked: page.person.writeEntry(text.text, category.current, audience.current)
    }
}
