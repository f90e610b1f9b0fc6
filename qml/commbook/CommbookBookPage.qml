// The person's whole communication book on this phone, newest first: search over the entries
// loaded, and older entries a page at a time (or all at once).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Page {
    id: page

    required property PersonController person

    objectName: "commbookBookPage"
    title: qsTr("Communication book")
    Accessible.name: title
    background: Rectangle { color: Theme.background }

    header: CrHeader {
        title: page.title
        subtitle: page.person.personName
        actions: [
            CrButton {
                objectName: "bookWrite"
                text: qsTr("Write")
                Accessible.name: qsTr("Write an entry")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("CommbookWritePage.qml"),
                                                    { person: page.person })
            },
            CrButton {
                objectName: "bookBack"
                kind: CrButton.Secondary
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the person's file")
                onClicked: page.StackView.view.pop()
            }
        ]
    }

    CommbookFilterModel {
        id: found
        objectName: "bookFilter"
        book: page.person.commbook
        searchText: search.text
    }

    ColumnLayout {
        id: top
        anchors { top: parent.top; topMargin: Theme.spacingSmall; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        spacing: Theme.spacingSmall
        CrTextField {
            id: search
            objectName: "bookSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search the entries")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        CrLabel {
            objectName: "bookCount"
            Layout.fillWidth: true
            level: CrLabel.Small
            color: Theme.textMuted
            text: found.resultText.length > 0 ? found.resultText : page.person.commbook.loadedText
        }
        CrBanner {
            Layout.fillWidth: true
            tone: CrBanner.Success
            text: page.person.savedMessage
        }
    }

    ListView {
        id: list
        objectName: "bookList"
        anchors { top: top.bottom; topMargin: Theme.spacingSmall; bottom: more.top; left: parent.left; right: parent.right }
        model: found
        spacing: Theme.spacingSmall
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Entries, newest first")
        bottomMargin: Theme.spacing
        delegate: CommbookEntryCard {
            required property int index
            objectName: "bookEntry_" + index
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            person: page.person
            onOpen: (file, properties) => page.StackView.view.push(
                        Qt.resolvedUrl(file), Object.assign({ person: page.person }, properties))
        }
    }

    // Older entries a page at a time; below the list (an inline ListView footer warns in a
    // StackView page).
    RowLayout {
        id: more
        anchors { bottom: parent.bottom; bottomMargin: more.visible ? Theme.spacingSmall : 0; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        height: visible ? implicitHeight : 0
        visible: page.person.commbook.hasMore
        spacing: Theme.spacingSmall
        CrButton {
            objectName: "bookShowMore"
            Layout.fillWidth: true
            kind: CrButton.Secondary
            text: qsTr("Show %1 older").arg(page.person.commbook.pageSize)
            onClicked: page.person.commbook.showMore()
        }
        CrButton {
            objectName: "bookShowAll"
            Layout.fillWidth: true
            kind: CrButton.Secondary
            text: qsTr("Show all")
            onClicked: page.person.commbook.showAll()
        }
    }
}
