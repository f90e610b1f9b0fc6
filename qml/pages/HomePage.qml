// After unlock: today's round. The visits assigned to this worker today, in time order, each with
// the person, address, planned time and length, the other worker of a double-handed call and a
// status that moves on by itself (RoundModel). The next visit has its own big "Check in" button:
// one tap opens the visit and checks in.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Page {
    id: page

    required property AppSession session

    function openVisit(visitId, checkIn) {
        page.StackView.view.push(Qt.resolvedUrl("VisitPage.qml"),
                                 { session: page.session, visitId: visitId, checkInOnOpen: checkIn })
    }

    objectName: "homePage"
    title: qsTr("Today's round")
    Accessible.name: title
    background: Rectangle { color: Theme.background }

    header: CrHeader {
        title: page.title
        subtitle: round.dayText
        actions: CrButton {
            objectName: "lockButton"
            kind: CrButton.Secondary
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock CareRound")
            onClicked: page.session.lock()
        }
    }

    RoundModel {
        id: round
        objectName: "roundModel"
        session: page.session
        // Once, when the round first arrives: later the worker scrolls where they like.
        onLoadFinished: {
            if (!page.scrolledToNext && nextVisitIndex > 0) {
                page.scrolledToNext = true
                list.positionViewAtIndex(nextVisitIndex, ListView.Beginning)
            }
        }
    }
    SpotCheckInbox {
        id: spotChecks
        objectName: "homeSpotCheckInbox"
        session: page.session
    }
    property bool scrolledToNext: false

    // Progress and problems stay above the list, so they never scroll out of sight.
    ColumnLayout {
        id: overview
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingSmall
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        spacing: Theme.spacingSmall
        CrLabel {
            objectName: "roundProgress"
            Layout.fillWidth: true
            level: CrLabel.Title
            visible: round.loaded && round.count > 0
            text: round.progressText
        }
        CrBusy {
            Layout.fillWidth: true
            running: round.loading && !round.loaded
            text: qsTr("Loading today's round…")
        }
        CrBanner {
            Layout.fillWidth: true
            tone: CrBanner.Error
            text: round.errorMessage
        }
        CrBanner {
            objectName: "lateWarning"
            Layout.fillWidth: true
            tone: CrBanner.Warning
            text: round.lateWarning
        }
        CrBanner {
            objectName: "spotCheckWaiting"
            Layout.fillWidth: true
            tone: CrBanner.Info
            text: spotChecks.waitingCount > 0
                  ? qsTr("%n spot check(s) of your work wait for you to acknowledge them.", "", spotChecks.waitingCount)
                  : ""
        }
        // Beyond today's round: people's files, spot checks.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            CrButton {
                objectName: "openPeople"
                kind: CrButton.Secondary
                text: qsTr("People")
                Accessible.name: qsTr("People: communication books and incidents")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("PeoplePage.qml"), { session: page.session })
            }
            CrButton {
                objectName: "openSpotChecks"
                visible: page.session.userRole === "supervisor"
                kind: CrButton.Secondary
                text: qsTr("Spot checks")
                Accessible.name: qsTr("Spot checks of your workers")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("../spotcheck/SpotChecksPage.qml"), { session: page.session })
            }
            CrButton {
                objectName: "openMySpotChecks"
                visible: spotChecks.count > 0
                kind: spotChecks.waitingCount > 0 ? CrButton.Primary : CrButton.Secondary
                text: qsTr("My spot checks")
                Accessible.name: qsTr("Spot checks of your work")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("../spotcheck/MySpotChecksPage.qml"), { session: page.session })
            }
            CrButton {
                objectName: "openSettings"
                kind: CrButton.Secondary
                text: qsTr("Settings")
                Accessible.name: qsTr("Settings: colours and locking")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("SettingsPage.qml"), { session: page.session })
            }
        }
    }

    ListView {
        id: list
        objectName: "roundList"
        anchors {
            top: overview.bottom
            topMargin: overview.visibleChildren.length > 0 ? Theme.spacingSmall : 0
            bottom: parent.bottom
            left: parent.left
            right: parent.right
        }
        model: round
        spacing: Theme.spacingSmall
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Today's visits")

        bottomMargin: Theme.spacing
        delegate: RoundVisitCard {
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            onOpened: (visitId, checkIn) => page.openVisit(visitId, checkIn)
        }
    }

    ColumnLayout {
        objectName: "emptyState"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.contentMaxWidth)
        visible: round.loaded && round.count === 0 && round.errorMessage.length === 0
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
            text: qsTr("Your rota for today has no visits on this device. New visits arrive when the phone syncs with the office.")
        }
    }
}
