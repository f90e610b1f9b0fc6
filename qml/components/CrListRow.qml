// One row of a list: a leading time, a title and a detail line, on a card that is at least a
// touch target tall. Tapping emits `clicked`.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

ItemDelegate {
    id: row

    property string leading: ""
    property string title: ""
    property string detail: ""

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    Accessible.name: {
        let name = title
        if (leading.length > 0)
            name = leading + ", " + name
        if (detail.length > 0)
            name += ", " + detail
        return name
    }

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.secondary : Theme.surface
        border.width: row.visualFocus ? Theme.focusWidth : 1
        border.color: row.visualFocus ? Theme.focus : Theme.secondaryPressed
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            visible: row.leading.length > 0
            text: row.leading
            color: Theme.text
            font.pixelSize: Theme.bodyPixelSize
            font.weight: Font.DemiBold
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.bodyPixelSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                color: Theme.textMuted
                font.pixelSize: Theme.smallPixelSize
                wrapMode: Text.Wrap
            }
        }
    }
}
