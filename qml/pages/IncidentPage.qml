// A quick incident report: what happened and how serious, what you did, and whom you told. Phone
// the office first; this written report follows (within 12 hours).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit

    objectName: "incidentPage"
    title: qsTr("Report an incident")
    subtitle: page.visit.personName
    actions: CrButton {
        objectName: "incidentBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the visit")
        onClicked: page.StackView.view.pop()
    }

    Connections {
        target: page.visit
        function onSaved(kind) { if (kind === "incident") page.StackView.view.pop() }
    }

    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: qsTr("In an emergency call 999 first. Phone the office, then write it here.")
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("What happened") }
    CrChoices {
        id: kind
        objectName: "incidentKind"
        objectPrefix: "kind"
        Layout.fillWidth: true
        label: qsTr("What happened")
        model: page.visit.incidentKindChoices()
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("How serious") }
    CrChoices {
        id: severity
        objectName: "incidentSeverity"
        objectPrefix: "severity"
        Layout.fillWidth: true
        label: qsTr("How serious")
        model: page.visit.severityChoices()
    }
    CrTextArea {
        id: description
        objectName: "incidentDescription"
        Layout.fillWidth: true
        placeholderText: qsTr("What happened, in order")
        hasError: page.visit.errorField === "description"
    }
    CrTextArea {
        id: action
        objectName: "incidentAction"
        Layout.fillWidth: true
        placeholderText: qsTr("What you did")
        hasError: page.visit.errorField === "actionTaken"
    }
    CrTextField {
        id: reportedTo
        objectName: "incidentReportedTo"
        Layout.fillWidth: true
        text: qsTr("The office")
        placeholderText: qsTr("Whom you told")
        Accessible.name: qsTr("Whom you told")
        hasError: page.visit.errorField === "reportedTo"
    }
    CrChoices {
        id: method
        objectName: "incidentMethod"
        objectPrefix: "method"
        Layout.fillWidth: true
        label: qsTr("How you told them")
        current: "phone"
        model: page.visit.reportMethodChoices()
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.visit.errorMessage
    }
    CrButton {
        objectName: "saveIncident"
        Layout.fillWidth: true
        enabled: !page.visit.busy
        text: qsTr("Save the report")
        onClicked: page.visit.saveIncident(kind.current, severity.current, description.text,
                                           action.text, reportedTo.text, method.current)
    }
}
