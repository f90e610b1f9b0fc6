// A supervisor's spot checks: the workers they supervise (from the rota on this phone), who is due
// an observation (the office's report, fetched when online; a check the person declined does not
// count), and what each is doing today — a visit in progress is the moment to observe.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "spotChecksPage"
    title: qsTr("Spot checks")
    subtitle: qsTr("Your workers")
    actions: CrButton {
        objectName: "spotChecksBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to today's round")
        onClicked: page.StackView.view.pop()
    }

    SupervisedWorkers {
        id: workers
        objectName: "supervisedWorkers"
        session: page.session
        Component.onCompleted: workers.fetchReport()
    }

    CrBanner {
        objectName: "reportText"
        Layout.fillWidth: true
        tone: workers.reportState === SupervisedWorkers.Offline || workers.reportState === SupervisedWorkers.Failed
              ? CrBanner.Warning : CrBanner.Info
        text: workers.reportText
    }
    CrButton {
        objectName: "refreshReport"
        Layout.fillWidth: true
        visible: workers.reportState !== SupervisedWorkers.Fetching
        kind: CrButton.Secondary
        text: qsTr("Ask the office again")
        onClicked: workers.fetchReport()
    }
    CrLabel {
        Layout.fillWidth: true
        visible: workers.loaded && workers.count === 0
        color: Theme.textMuted
        text: qsTr("No workers on this phone's rota. The rota of the workers you supervise arrives when the phone syncs.")
    }
    Repeater {
        model: workers
        delegate: CrSection {
            id: worker
            required property int index
            required property string workerId
            required property string name
            required property string dueText
            required property bool overdue
            required property string todayText
            required property var visitChoices
            objectName: "worker_" + index
            Layout.fillWidth: true
            title: worker.name
            border.color: worker.overdue ? Theme.warningAccent : Theme.secondaryPressed
            CrLabel {
                objectName: "workerDue"
                Layout.fillWidth: true
                font.weight: worker.overdue ? Font.DemiBold : Font.Normal
                color: worker.overdue ? Theme.onWarningSurface : Theme.text
                text: worker.dueText
            }
            CrLabel { Layout.fillWidth: true; level: CrLabel.Small; color: Theme.textMuted; text: worker.todayText }
            Repeater {
                model: worker.visitChoices
                delegate: CrButton {
                    required property var modelData
                    required property int index
                    objectName: "observe_" + worker.index + "_" + index
                    Layout.fillWidth: true
                    kind: CrButton.Secondary
                    text: qsTr("Observe at %1").arg(modelData.text)
                    onClicked: page.StackView.view.push(Qt.resolvedUrl("SpotCheckPage.qml"),
                        { session: page.session, visitId: modelData.code, workerUserId: worker.workerId })
                }
            }
        }
    }
}
