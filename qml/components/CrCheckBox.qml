// A check box with a large box and a wrapping label; the whole row is the touch target.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

CheckBox {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.bodyPixelSize
    spacing: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.name: text

    indicator: Rectangle {
        implicitWidth: Math.round(Theme.touchTarget * 0.6)
        implicitHeight: implicitWidth
        x: control.leftPadding
        y: (control.height - height) / 2
        radius: 4
        color: control.checked ? Theme.primary : Theme.surface
        border.width: control.visualFocus ? Theme.focusWidth : 2
        border.color: control.visualFocus ? Theme.focus : Theme.border
        Text {
            anchors.centerIn: parent
            visible: control.checked
            text: "\u2713"
            color: Theme.onPrimary
            font.pixelSize: Theme.bodyPixelSize
            font.weight: Font.Bold
        }
    }
    contentItem: Text {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
