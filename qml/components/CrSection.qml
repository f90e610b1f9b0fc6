// A card on a page: a heading and its content in a column. Content goes into the column.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Rectangle {
    id: section

    property string title: ""
    default property alias content: body.data

    implicitHeight: body.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.secondaryPressed

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacingSmall
        CrLabel {
            Layout.fillWidth: true
            visible: section.title.length > 0
            level: CrLabel.Title
            text: section.title
        }
    }
}
