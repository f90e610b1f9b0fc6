// One visit: who and when, the status, check-in and check-out, the entry codes (only once checked
// in), the person's grab sheet, notes from the last visit, tasks, a note, and the rest of what a
// visit may need (money, incident, no access, history and corrections) on pages of their own.
// Everything is decided in VisitController; this page lays it out.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    required property string visitId
    property bool checkInOnOpen: false // the round's "Check in" button: check in once loaded

    function push(file, properties) {
        page.StackView.view.push(Qt.resolvedUrl(file), Object.assign({ visit: visit }, properties || {}))
    }

    objectName: "visitPage"
    title: visit.found ? visit.personName : qsTr("Visit")
    subtitle: visit.found ? qsTr("%1 · %2").arg(visit.timeRangeText).arg(visit.callTypeText) : ""
    actions: CrButton {
        objectName: "backToRound"
        kind: CrButton.Secondary
        text: qsTr("Round")
        Accessible.name: qsTr("Back to today's round")
        onClicked: page.StackView.view.pop()
    }

    VisitController {
        id: visit
        objectName: "visitController"
        session: page.session
        visitId: page.visitId
        location: LocationSettings
        onLoadFinished: {
            if (page.checkInOnOpen) {
                page.checkInOnOpen = false
                if (visit.canCheckIn)
                    visit.checkIn()
            }
        }
    }

    // Check-out opens the review when something is still open (CheckOutReviewPage).
    Connections {
        target: visit
        function onReviewChanged() {
            const view = page.StackView.view
            if (visit.reviewOpen && view && !view.find(p => p.objectName === "checkOutReviewPage"))
                page.push("CheckOutReviewPage.qml")
        }
    }

    // The eMAR (issue 6): one controller for the page's card and the medication pages it opens.
    MedicationController {
        id: medication
        objectName: "medicationController"
        visit: visit
    }

    CrBusy {
        Layout.fillWidth: true
        running: visit.loading && !visit.found
        text: qsTr("Opening the visit…")
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: !visit.loading && !visit.found && page.visitId.length > 0
              ? qsTr("This visit is not on this device. It may have been moved by the office; sync to get the latest rota.")
              : ""
    }

    RowLayout {
        Layout.fillWidth: true
        visible: visit.found
        spacing: Theme.spacing
        CrStatusChip {
            objectName: "visitStatusChip"
            text: visit.statusText
            tone: visit.statusTone
        }
        CrLabel {
            objectName: "visitStatusDetail"
            Layout.fillWidth: true
            text: visit.statusDetail
        }
    }
    CrLabel {
        Layout.fillWidth: true
        visible: visit.addressText.length > 0
        text: visit.addressText
    }
    CrBanner {
        objectName: "partnerBanner"
        Layout.fillWidth: true
        tone: visit.partnerCheckedIn ? CrBanner.Success : CrBanner.Info
        text: visit.partnerText
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: visit.cancelled ? visit.statusDetail : ""
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: visit.conflictText
    }
    CrBanner {
        objectName: "visitError"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: visit.errorMessage
    }
    CrBanner {
        objectName: "visitSaved"
        Layout.fillWidth: true
        tone: CrBanner.Success
        text: visit.savedMessage
    }
    CrBanner {
        objectName: "alertBanner"
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: visit.alertText
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Info
        text: visit.found && !visit.assigned ? qsTr("You are not on the rota for this visit: you can read it, not record on it.") : ""
    }

    VisitAlertsCard {
        Layout.fillWidth: true
        session: page.session
        personId: visit.personId
        visitId: page.visitId
    }
    VisitPresenceCard {
        Layout.fillWidth: true
        visible: visit.found && visit.assigned && !visit.cancelled
        visit: visit
    }
    FileReadCard {
        Layout.fillWidth: true
        visible: visit.fileReadNeeded
        visit: visit
    }
    EntryCodesCard {
        Layout.fillWidth: true
        visible: visit.found && visit.assigned && !visit.cancelled
        visit: visit
    }
    GrabSheetCard {
        Layout.fillWidth: true
        visible: visit.found
        visit: visit
    }
    HandoverNotesCard {
        Layout.fillWidth: true
        visible: visit.handoverNotes.count > 0
        visit: visit
    }
    CrSection {
        Layout.fillWidth: true
        visible: visit.instructions.length > 0
        title: qsTr("Instructions for this visit")
        CrLabel {
            Layout.fillWidth: true
            text: visit.instructions
        }
    }
    VisitMedicationCard {
        Layout.fillWidth: true
        visible: visit.found
        medication: medication
        visit: visit
        onOpen: (file, properties) => page.push(file, properties)
    }
    VisitGoalsCard {
        Layout.fillWidth: true
        visible: visit.found
        visit: visit
        onOpen: (file, properties) => page.push(file, properties)
    }
    VisitTasksCard {
        Layout.fillWidth: true
        visible: visit.found && visit.tasks.count > 0
        visit: visit
    }
    VisitNoteCard {
        Layout.fillWidth: true
        visible: visit.found && visit.assigned
        visit: visit
    }
    VisitMoreCard {
        Layout.fillWidth: true
        visible: visit.found
        visit: visit
        onOpen: (file) => page.push(file)
    }
    // The person's file (communication book, incidents) and, for a supervisor, a spot check of
    // the worker at this visit.
    CrButton {
        objectName: "openPersonFile"
        Layout.fillWidth: true
        visible: visit.found
        kind: CrButton.Secondary
        text: qsTr("%1's file: communication book, incidents").arg(visit.personName)
        onClicked: page.StackView.view.push(Qt.resolvedUrl("PersonPage.qml"),
                                            { session: page.session, personId: visit.personId })
    }
    CrButton {
        objectName: "startSpotCheck"
        Layout.fillWidth: true
        visible: visit.found && !visit.cancelled && page.session.userRole === "supervisor"
        kind: CrButton.Secondary
        text: qsTr("Spot check at this visit")
        onClicked: page.StackView.view.push(Qt.resolvedUrl("../spotcheck/SpotCheckPage.qml"),
                                            { session: page.session, visitId: page.visitId })
    }
    CrButton {
        objectName: "checkOutButtonBottom"
        Layout.fillWidth: true
        visible: visit.canCheckOut
        text: qsTr("Check out")
        Accessible.name: qsTr("Check out of %1's visit").arg(visit.personName)
        onClicked: visit.checkOut()
    }
}
