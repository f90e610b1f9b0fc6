// A person's file: who they are (a grab-sheet summary), the alerts this phone holds about them,
// the communication book and their incidents and concerns. The page is a list of sections, each
// its own component bound to the page's PersonController; more sections (medication, care plan,
// goals) are added to the list below.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    required property string personId

    function open(file, properties) {
        page.StackView.view.push(Qt.resolvedUrl(file),
                                 Object.assign({ person: person }, properties || {}))
    }

    objectName: "personPage"
    title: person.personName.length > 0 ? person.personName : qsTr("Person")
    subtitle: person.fullName !== person.personName ? person.fullName : ""
    actions: CrButton {
        objectName: "personBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back")
        onClicked: page.StackView.view.pop()
    }

    PersonController {
        id: person
        objectName: "personController"
        session: page.session
        personId: page.personId
    }

    CrBusy {
        Layout.fillWidth: true
        running: person.loading && !person.loaded
        text: qsTr("Opening the file…")
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: person.loaded && !person.found
              ? qsTr("Nothing about this person is on this phone. Sync to get the latest.") : ""
    }
    CrBanner {
        objectName: "personSaved"
        Layout.fillWidth: true
        tone: CrBanner.Success
        text: person.savedMessage
    }

    // The sections of the file, in order.
    PersonSummaryCard {
        Layout.fillWidth: true
        visible: person.found && !person.isFamily
        person: person
    }
    AlertsSection {
        Layout.fillWidth: true
        visible: person.alerts.count > 0
        person: person
    }
    CommbookSection {
        Layout.fillWidth: true
        visible: person.loaded
        person: person
        onOpen: (file, properties) => page.open(file, properties)
    }
    IncidentsSection {
        Layout.fillWidth: true
        visible: person.loaded && person.canReportIncident
        person: person
        onReport: page.StackView.view.push(Qt.resolvedUrl("IncidentPage.qml"),
                                           { session: page.session, personId: page.personId,
                                             personName: person.personName })
    }
}
