// A message strip: what happened, in words, with a coloured bar so it is noticed without
// relying on colour alone (the text says it too). Hidden while `text` is empty.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

Rectangle {
    id: banner

    enum Tone { Info, Warning, Error, Success }
    property int tone: CrBanner.Info
    property alias text: message.text

    readonly property color accent: tone === CrBanner.Error ? Theme.errorAccent
                                  : tone === CrBanner.Warning ? Theme.warningAccent
                                  : tone === CrBanner.Success ? Theme.successAccent
                                  : Theme.infoAccent
    readonly property color ink: tone === CrBanner.Error ? Theme.onErrorSurface
                               : tone === CrBanner.Warning ? Theme.onWarningSurface
                               : tone === CrBanner.Success ? Theme.onSuccessSurface
                               : Theme.onInfoSurface

    visible: text.length > 0
    implicitHeight: Math.max(Theme.touchTarget, message.implicitHeight + 2 * Theme.spacing)
    implicitWidth: message.implicitWidth + 2 * Theme.spacing + accentBar.width
    radius: Theme.radius
    color: tone === CrBanner.Error ? Theme.errorSurface
         : tone === CrBanner.Warning ? Theme.warningSurface
         : tone === CrBanner.Success ? Theme.successSurface
         : Theme.infoSurface
    border.color: accent
    border.width: 1

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    Rectangle {
        id: accentBar
        width: 6
        radius: banner.radius
        color: banner.accent
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
    }

    Label {
        id: message
        anchors {
            left: accentBar.right; right: parent.right; verticalCenter: parent.verticalCenter
            leftMargin: Theme.spacing; rightMargin: Theme.spacing
        }
        color: banner.ink
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodyPixelSize
        font.weight: Font.DemiBold
    }
}
