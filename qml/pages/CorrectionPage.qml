// Correct or withdraw one of your entries. The original is never changed: a correction is saved
// as a new entry with your reason, and both stay in the history.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit
    required property string recordId
    required property string entryType
    required property string entryTitle
    required property string entryDetail
    required property var fields
    required property string currentNote
    required property string currentOutcome

    readonly property bool canEditNote: page.fields.indexOf("note") >= 0
                                        || page.fields.indexOf("description") >= 0
    readonly property string noteField: page.fields.indexOf("note") >= 0 ? "note" : "description"

    function changes() {
        const out = {}
        if (page.canEditNote && noteText.text !== page.currentNote)
            out[page.noteField] = noteText.text
        if (page.fields.indexOf("outcome") >= 0 && outcome.current !== page.currentOutcome)
            out.outcome = outcome.current
        if (page.fields.indexOf("amount") >= 0 && amount.text.length > 0)
            out.amount = amount.text
        return out
    }

    objectName: "correctionPage"
    title: qsTr("Correct an entry")
    subtitle: page.entryTitle
    actions: CrButton {
        objectName: "correctionBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the history")
        onClicked: page.StackView.view.pop()
    }

    Connections {
        target: page.visit
        function onSaved(kind) { if (kind === "amendment") page.StackView.view.pop() }
    }

    CrSection {
        Layout.fillWidth: true
        title: qsTr("As recorded")
        CrLabel { Layout.fillWidth: true; text: page.entryDetail }
    }
    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Say why it needs correcting, for example: wrong person, or pressed the wrong button.")
    }
    CrTextField {
        id: reason
        objectName: "correctionReason"
        Layout.fillWidth: true
        placeholderText: qsTr("Reason (required)")
        Accessible.name: qsTr("Reason for the correction")
        hasError: page.visit.errorField === "reason"
    }
    CrChoices {
        id: outcome
        objectName: "correctionOutcome"
        objectPrefix: "outcome"
        Layout.fillWidth: true
        visible: page.fields.indexOf("outcome") >= 0
        label: qsTr("Outcome")
        current: page.currentOutcome
        model: [{ code: "done", text: qsTr("Done") }, { code: "refused", text: qsTr("Refused") },
                { code: "not_needed", text: qsTr("Not needed") }]
    }
    CrTextField {
        id: amount
        objectName: "correctionAmount"
        Layout.fillWidth: true
        visible: page.fields.indexOf("amount") >= 0
        placeholderText: qsTr("Correct amount in pounds, if it was wrong")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        hasError: page.visit.errorField === "amount"
    }
    CrTextArea {
        id: noteText
        objectName: "correctionText"
        Layout.fillWidth: true
        visible: page.canEditNote
        text: page.currentNote
        placeholderText: page.noteField === "description" ? qsTr("What happened")
                       : page.entryType === "visit.note" ? qsTr("What the note should say")
                       : qsTr("Note")
        hasError: page.visit.errorField === page.noteField
    }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.visit.errorMessage
    }
    CrButton {
        objectName: "saveCorrection"
        Layout.fillWidth: true
        visible: page.fields.length > 0
        enabled: !page.visit.busy
        text: qsTr("Save correction")
        onClicked: page.visit.correctEntry(page.recordId, reason.text, page.changes())
    }
    CrButton {
        objectName: "withdrawEntry"
        Layout.fillWidth: true
        kind: CrButton.Danger
        enabled: !page.visit.busy
        text: qsTr("Withdraw: entered in error")
        onClicked: page.visit.withdrawEntry(page.recordId, reason.text)
    }
}
