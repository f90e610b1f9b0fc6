// The person's incidents and concerns on this phone, newest first, each saying whether the office
// has it yet; and the way to report a new one.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property PersonController person
    signal report()

    objectName: "incidentsSection"
    title: qsTr("Incidents and concerns")

    CrButton {
        objectName: "reportIncident"
        Layout.fillWidth: true
        kind: CrButton.Secondary
        text: qsTr("Report an incident or concern")
        onClicked: card.report()
    }
    CrLabel {
        Layout.fillWidth: true
        visible: card.person.incidents.count === 0
        color: Theme.textMuted
        text: qsTr("None on this phone.")
    }
    Repeater {
        model: card.person.incidents
        delegate: ColumnLayout {
            id: incident
            required property int index
            required property string title
            required property string whenText
            required property string description
            required property string actionTaken
            required property string toldText
            required property string byText
            required property string officeText
            required property bool pending
            objectName: "incident_" + index
            Layout.fillWidth: true
            spacing: 2
            CrLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: incident.title }
            CrLabel { Layout.fillWidth: true; level: CrLabel.Small; color: Theme.textMuted
                      text: incident.whenText + " · " + incident.byText }
            CrLabel { Layout.fillWidth: true; text: incident.description }
            CrLabel { Layout.fillWidth: true; text: qsTr("Done: %1").arg(incident.actionTaken) }
            CrLabel { Layout.fillWidth: true; level: CrLabel.Small; visible: incident.toldText.length > 0
                      text: incident.toldText }
            CrBanner {
                objectName: "incidentOffice"
                Layout.fillWidth: true
                tone: incident.pending ? CrBanner.Warning : CrBanner.Success
                text: incident.officeText
            }
        }
    }
}
