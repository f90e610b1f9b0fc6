// A page with the app's header and a scrolling, centred content column that keeps a readable
// width on tablets. Children go into the column; `actions` go to the right of the title.
// Pages whose content is itself a list use CrHeader with their own ListView instead.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Page {
    id: page

    default property alias content: column.data
    property alias actions: pageHeader.actions
    property string subtitle: ""

    Accessible.name: title
    background: Rectangle { color: Theme.background }
    header: CrHeader {
        id: pageHeader
        title: page.title
        subtitle: page.subtitle
    }

    Flickable {
        id: flick
        objectName: "pageFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            spacing: Theme.spacing
        }
    }
}
