// A family member's home: the person they are linked to, the visits delivered and the
// communication book — only what is shared with family, and only while the person's consent
// lasts. When consent is withdrawn the phone removes the person's records at the next sync, and
// this page says why (kept across restarts, until dismissed).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    property string chosenPersonId: ""
    readonly property string personId: page.chosenPersonId.length > 0 ? page.chosenPersonId : people.firstPersonId

    function open(file, properties) {
        page.StackView.view.push(Qt.resolvedUrl(file), Object.assign({ person: person }, properties || {}))
    }

    objectName: "familyHomePage"
    title: person.found ? person.personName : qsTr("CareRound")
    subtitle: page.session.organisationName
    actions: CrButton {
        objectName: "lockButton"
        kind: CrButton.Secondary
        text: qsTr("Lock")
        Accessible.name: qsTr("Lock CareRound")
        onClicked: page.session.lock()
    }

    PeopleModel {
        id: people
        objectName: "familyPeople"
        session: page.session
        onCountChanged: if (people.loaded) page.session.purgeNotices.clearFor(people.personIds)
    }
    PersonController {
        id: person
        objectName: "personController"
        session: page.session
        personId: page.personId
    }

    Repeater {
        model: page.session.purgeNotices.notices
        delegate: ColumnLayout {
            id: notice
            required property var modelData
            required property int index
            objectName: "purgeNotice_" + index
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            CrBanner {
                objectName: "purgeNoticeText"
                Layout.fillWidth: true
                tone: CrBanner.Warning
                text: notice.modelData.text
            }
            CrButton {
                objectName: "dismissNotice"
                kind: CrButton.Quiet
                text: qsTr("I understand")
                Accessible.name: qsTr("Dismiss this message")
                onClicked: page.session.purgeNotices.dismiss(notice.modelData.personId)
            }
        }
    }
    ColumnLayout {
        objectName: "familyEmpty"
        Layout.fillWidth: true
        visible: people.loaded && people.count === 0 && page.session.purgeNotices.count === 0
        spacing: Theme.spacing
        CrLabel {
            Layout.fillWidth: true
            level: CrLabel.Heading
            text: qsTr("Nothing is shared with you yet")
        }
        CrLabel {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: qsTr("When the person you support (or their representative) agrees to share with you, their communication book and the visits delivered appear here after the phone syncs. Ask the office if you expected to see them.")
        }
    }
    CrChoices {
        objectName: "familyPersonChoice"
        objectPrefix: "person"
        Layout.fillWidth: true
        visible: people.count > 1
        label: qsTr("Whose records")
        current: page.personId
        model: people.choices
        onCurrentChanged: if (current !== page.personId) page.chosenPersonId = current
    }
    CrBanner {
        objectName: "familySaved"
        Layout.fillWidth: true
        tone: CrBanner.Success
        text: person.savedMessage
    }
    // The book first, with "Write an entry" on the first screen; then the latest visits.
    CommbookSection {
        Layout.fillWidth: true
        visible: person.loaded && person.found
        person: person
        onOpen: (file, properties) => page.open(file, properties)
    }
    VisitSummariesSection {
        Layout.fillWidth: true
        visible: person.loaded && person.found
        person: person
        shown: 3
    }
}
