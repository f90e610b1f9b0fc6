// After unlock: today's records read from the store through TodayModel, with a count, an empty
// state, and a Lock button that closes the store and returns to the unlock screen.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Page {
    id: page

    required property AppSession session

    objectName: "homePage"
    title: qsTr("Today")
    Accessible.name: title
    background: Rectangle { color: Theme.background }

    header: CrHeader {
        title: page.title
        subtitle: today.dayText
        actions: CrButton {
            objectName: "lockButton"
            kind: CrButton.Secondary
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock CareRound")
            onClicked: page.session.lock()
        }
    }

    TodayModel {
        id: today
        session: page.session
    }

    // Count, progress and problems stay above the list, so they never scroll out of sight.
    ColumnLayout {
        id: overview
        anchors.top: parent.top
        anchors.topMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        spacing: Theme.spacingSmall
        CrLabel {
            objectName: "todayCount"
            Layout.fillWidth: true
            level: CrLabel.Title
            visible: !today.loading && today.count > 0
            text: qsTr("%n record(s) today", "", today.count)
        }
        CrBusy {
            Layout.fillWidth: true
            running: today.loading
            text: qsTr("Loading today's records…")
        }
        CrBanner {
            Layout.fillWidth: true
            tone: CrBanner.Error
            text: today.errorMessage
        }
    }

    ListView {
        id: list
        objectName: "todayList"
        anchors {
            top: overview.bottom
            topMargin: overview.visibleChildren.length > 0 ? Theme.spacing : 0
            bottom: parent.bottom
            left: parent.left
            right: parent.right
        }
        model: today
        spacing: Theme.spacingSmall
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Today's records")

        footer: Item { width: 1; height: Theme.spacing }
        delegate: CrListRow {
            required property string timeText
            required property string summary
            required property string details
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            leading: timeText
            title: summary
            detail: details
        }
    }

    ColumnLayout {
        objectName: "emptyState"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.contentMaxWidth)
        visible: !today.loading && today.count === 0 && today.errorMessage.length === 0
        spacing: Theme.spacing
        CrLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            level: CrLabel.Heading
            text: qsTr("No visits today")
        }
        CrLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textMuted
            text: qsTr("Nothing has been recorded or planned for today on this device.")
        }
    }
}
