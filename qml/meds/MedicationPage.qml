// The eMAR at a visit: the doses this visit gives, then the as-needed (PRN) medicines. Each card
// says what, how much, how, what support to give, when, and what is already recorded; "Record"
// opens the form. Everything is decided in MedicationController.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit
    required property MedicationController medication

    function openRecord(properties) {
        page.StackView.view.push(Qt.resolvedUrl("DoseRecordPage.qml"),
                                 Object.assign({ medication: page.medication }, properties))
    }

    objectName: "medicationPage"
    title: qsTr("Medication")
    subtitle: qsTr("%1 · %2").arg(page.visit.personName).arg(page.visit.timeRangeText)
    actions: CrButton {
        objectName: "medicationBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the visit")
        onClicked: page.StackView.view.pop()
    }

    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: {
            const allergies = page.visit.allergies
            let listed = ""
            for (let i = 0; i < allergies.length; ++i)
                listed += (i > 0 ? ", " : "") + allergies[i]
            return listed.length > 0 ? qsTr("Allergies: %1").arg(listed) : ""
        }
    }
    CrBanner {
        objectName: "medicationSaved"
        Layout.fillWidth: true
        tone: CrBanner.Success
        text: page.medication.savedMessage
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.medication.errorField === "" ? page.medication.errorMessage : ""
    }
    CrLabel {
        Layout.fillWidth: true
        visible: !page.medication.canRecord
        color: Theme.textMuted
        text: qsTr("Check in to record medication.")
    }
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Heading
        text: qsTr("Due at this visit")
    }
    CrLabel {
        Layout.fillWidth: true
        visible: page.medication.doses.count === 0
        text: qsTr("No set doses are due at this visit.")
    }
    Repeater {
        model: page.medication.doses
        delegate: DoseCard {
            Layout.fillWidth: true
            medication: page.medication
            onRecord: (properties) => page.openRecord(properties)
        }
    }
    CrLabel {
        Layout.fillWidth: true
        visible: page.medication.asNeeded.count > 0
        level: CrLabel.Heading
        text: qsTr("As needed (PRN)")
    }
    Repeater {
        model: page.medication.asNeeded
        delegate: DoseCard {
            Layout.fillWidth: true
            medication: page.medication
            onRecord: (properties) => page.openRecord(properties)
        }
    }
}
