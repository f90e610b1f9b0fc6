// Recording one dose: what happened, from the fixed list in full words; a refusal's reason from
// core's short list; the reason, required for every outcome where it was not given (and for
// "Other" and "Partly taken"); for an as-needed dose given, the quantity within the prescription's
// dose rule and why it was needed (the indication); a note; the second worker's signature where the order needs one; and, when the
// dose already has a record, a deliberate "record it again". Errors appear next to their field.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property MedicationController medication
    required property int row
    required property bool prn
    required property string doseTitle
    required property string doseLine
    required property string timeText
    required property string supportText
    required property bool secondSignatureRequired
    required property string repeatWarning
    required property string prnText
    required property bool prnAllowed

    readonly property bool refusal: page.medication.isRefusal(outcome.current)
    readonly property bool prnGiven: page.prn && page.medication.isGivenOutcome(outcome.current)

    function save() {
        const code = page.refusal ? refusalReason.current : ""
        if (page.prn)
            page.medication.recordAsNeeded(page.row, outcome.current, dose.text, reason.text,
                                           note.text, secondSigned.checked, code)
        else
            page.medication.recordDose(page.row, outcome.current, reason.text, note.text,
                                       secondSigned.checked, recordAgain.checked, code)
    }

    objectName: "doseRecordPage"
    // The medicine's name can be long: it wraps in the page, not in the header.
    title: qsTr("Record a dose")
    subtitle: page.timeText
    actions: CrButton {
        objectName: "doseRecordBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the medication")
        onClicked: page.StackView.view.pop()
    }

    Component.onCompleted: page.medication.clearMessages()
    Connections {
        target: page.medication
        function onSaved(kind) {
            if (kind === "medication.administration")
                page.StackView.view.pop()
        }
    }

    CrLabel { objectName: "doseRecordTitle"; Layout.fillWidth: true; level: CrLabel.Title; text: page.doseTitle }
    CrLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: page.doseLine }
    CrLabel { Layout.fillWidth: true; text: page.supportText }
    CrBanner {
        objectName: "doseRepeatWarning"
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: page.prn ? "" : page.repeatWarning
    }
    CrBanner {
        Layout.fillWidth: true
        tone: page.prnAllowed ? CrBanner.Info : CrBanner.Warning
        text: page.prn ? page.prnText : ""
    }
    CrLabel { Layout.fillWidth: true; level: CrLabel.Title; text: qsTr("What happened") }
    CrChoices {
        id: outcome
        objectName: "doseOutcome"
        objectPrefix: "outcome"
        Layout.fillWidth: true
        label: qsTr("Outcome")
        model: page.medication.outcomeChoices()
    }
    FieldError { Layout.fillWidth: true; controller: page.medication; field: "outcome" }
    // A refusal: why, from the fixed list ("Other" needs words in the reason below).
    CrLabel {
        Layout.fillWidth: true
        visible: page.refusal
        font.weight: Font.DemiBold
        text: qsTr("Why was it refused?")
    }
    CrChoices {
        id: refusalReason
        objectName: "doseRefusalReason"
        objectPrefix: "refusalReason"
        Layout.fillWidth: true
        visible: page.refusal
        label: qsTr("Why it was refused")
        model: page.medication.refusalReasonChoices()
    }
    FieldError { Layout.fillWidth: true; controller: page.medication; field: "reasonCode" }
    // As needed and given: the quantity, within the prescription's dose rule.
    CrLabel {
        objectName: "prnQuantityLabel"
        Layout.fillWidth: true
        visible: page.prnGiven
        level: CrLabel.Small
        text: page.prn ? page.medication.prnQuantityPrompt(page.row) : ""
    }
    CrTextField {
        id: dose
        objectName: "prnDose"
        Layout.fillWidth: true
        visible: page.prnGiven
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: qsTr("Quantity given, e.g. 2")
        Accessible.name: qsTr("Quantity given")
        hasError: page.medication.errorField === "dose"
    }
    FieldError { Layout.fillWidth: true; controller: page.medication; field: "dose" }
    CrLabel {
        objectName: "doseReasonLabel"
        Layout.fillWidth: true
        level: CrLabel.Small
        text: page.prnGiven ? page.medication.prnReasonPrompt(page.row)
              : page.refusal ? qsTr("Say why in words (required for Other)")
              : page.medication.reasonPrompt(outcome.current).length > 0
                ? page.medication.reasonPrompt(outcome.current) : qsTr("Reason (optional)")
    }
    CrTextArea {
        id: reason
        objectName: "doseReason"
        Layout.fillWidth: true
        placeholderText: qsTr("Reason")
        Accessible.name: qsTr("Reason")
        hasError: page.medication.errorField === "reason"
    }
    FieldError { Layout.fillWidth: true; controller: page.medication; field: "reason" }
    CrTextField {
        id: note
        objectName: "doseNote"
        Layout.fillWidth: true
        placeholderText: qsTr("Note (optional)")
    }
    CrCheckBox {
        id: secondSigned
        objectName: "doseSecondSigned"
        Layout.fillWidth: true
        visible: page.secondSignatureRequired
        enabled: page.medication.secondSignerName.length > 0
        text: page.medication.secondSignerName.length > 0
              ? qsTr("%1 saw it given and signs as the second worker").arg(page.medication.secondSignerName)
              : qsTr("A second worker must sign, and this visit has only you")
    }
    FieldError { Layout.fillWidth: true; controller: page.medication; field: "secondSigner" }
    CrCheckBox {
        id: recordAgain
        objectName: "doseRecordAgain"
        Layout.fillWidth: true
        visible: !page.prn && page.repeatWarning.length > 0
        text: qsTr("I know it is already recorded: record it again")
    }
    FieldError { Layout.fillWidth: true; controller: page.medication; field: "recordAgain" }
    CrBanner {
        objectName: "prnRefused"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.medication.errorField === "prn" ? page.medication.errorMessage : ""
    }
    CrBanner {
        objectName: "doseError"
        Layout.fillWidth: true
        tone: CrBanner.Error
        // Errors of a field show under it (FieldError); the rest here.
        text: {
            const field = page.medication.errorField
            const underAField = field === "outcome" || field === "dose" || field === "reason"
                || field === "reasonCode"
                || field === "secondSigner" || field === "recordAgain" || field === "prn"
            return underAField ? "" : page.medication.errorMessage
        }
    }
    CrButton {
        objectName: "saveDose"
        Layout.fillWidth: true
        enabled: !page.medication.busy
        text: qsTr("Save")
        Accessible.name: qsTr("Save what happened with %1").arg(page.doseTitle)
        onClicked: page.save()
    }
}
