// The people whose records are on this phone, by name: the way into a person's file (the
// communication book, incidents) outside a visit.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "peoplePage"
    title: qsTr("People")
    subtitle: qsTr("Whose records are on this phone")
    actions: CrButton {
        objectName: "peopleBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to today's round")
        onClicked: page.StackView.view.pop()
    }

    PeopleModel {
        id: people
        objectName: "peopleModel"
        session: page.session
    }

    CrLabel {
        Layout.fillWidth: true
        visible: people.loaded && people.count === 0
        color: Theme.textMuted
        text: qsTr("No one's records are on this phone yet. They arrive when the phone syncs with the office.")
    }
    Repeater {
        model: people
        delegate: CrListRow {
            required property int index
            required property string personId
            required property string name
            required detail
            objectName: "person_" + index
            Layout.fillWidth: true
            title: name
            onClicked: page.StackView.view.push(Qt.resolvedUrl("PersonPage.qml"),
                                                { session: page.session, personId: personId })
        }
    }
}
