// Several lines of text (a note), with the app's border, focus ring and error state.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

TextArea {
    id: control

    property bool hasError: false

    implicitHeight: Math.max(Theme.touchTarget * 2, contentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    font.pixelSize: Theme.bodyPixelSize
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.primary
    selectedTextColor: Theme.onPrimary
    wrapMode: TextEdit.Wrap
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radius
        color: control.enabled ? Theme.surface : Theme.disabled
        border.width: control.activeFocus || control.hasError ? Theme.focusWidth : 1
        border.color: control.hasError ? Theme.errorAccent
                                       : (control.activeFocus ? Theme.primary : Theme.border)
    }
}
