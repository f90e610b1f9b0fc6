// The person's grab sheet: what anyone must know at a glance (also for a paramedic) — DNACPR,
// allergies, communication needs, risks, key contacts and attorney.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property VisitController visit

    objectName: "grabSheet"
    title: qsTr("About %1").arg(card.visit.personName)

    CrBanner {
        objectName: "dnacpr"
        Layout.fillWidth: true
        tone: card.visit.dnacprInPlace ? CrBanner.Error : CrBanner.Info
        text: card.visit.dnacprText
    }
    GrabSheetList {
        objectName: "allergies"
        Layout.fillWidth: true
        heading: qsTr("Allergies")
        lines: card.visit.allergies
        emptyText: qsTr("None recorded")
        alert: card.visit.allergies.length > 0
    }
    GrabSheetList {
        Layout.fillWidth: true
        heading: qsTr("Communication")
        lines: card.visit.communicationNeeds
        emptyText: qsTr("No particular needs recorded")
    }
    GrabSheetList {
        Layout.fillWidth: true
        heading: qsTr("Risks")
        lines: card.visit.riskFlags
        emptyText: qsTr("None recorded")
    }
    GrabSheetList {
        Layout.fillWidth: true
        visible: card.visit.dietaryNeeds.length > 0
        heading: qsTr("Diet")
        lines: [card.visit.dietaryNeeds]
    }
    GrabSheetList {
        Layout.fillWidth: true
        heading: qsTr("Key contacts")
        lines: card.visit.keyContacts
        emptyText: qsTr("None recorded")
    }
    GrabSheetList {
        Layout.fillWidth: true
        visible: card.visit.attorneyText.length > 0
        heading: qsTr("Attorney or deputy")
        lines: [card.visit.attorneyText]
    }
}
