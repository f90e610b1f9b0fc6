// The visit's tasks, from the care plan for this kind of call and from the rota. Each is done,
// refused or not needed, with an optional note. A medication task only points to the Medication
// card: doses are recorded there (eMAR).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    objectName: "tasksCard"
    title: qsTr("Tasks")
    CrLabel {
        Layout.fillWidth: true
        visible: !card.visit.canRecord
        color: Theme.textMuted
        text: qsTr("Check in to record the tasks.")
    }
    Repeater {
        model: card.visit.tasks
        delegate: TaskRow {
            Layout.fillWidth: true
            visit: card.visit
        }
    }
}
