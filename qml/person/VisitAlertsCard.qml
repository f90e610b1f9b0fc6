// Alerts about this visit that the phone holds (records that disagree, an incident reported here,
// three refusals in a row), in words, near the top of the visit page.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property AppSession session
    required property string personId
    required property string visitId

    objectName: "visitAlerts"
    title: qsTr("Alerts about this visit")
    visible: alerts.alerts.count > 0

    VisitAlerts {
        id: alerts
        session: card.session
        personId: card.personId
        visitId: card.visitId
    }
    AlertList {
        Layout.fillWidth: true
        alerts: alerts.alerts
    }
}
