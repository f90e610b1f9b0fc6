// A spinner with a sentence saying what is happening, so waiting is never silent.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

RowLayout {
    id: busy

    property alias text: message.text
    property bool running: true

    visible: running
    spacing: Theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: message.text

    BusyIndicator {
        running: busy.running
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        Accessible.name: message.text
    }
    Label {
        id: message
        Layout.fillWidth: true
        color: Theme.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodyPixelSize
    }
}
