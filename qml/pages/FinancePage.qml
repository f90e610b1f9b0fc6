// Money handled for the person (shopping, bills): the amount, what it was for, and whether the
// person confirmed it. Without their confirmation, a note says why.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit

    objectName: "financePage"
    title: qsTr("Money handled")
    subtitle: page.visit.personName
    actions: CrButton {
        objectName: "financeBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the visit")
        onClicked: page.StackView.view.pop()
    }

    Connections {
        target: page.visit
        function onSaved(kind) { if (kind === "visit.finance") page.StackView.view.pop() }
    }

    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("Amount in pounds") }
    CrTextField {
        id: amount
        objectName: "financeAmount"
        Layout.fillWidth: true
        placeholderText: qsTr("For example 12.50")
        Accessible.name: qsTr("Amount in pounds")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        hasError: page.visit.errorField === "amount"
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Small; text: qsTr("What it was for") }
    CrTextField {
        id: purpose
        objectName: "financePurpose"
        Layout.fillWidth: true
        placeholderText: qsTr("For example shopping at the village shop")
        Accessible.name: qsTr("What the money was for")
        hasError: page.visit.errorField === "purpose"
    }
    CrCheckBox {
        id: confirmed
        objectName: "financeConfirmed"
        Layout.fillWidth: true
        text: qsTr("%1 has checked and confirmed it").arg(page.visit.personName)
    }
    CrCheckBox {
        id: receipt
        objectName: "financeReceipt"
        Layout.fillWidth: true
        text: qsTr("Receipt kept")
    }
    CrTextArea {
        id: note
        objectName: "financeNote"
        Layout.fillWidth: true
        placeholderText: confirmed.checked ? qsTr("Note (optional)")
                                           : qsTr("Why the person could not confirm it")
        hasError: page.visit.errorField === "note"
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.visit.errorMessage
    }
    CrButton {
        objectName: "saveFinance"
        Layout.fillWidth: true
        enabled: !page.visit.busy
        text: qsTr("Save")
        Accessible.name: qsTr("Save money handled")
        onClicked: page.visit.saveFinance(amount.text, purpose.text, confirmed.checked,
                                          receipt.checked, note.text)
    }
}
