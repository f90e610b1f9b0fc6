// The visit page's medication card: how many doses this visit gives and how many are recorded,
// a time-critical medicine with its window, what needs attention (two records for one dose, a
// dose past its window), and the way to the eMAR and the MAR chart.
import QtQuick
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property MedicationController medication
    required property VisitController visit

    signal open(string file, var properties)

    objectName: "medicationCard"
    title: qsTr("Medication")
    CrBusy {
        Layout.fillWidth: true
        running: card.medication.loading && !card.medication.loaded
        text: qsTr("Reading the medicines…")
    }
    CrLabel {
        objectName: "medicationSummary"
        Layout.fillWidth: true
        text: card.medication.summaryText
    }
    CrBanner {
        objectName: "medicationTimeCritical"
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: card.medication.timeCriticalText
    }
    CrBanner {
        objectName: "medicationAttention"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: card.medication.attentionText
    }
    CrButton {
        objectName: "openMedication"
        Layout.fillWidth: true
        visible: card.medication.hasOrders
        text: card.visit.canRecord ? qsTr("Record medication") : qsTr("See the medication")
        Accessible.name: qsTr("Open the medication for %1 (eMAR)").arg(card.visit.personName)
        onClicked: card.open("../meds/MedicationPage.qml", { medication: card.medication })
    }
    CrButton {
        objectName: "openMarChart"
        Layout.fillWidth: true
        kind: CrButton.Secondary
        visible: card.medication.hasOrders
        text: qsTr("MAR chart")
        Accessible.name: qsTr("Open the MAR chart of %1").arg(card.visit.personName)
        onClicked: card.open("../meds/MarChartPage.qml",
                             { session: card.visit.session, personId: card.visit.personId })
    }
}
