// Report an incident or concern — from a visit (`visit`) or from a person's page (`session`,
// `personId`, `personName`): what happened and how serious, when, what was done and who was told.
// Phone the office first; this written report must reach the office within 12 hours, and saving
// it alerts the office once the phone sends it. Nothing on the form can hold back a safeguarding
// concern. The rules are IncidentForm's.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    property VisitController visit: null
    property AppSession session: page.visit ? page.visit.session : null
    property string personId: ""
    property string personName: page.visit ? page.visit.personName : ""
    property int toldRows: 1

    objectName: "incidentPage"
    title: qsTr("Report an incident")
    subtitle: page.personName
    actions: CrButton {
        objectName: "incidentBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: page.visit ? qsTr("Back to the visit") : qsTr("Back to the person's file")
        onClicked: page.StackView.view.pop()
    }

    IncidentForm {
        id: form
        objectName: "incidentForm"
        session: page.session
        visitId: page.visit ? page.visit.visitId : ""
        personId: page.visit ? "" : page.personId
        onSaved: page.StackView.view.pop()
    }

    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: qsTr("In an emergency call 999 first. Phone the office, then write it here.")
    }
    CrBanner {
        objectName: "incidentNotAllowed"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: form.notAllowedText
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("What happened") }
    CrChoices {
        id: kind
        objectName: "incidentKind"
        objectPrefix: "kind"
        Layout.fillWidth: true
        label: qsTr("What happened")
        model: form.kindChoices()
    }
    CrBanner {
        objectName: "safeguardingNote"
        Layout.fillWidth: true
        tone: CrBanner.Info
        text: kind.current === "safeguarding" ? form.safeguardingText : ""
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("How serious") }
    CrChoices {
        id: severity
        objectName: "incidentSeverity"
        objectPrefix: "severity"
        Layout.fillWidth: true
        label: qsTr("How serious")
        model: form.severityChoices()
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("When it happened") }
    CrChoices {
        id: day
        objectName: "incidentDay"
        objectPrefix: "day"
        Layout.fillWidth: true
        label: qsTr("When it happened")
        current: "today"
        model: form.dayChoices()
    }
    CrTextField {
        id: time
        objectName: "incidentTime"
        Layout.fillWidth: true
        placeholderText: day.current === "today" ? qsTr("Time, e.g. 09:30 (empty: now)") : qsTr("Time, e.g. 21:30")
        inputMethodHints: Qt.ImhPreferNumbers
        hasError: form.errorField === "occurredAt"
    }
    CrLabel {
        objectName: "writtenDue"
        Layout.fillWidth: true
        color: Theme.textMuted
        text: form.writtenDueText(day.current, time.text)
    }
    CrTextArea {
        id: description
        objectName: "incidentDescription"
        Layout.fillWidth: true
        placeholderText: qsTr("What happened, in order")
        hasError: form.errorField === "description"
    }
    CrTextArea {
        id: action
        objectName: "incidentAction"
        Layout.fillWidth: true
        placeholderText: qsTr("What was done")
        hasError: form.errorField === "actionTaken"
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        text: qsTr("Who was told: the office by phone first, then anyone else (family, GP, police)")
    }
    Repeater {
        id: told
        model: page.toldRows
        delegate: IncidentToldRow {
            Layout.fillWidth: true
            form: form
            initialWho: index === 0 ? qsTr("The office") : ""
            initialHow: index === 0 ? "phone" : ""
        }
    }
    CrButton {
        objectName: "addTold"
        Layout.fillWidth: true
        visible: page.toldRows < 4
        kind: CrButton.Quiet
        text: qsTr("Add someone else who was told")
        onClicked: page.toldRows += 1
    }
    CrBanner {
        objectName: "incidentOfficeNote"
        Layout.fillWidth: true
        tone: CrBanner.Info
        text: form.officeText
    }
    CrBanner {
        objectName: "incidentError"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: form.errorMessage
    }
    CrButton {
        objectName: "saveIncident"
        Layout.fillWidth: true
        enabled: !form.busy && form.ready && form.allowed
        text: qsTr("Save the report")
        onClicked: {
            const reports = []
            for (let i = 0; i < told.count; ++i)
                reports.push(told.itemAt(i).value())
            form.save(kind.current, severity.current, day.current, time.text, description.text,
                      action.text, reports)
        }
    }
}
