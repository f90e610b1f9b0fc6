// One visit on the round: time, person, status in words, address, call type and length, the other
// worker of a double-handed call, and allergies. Tapping opens the visit; the next visit to make
// also has a big "Check in" button that opens it and checks in straight away.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

ItemDelegate {
    id: card

    required property string visitId
    required property string personName
    required property string fullName
    required property string address
    required property string startTime
    required property string timeRange
    required property string length
    required property string callType
    required property string partnerText
    required property string status
    required property string statusText
    required property string statusDetail
    required property int statusTone
    required property bool isNext
    required property string allergyText
    required property string timeCriticalText
    required property string reablementText

    signal opened(string visitId, bool checkIn)

    readonly property bool offerCheckIn: isNext
        && (status === "upcoming" || status === "due" || status === "late")

    objectName: "visitCard_" + visitId
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    Accessible.name: {
        const parts = [startTime, personName, statusText, address, callType, length, partnerText,
                       timeCriticalText, reablementText, statusDetail]
        return parts.filter(part => part.length > 0).join(", ")
    }
    onClicked: card.opened(card.visitId, false)

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.secondary : Theme.surface
        border.width: card.visualFocus ? Theme.focusWidth : (card.isNext ? 2 : 1)
        border.color: card.visualFocus ? Theme.focus
                    : card.isNext ? Theme.primary : Theme.secondaryPressed
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: card.startTime
                color: Theme.text
                font.pixelSize: Theme.titlePixelSize
                font.weight: Font.DemiBold
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: card.personName
                    color: Theme.text
                    font.pixelSize: Theme.titlePixelSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.fullName.length > 0 && card.fullName !== card.personName
                    text: card.fullName
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallPixelSize
                    wrapMode: Text.Wrap
                }
            }
            CrStatusChip {
                objectName: "visitStatus"
                Layout.alignment: Qt.AlignTop
                text: card.statusText
                tone: card.statusTone
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.address.length > 0
            text: card.address
            color: Theme.text
            font.pixelSize: Theme.bodyPixelSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            //: the kind of call, its planned times and its length, e.g. "Morning call · 08:00 to 08:45 · 45 minutes"
            text: qsTr("%1 · %2 · %3").arg(card.callType).arg(card.timeRange).arg(card.length)
            color: Theme.textMuted
            font.pixelSize: Theme.smallPixelSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.partnerText.length > 0
            text: card.partnerText
            color: Theme.text
            font.pixelSize: Theme.smallPixelSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.allergyText.length > 0
            text: card.allergyText
            color: Theme.onErrorSurface
            font.pixelSize: Theme.smallPixelSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "roundTimeCritical"
            Layout.fillWidth: true
            visible: card.timeCriticalText.length > 0
            text: card.timeCriticalText
            color: Theme.onWarningSurface
            font.pixelSize: Theme.smallPixelSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "roundReablement"
            Layout.fillWidth: true
            visible: card.reablementText.length > 0
            text: card.reablementText
            color: Theme.onInfoSurface
            font.pixelSize: Theme.smallPixelSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "visitStatusDetail"
            Layout.fillWidth: true
            visible: card.statusDetail.length > 0
            text: card.statusDetail
            color: Theme.text
            font.pixelSize: Theme.smallPixelSize
            wrapMode: Text.Wrap
        }
        CrButton {
            objectName: "roundCheckIn"
            Layout.fillWidth: true
            visible: card.offerCheckIn
            text: qsTr("Check in at %1's").arg(card.personName)
            Accessible.name: qsTr("Check in at %1's visit at %2").arg(card.personName).arg(card.startTime)
            onClicked: card.opened(card.visitId, true)
        }
    }
}
