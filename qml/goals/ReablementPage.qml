// The reablement episode and the summary a therapist reads before a review: dates and days left
// (six weeks at most), the therapist, reviews done and the next one due, hours used against
// planned, the exit outcome, and each goal's first and latest score against baseline and target.
// The therapist records a review here and can move the planned end (six weeks at most).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    required property string personId
    property VisitController visit: null

    objectName: "reablementPage"
    title: qsTr("Reablement")
    subtitle: page.visit ? page.visit.personName : ""
    actions: CrButton {
        objectName: "reablementBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        onClicked: page.StackView.view.pop()
    }

    ReablementController {
        id: reablement
        objectName: "reablementController"
        session: page.session
        personId: page.personId
        visit: page.visit
    }

    CrBusy { Layout.fillWidth: true; running: reablement.loading && !reablement.loaded; text: qsTr("Reading the episode…") }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: reablement.loaded && !reablement.hasEpisode ? qsTr("No reablement episode is on this phone.") : reablement.errorText
    }
    CrBanner { objectName: "reablementSaved"; Layout.fillWidth: true; tone: CrBanner.Success; text: reablement.savedMessage }
    CrSection {
        Layout.fillWidth: true
        visible: reablement.hasEpisode
        title: qsTr("Episode")
        CrLabel { objectName: "reablementDaysLeft"; Layout.fillWidth: true; level: CrLabel.Title; text: reablement.daysLeftText }
        CrLabel { Layout.fillWidth: true; text: reablement.weekText }
        CrLabel { Layout.fillWidth: true; text: qsTr("Started: %1").arg(reablement.startText) }
        CrLabel { Layout.fillWidth: true; text: qsTr("Left hospital: %1").arg(reablement.dischargeText) }
        CrLabel { Layout.fillWidth: true; text: qsTr("Planned end: %1").arg(reablement.plannedEndText) }
        CrLabel { Layout.fillWidth: true; text: qsTr("Therapist: %1").arg(reablement.therapistText) }
        CrLabel { objectName: "reablementHours"; Layout.fillWidth: true; text: reablement.hoursText }
        CrLabel { Layout.fillWidth: true; visible: reablement.exitText.length > 0; font.weight: Font.DemiBold; text: qsTr("Outcome: %1").arg(reablement.exitText) }
    }
    CrSection {
        Layout.fillWidth: true
        visible: reablement.hasEpisode
        title: qsTr("Reviews")
        CrBanner {
            objectName: "nextReview"
            Layout.fillWidth: true
            tone: reablement.reviewOverdue ? CrBanner.Warning : CrBanner.Info
            text: reablement.nextReviewText
        }
        Repeater {
            model: reablement.reviewLines
            delegate: CrLabel { required property string modelData; Layout.fillWidth: true; text: "\u2022 " + modelData }
        }
        CrButton {
            objectName: "openReview"
            Layout.fillWidth: true
            visible: reablement.isTherapist
            text: qsTr("Record a review")
            onClicked: page.StackView.view.push(Qt.resolvedUrl("ReviewPage.qml"), { reablement: reablement })
        }
    }
    CrLabel { Layout.fillWidth: true; visible: reablement.goals.count > 0; level: CrLabel.Heading; text: qsTr("Goals being worked towards") }
    Repeater {
        model: reablement.goals
        delegate: GoalCard { Layout.fillWidth: true }
    }
    CrSection {
        Layout.fillWidth: true
        visible: reablement.isTherapist && reablement.hasEpisode
        title: qsTr("Change the planned end")
        CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("Reablement lasts at most 6 weeks from the start.") }
        CrTextField {
            id: plannedEnd
            objectName: "plannedEndField"
            Layout.fillWidth: true
            text: reablement.plannedEndDate
            placeholderText: qsTr("New planned end, for example 12/01/2027")
            hasError: reablement.errorField === "plannedEndDate"
        }
        FieldError { Layout.fillWidth: true; controller: reablement; field: "plannedEndDate" }
        CrTextField {
            id: endReason
            objectName: "plannedEndReason"
            Layout.fillWidth: true
            placeholderText: qsTr("Why it changes (required)")
            hasError: reablement.errorField === "reason"
        }
        FieldError { Layout.fillWidth: true; controller: reablement; field: "reason" }
        CrButton {
            objectName: "savePlannedEnd"
            Layout.fillWidth: true
            kind: CrButton.Secondary
            enabled: !reablement.busy
            text: qsTr("Save the new planned end")
            onClicked: reablement.changePlannedEnd(plannedEnd.text, endReason.text)
        }
    }
}
