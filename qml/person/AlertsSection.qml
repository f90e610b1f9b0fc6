// The alerts this phone holds about the person, newest first: what the office's server raised
// (records that disagree, incidents) and what was raised here (three refusals in a row).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property PersonController person

    objectName: "alertsSection"
    title: qsTr("Alerts (%1)").arg(card.person.alerts.count)

    AlertList {
        Layout.fillWidth: true
        alerts: card.person.alerts
    }
}
