// One medicine on the eMAR: name, strength and form; dose and route; the support to give; when
// (the window, a time-critical flag, a clock change); instructions; what is recorded already, a
// conflict; for an as-needed medicine its protocol and whether a dose can be given now, and the
// effect of the last dose to follow up. "Record" opens the form with this row.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrSection {
    id: card

    required property MedicationController medication
    required property int index
    required property string title
    required property string doseLine
    required property string supportText
    required property string instructions
    required property string timeText
    required property string timeCriticalText
    required property string clockChangeText
    required property string secondSignatureText
    required property bool secondSignatureRequired
    required property bool recorded
    required property string recordedText
    required property string repeatWarning
    required property bool conflict
    required property string conflictText
    required property string statusText
    required property int statusTone
    required property bool prn
    required property var protocol
    required property bool prnAllowed
    required property string prnText
    required property string followUpRecordId
    required property string followUpText

    signal record(var properties)

    objectName: (card.prn ? "prnCard_" : "doseCard_") + card.index
    Accessible.name: card.title

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        CrLabel {
            objectName: "doseTitle"
            Layout.fillWidth: true
            level: CrLabel.Title
            text: card.title
        }
        CrStatusChip {
            objectName: "doseStatus"
            Layout.alignment: Qt.AlignTop
            text: card.statusText
            tone: card.statusTone
        }
    }
    CrLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: card.doseLine }
    CrLabel { objectName: "doseTime"; Layout.fillWidth: true; text: card.timeText }
    CrLabel { Layout.fillWidth: true; text: card.supportText }
    CrBanner {
        objectName: "doseTimeCritical"
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: card.timeCriticalText
    }
    CrBanner {
        objectName: "doseClockChange"
        Layout.fillWidth: true
        tone: CrBanner.Info
        text: card.clockChangeText
    }
    CrLabel {
        Layout.fillWidth: true
        visible: card.instructions.length > 0
        text: qsTr("Instructions: %1").arg(card.instructions)
    }
    Repeater {
        model: card.protocol
        delegate: CrLabel {
            id: protocolLine
            required property string modelData
            Layout.fillWidth: true
            level: CrLabel.Small
            text: protocolLine.modelData
        }
    }
    CrLabel {
        Layout.fillWidth: true
        visible: card.secondSignatureRequired
        level: CrLabel.Small
        font.weight: Font.DemiBold
        text: card.secondSignatureText
    }
    CrBanner {
        objectName: "prnDecision"
        Layout.fillWidth: true
        tone: card.prnAllowed ? CrBanner.Info : CrBanner.Warning
        text: card.prn ? card.prnText : ""
    }
    CrLabel {
        objectName: "doseRecorded"
        Layout.fillWidth: true
        visible: card.recordedText.length > 0
        color: Theme.onSuccessSurface
        font.weight: Font.DemiBold
        text: card.recordedText
    }
    CrBanner {
        objectName: "doseConflict"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: card.conflictText
    }
    CrLabel {
        objectName: "prnFollowUp"
        Layout.fillWidth: true
        visible: card.followUpText.length > 0
        font.weight: Font.DemiBold
        text: card.followUpText
    }
    RowLayout {
        Layout.fillWidth: true
        visible: card.followUpRecordId.length > 0 && card.medication.canRecord
        spacing: Theme.spacingSmall
        Repeater {
            model: card.medication.prnEffectChoices()
            delegate: CrButton {
                id: effectButton
                required property var modelData
                objectName: "prnEffect_" + modelData.code
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                kind: CrButton.Secondary
                text: modelData.text
                Accessible.name: qsTr("%1: the last dose was %2").arg(card.title).arg(effectButton.modelData.text)
                onClicked: card.medication.recordPrnEffect(card.index, effectButton.modelData.code, "")
            }
        }
    }
    CrButton {
        objectName: "recordDose"
        Layout.fillWidth: true
        visible: card.medication.canRecord
        kind: card.recorded && !card.prn ? CrButton.Secondary : CrButton.Primary
        text: card.prn ? qsTr("Record a dose") : (card.recorded ? qsTr("Record again") : qsTr("Record"))
        Accessible.name: qsTr("Record %1 %2").arg(card.title).arg(card.timeText)
        onClicked: card.record({ row: card.index, prn: card.prn, doseTitle: card.title,
                                 doseLine: card.doseLine, timeText: card.timeText,
                                 supportText: card.supportText,
                                 secondSignatureRequired: card.secondSignatureRequired,
                                 repeatWarning: card.repeatWarning, prnText: card.prnText,
                                 prnAllowed: card.prnAllowed })
    }
}
