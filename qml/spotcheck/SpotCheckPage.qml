// A supervisor's spot check of a worker at a visit: the person's consent first (a refusal is
// recorded with its reason, and nothing is observed), then the checklist, the outcome and the
// actions with due dates. The worker acknowledges it on their own phone. Rules: SpotCheckForm.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    required property string visitId
    property string workerUserId: ""

    objectName: "spotCheckPage"
    title: qsTr("Spot check")
    subtitle: form.found ? qsTr("%1 at %2's visit").arg(form.workerName).arg(form.personName) : ""
    actions: CrButton {
        objectName: "spotCheckBack"
        kind: CrButton.Secondary
        text: form.done ? qsTr("Done") : qsTr("Back")
        Accessible.name: form.done ? qsTr("Done") : qsTr("Back without saving")
        onClicked: page.StackView.view.pop()
    }

    SpotCheckForm {
        id: form
        objectName: "spotCheckForm"
        session: page.session
        visitId: page.visitId
        workerUserId: page.workerUserId
    }

    CrBanner {
        objectName: "spotCheckNotAllowed"
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: form.ready ? form.notAllowedText : ""
    }
    CrBanner {
        objectName: "spotCheckSaved"
        Layout.fillWidth: true
        tone: CrBanner.Success
        text: form.savedMessage
    }
    CrLabel {
        Layout.fillWidth: true
        visible: form.found
        color: Theme.textMuted
        text: form.visitText
    }
    CrChoices {
        objectName: "spotCheckWorker"
        objectPrefix: "worker"
        Layout.fillWidth: true
        visible: form.workerChoices.length > 1
        label: qsTr("Worker observed")
        current: form.workerUserId
        model: form.workerChoices
        onCurrentChanged: form.workerUserId = current
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: form.found && form.notAllowedText.length === 0 && !form.done
        spacing: Theme.spacing

        CrSection {
            Layout.fillWidth: true
            title: qsTr("1. %1's consent").arg(form.personName)
            CrLabel {
                Layout.fillWidth: true
                text: qsTr("Ask %1 whether they agree to you watching %2 at this visit. If they do not, write down why: nothing is observed, and it does not count as %2's yearly observation.").arg(form.personName).arg(form.workerName)
            }
            CrChoices {
                objectName: "spotCheckConsent"
                objectPrefix: "consent"
                Layout.fillWidth: true
                label: qsTr("Consent")
                current: form.consent
                model: form.consentChoices()
                onCurrentChanged: form.setConsent(current)
            }
            CrTextArea {
                objectName: "refusalReason"
                Layout.fillWidth: true
                visible: form.consent === "refused"
                placeholderText: qsTr("Why they did not agree (required)")
                hasError: form.errorField === "refusalReason"
                onTextChanged: form.refusalReason = text
            }
        }

        CrSection {
            objectName: "checklistSection"
            Layout.fillWidth: true
            visible: form.consent === "given"
            title: qsTr("2. Checklist")
            CrLabel { Layout.fillWidth: true; level: CrLabel.Small; color: Theme.textMuted; text: form.progressText }
            Repeater {
                model: form.items
                delegate: SpotCheckItemRow {
                    Layout.fillWidth: true
                    form: form
                }
            }
        }

        CrSection {
            Layout.fillWidth: true
            visible: form.consent === "given"
            title: qsTr("3. Overall outcome")
            CrChoices {
                objectName: "spotCheckOutcome"
                objectPrefix: "outcome"
                Layout.fillWidth: true
                label: qsTr("Overall outcome")
                current: form.outcome
                model: form.outcomeChoices()
                onCurrentChanged: form.outcome = current
            }
        }

        CrSection {
            objectName: "actionsSection"
            Layout.fillWidth: true
            visible: form.consent === "given"
            title: form.anyNotMet ? qsTr("4. Actions (required: something was not met)") : qsTr("4. Actions (if any)")
            Repeater {
                model: form.actions
                delegate: SpotCheckActionRow {
                    Layout.fillWidth: true
                    form: form
                }
            }
            CrButton {
                objectName: "addAction"
                Layout.fillWidth: true
                kind: CrButton.Secondary
                text: qsTr("Add another action")
                onClicked: form.addAction()
            }
        }

        CrBanner {
            objectName: "spotCheckError"
            Layout.fillWidth: true
            tone: CrBanner.Error
            text: form.errorMessage
        }
        CrButton {
            objectName: "saveSpotCheck"
            Layout.fillWidth: true
            visible: form.consent.length > 0
            enabled: !form.busy
            text: form.consent === "refused" ? qsTr("Save the refusal") : qsTr("Save the spot check")
            onClicked: form.save()
        }
    }
}
