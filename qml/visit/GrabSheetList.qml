// One part of the grab sheet: a small heading and its lines, or a sentence when there are none.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: part

    property string heading: ""
    property var lines: []
    property string emptyText: ""
    property bool alert: false

    spacing: 2
    CrLabel {
        Layout.fillWidth: true
        level: CrLabel.Small
        font.weight: Font.DemiBold
        color: Theme.textMuted
        text: part.heading
    }
    Repeater {
        model: part.lines
        delegate: CrLabel {
            required property string modelData
            Layout.fillWidth: true
            font.weight: part.alert ? Font.DemiBold : Font.Normal
            color: part.alert ? Theme.onErrorSurface : Theme.text
            text: modelData
        }
    }
    CrLabel {
        Layout.fillWidth: true
        visible: part.lines.length === 0 && part.emptyText.length > 0
        color: Theme.textMuted
        text: part.emptyText
    }
}
