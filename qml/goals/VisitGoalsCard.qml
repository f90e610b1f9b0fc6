// The visit page's way to the person's care plan and goals (progress is recorded there) and,
// while a reablement episode runs, its summary with the days left.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    signal open(string file, var properties)

    objectName: "goalsCard"
    title: qsTr("Care plan and goals")

    ReablementController {
        id: reablement
        visit: card.visit
    }
    CrLabel {
        objectName: "visitReablementDaysLeft"
        Layout.fillWidth: true
        visible: reablement.hasEpisode
        font.weight: Font.DemiBold
        text: reablement.daysLeftText
    }
    CrButton {
        objectName: "openCarePlan"
        Layout.fillWidth: true
        kind: CrButton.Secondary
        text: card.visit.canRecord ? qsTr("Goals: record progress") : qsTr("Care plan and goals")
        onClicked: card.open("../goals/CarePlanPage.qml",
                             { session: card.visit.session, personId: card.visit.personId })
    }
    CrButton {
        objectName: "openReablement"
        Layout.fillWidth: true
        kind: CrButton.Secondary
        visible: reablement.hasEpisode
        text: qsTr("Reablement summary")
        onClicked: card.open("../goals/ReablementPage.qml",
                             { session: card.visit.session, personId: card.visit.personId })
    }
}
