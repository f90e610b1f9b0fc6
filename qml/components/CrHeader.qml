// The coloured bar at the top of every page: title, optional subtitle, and actions on the right.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Rectangle {
    id: bar

    property string title: ""
    property string subtitle: ""
    property alias actions: actionRow.data

    implicitHeight: Math.max(Theme.touchTarget + Theme.spacing,
                             headerRow.implicitHeight + 2 * Theme.spacingSmall)
    color: Theme.primary

    RowLayout {
        id: headerRow
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "pageTitle"
                Layout.fillWidth: true
                text: bar.title
                color: Theme.onPrimary
                font.pixelSize: Theme.titlePixelSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: bar.subtitle.length > 0
                text: bar.subtitle
                color: Theme.onPrimary
                font.pixelSize: Theme.smallPixelSize
                elide: Text.ElideRight
                Accessible.name: text
            }
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacingSmall
        }
    }
}
