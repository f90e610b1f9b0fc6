// A text field with the app's look: body-size text, a visible border and focus ring, and at
// least a touch target tall. Accessible.name defaults to the placeholder; set it when a label
// is shown instead.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

TextField {
    id: control

    property bool hasError: false

    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.bodyPixelSize
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.primary
    selectedTextColor: Theme.onPrimary
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radius
        color: control.enabled ? Theme.surface : Theme.disabled
        border.width: control.activeFocus || control.hasError ? Theme.focusWidth : 1
        border.color: control.hasError ? Theme.errorAccent
                                       : (control.activeFocus ? Theme.primary : Theme.border)
    }
}
