// The rest of what a visit may need, each on a page of its own.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit
    signal open(string file)

    title: qsTr("More for this visit")
    CrButton {
        objectName: "openNoAccess"
        Layout.fillWidth: true
        visible: card.visit.canRecordNoAccess
        kind: CrButton.Secondary
        text: qsTr("No answer at the door")
        onClicked: card.open("NoAccessPage.qml")
    }
    CrButton {
        objectName: "openFinance"
        Layout.fillWidth: true
        visible: card.visit.canRecord
        kind: CrButton.Secondary
        text: qsTr("Money handled")
        onClicked: card.open("FinancePage.qml")
    }
    CrButton {
        objectName: "openIncident"
        Layout.fillWidth: true
        visible: card.visit.assigned
        kind: CrButton.Secondary
        text: qsTr("Report an incident")
        onClicked: card.open("IncidentPage.qml")
    }
    CrButton {
        objectName: "openHistory"
        Layout.fillWidth: true
        kind: CrButton.Secondary
        text: qsTr("History and corrections (%1)").arg(card.visit.history.count)
        onClicked: card.open("VisitHistoryPage.qml")
    }
}
