// A visit status as a coloured chip that also says it in words (colour is never the only cue).
// tone: VisitWords::Tone — 0 neutral, 1 active, 2 attention, 3 alert, 4 good.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Rectangle {
    id: chip

    property alias text: label.text
    property int tone: 0

    readonly property color ink: tone === 1 ? Theme.onInfoSurface
                               : tone === 2 ? Theme.onWarningSurface
                               : tone === 3 ? Theme.onErrorSurface
                               : tone === 4 ? Theme.onSuccessSurface
                               : Theme.onSecondary
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.spacingSmall
    // In a row next to wrapping text, the chip keeps its own width.
    Layout.minimumWidth: implicitWidth
    Layout.preferredWidth: implicitWidth
    radius: height / 2
    color: tone === 1 ? Theme.infoSurface
         : tone === 2 ? Theme.warningSurface
         : tone === 3 ? Theme.errorSurface
         : tone === 4 ? Theme.successSurface
         : Theme.secondary
    border.width: 1
    border.color: tone === 1 ? Theme.infoAccent
                : tone === 2 ? Theme.warningAccent
                : tone === 3 ? Theme.errorAccent
                : tone === 4 ? Theme.successAccent
                : Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        color: chip.ink
        font.pixelSize: Theme.smallPixelSize
        font.weight: Font.DemiBold
    }
}
