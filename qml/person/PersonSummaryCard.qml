// The person at a glance, from the office's person record: DNACPR, allergies, communication and
// risks — what anyone must know before doing anything (the visit page has the whole grab sheet).
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property PersonController person

    objectName: "personSummary"
    title: qsTr("At a glance")

    CrLabel {
        Layout.fillWidth: true
        visible: card.person.addressText.length > 0
        text: card.person.addressText
    }
    CrBanner {
        Layout.fillWidth: true
        tone: card.person.dnacprInPlace ? CrBanner.Error : CrBanner.Info
        text: card.person.dnacprText
    }
    GrabSheetList {
        Layout.fillWidth: true
        heading: qsTr("Allergies")
        lines: card.person.allergies
        emptyText: qsTr("None recorded")
        alert: card.person.allergies.length > 0
    }
    GrabSheetList {
        Layout.fillWidth: true
        heading: qsTr("Communication")
        lines: card.person.communicationNeeds
        emptyText: qsTr("No particular needs recorded")
    }
    GrabSheetList {
        Layout.fillWidth: true
        visible: card.person.riskFlags.length > 0
        heading: qsTr("Risks")
        lines: card.person.riskFlags
    }
}
