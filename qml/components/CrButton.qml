// The app's one button. Kind picks the colour; size follows Theme so every button is a
// comfortable touch target and grows with the system font.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

Button {
    id: control

    enum Kind { Primary, Secondary, Danger, Quiet }
    property int kind: CrButton.Primary

    readonly property color fillColour: {
        if (!control.enabled)
            return control.kind === CrButton.Quiet ? "transparent" : Theme.disabled
        switch (control.kind) {
        case CrButton.Primary: return control.down ? Theme.primaryPressed : Theme.primary
        case CrButton.Danger: return control.down ? Theme.onErrorSurface : Theme.errorAccent
        case CrButton.Quiet: return control.down ? Theme.secondary : "transparent"
        default: return control.down ? Theme.secondaryPressed : Theme.secondary
        }
    }
    readonly property color inkColour: {
        if (!control.enabled)
            return control.kind === CrButton.Quiet ? Theme.textMuted : Theme.onDisabled
        switch (control.kind) {
        case CrButton.Primary:
        case CrButton.Danger:
            return Theme.onPrimary
        case CrButton.Quiet: return Theme.primary
        default: return Theme.onSecondary
        }
    }

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    font.pixelSize: Theme.bodyPixelSize
    font.weight: Font.DemiBold
    focusPolicy: Qt.StrongFocus
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.inkColour
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap // never split a word; a label that cannot fit shows as cut off
        elide: Text.ElideRight
        maximumLineCount: 2
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.fillColour
        border.width: control.visualFocus ? Theme.focusWidth
                                          : (control.kind === CrButton.Secondary ? 1 : 0)
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
}
