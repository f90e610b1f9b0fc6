// The communication book on a person's page: the newest entries, a button to write one, and the
// whole book (every entry this phone holds, with search) on a page of its own.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property PersonController person
    property int shown: 3
    signal open(string file, var properties)

    objectName: "commbookSection"
    title: qsTr("Communication book")

    CrButton {
        objectName: "writeEntry"
        Layout.fillWidth: true
        text: qsTr("Write an entry")
        onClicked: card.open("../commbook/CommbookWritePage.qml", {})
    }
    CrLabel {
        Layout.fillWidth: true
        visible: card.person.commbook.totalCount === 0
        color: Theme.textMuted
        text: card.person.isFamily ? qsTr("Nothing has been shared with you yet.")
                                   : qsTr("No entries on this phone yet.")
    }
    Repeater {
        model: card.person.commbook
        delegate: CommbookEntryCard {
            required property int index
            Layout.fillWidth: true
            visible: index < card.shown
            objectName: "entryCard_" + index
            person: card.person
            onOpen: (file, properties) => card.open(file, properties)
        }
    }
    CrButton {
        objectName: "openBook"
        Layout.fillWidth: true
        visible: card.person.commbook.totalCount > 0
        kind: CrButton.Secondary
        text: qsTr("The whole book and search (%1)").arg(card.person.commbook.totalCount)
        onClicked: card.open("../commbook/CommbookBookPage.qml", {})
    }
}
