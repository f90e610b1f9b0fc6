// A person's MAR chart: rows of medicine and time, a column per day, each cell the outcome in
// short words; tap a cell for the full words. Late doses, gaps and conflicts stand out in words
// and colour. The period is chosen (7 days by default, up to 31); "Save as PDF" writes the chart
// for a GP or pharmacist and says where it went.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    required property string personId
    property VisitController visit: null // set when opened from a visit
    property string detail: ""

    readonly property int nameWidth: Math.max(7 * Theme.bodyPixelSize, 120)
    readonly property int cellWidth: Math.max(Theme.touchTarget + 16, 5 * Theme.smallPixelSize)

    objectName: "marChartPage"
    title: qsTr("MAR chart")
    subtitle: mar.personName
    actions: CrButton {
        objectName: "marBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        onClicked: page.StackView.view.pop()
    }

    MarChartModel {
        id: mar
        objectName: "marChartModel"
        session: page.session
        personId: page.personId
    }

    CrBanner { Layout.fillWidth: true; tone: CrBanner.Error; text: mar.allergyText }
    CrChoices {
        objectName: "marPeriod"
        objectPrefix: "period"
        Layout.fillWidth: true
        label: qsTr("Days shown")
        model: mar.periodChoices()
        current: String(mar.days)
        onCurrentChanged: mar.days = Number(current)
    }
    CrLabel { objectName: "marPeriodText"; Layout.fillWidth: true; text: mar.periodText }
    CrLabel { objectName: "marSummary"; Layout.fillWidth: true; font.weight: Font.DemiBold; text: mar.summaryText }
    CrBusy { Layout.fillWidth: true; running: mar.loading && !mar.loaded; text: qsTr("Reading the records…") }
    CrBanner { Layout.fillWidth: true; tone: CrBanner.Error; text: mar.errorMessage }
    CrLabel {
        Layout.fillWidth: true
        visible: mar.loaded && mar.count === 0
        text: qsTr("No medicines are recorded for this period.")
    }

    // The days scroll sideways under the medicine column, which stays put so every row keeps its
    // name on a phone; the grid opens on the latest days.
    Flickable {
        id: grid
        objectName: "marGrid"
        Layout.fillWidth: true
        Layout.preferredHeight: table.implicitHeight
        visible: mar.count > 0
        contentWidth: table.implicitWidth
        contentHeight: table.implicitHeight
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.horizontal: ScrollBar { }
        onContentWidthChanged: contentX = Math.max(0, contentWidth - width)
        onWidthChanged: contentX = Math.max(0, contentWidth - width)

        Column {
            id: table
            Item {
                width: page.nameWidth + days.width
                height: Theme.touchTarget
                Row {
                    id: days
                    x: page.nameWidth
                    Repeater {
                        model: mar.dayLabels
                        delegate: Rectangle {
                            required property string modelData
                            width: page.cellWidth
                            height: Theme.touchTarget
                            color: Theme.secondary
                            border.color: Theme.border
                            CrLabel {
                                anchors.centerIn: parent
                                level: CrLabel.Small
                                font.weight: Font.DemiBold
                                text: parent.modelData
                            }
                        }
                    }
                }
                Rectangle {
                    x: grid.contentX
                    width: page.nameWidth
                    height: Theme.touchTarget
                    color: Theme.secondary
                    border.color: Theme.border
                    CrLabel {
                        anchors.fill: parent
                        anchors.margins: 4
                        verticalAlignment: Text.AlignVCenter
                        level: CrLabel.Small
                        font.weight: Font.DemiBold
                        text: qsTr("Medicine")
                    }
                }
            }
            Repeater {
                model: mar
                delegate: Item {
                    id: marRow
                    required property int index
                    required property string title
                    required property string timeText
                    required property bool firstOfOrder
                    required property var cells
                    readonly property real rowHeight: Math.max(Theme.touchTarget, rowLabel.implicitHeight + 8)
                    objectName: "marRow_" + index
                    width: page.nameWidth + marCells.width
                    height: rowHeight
                    Row {
                        id: marCells
                        x: page.nameWidth
                        Repeater {
                            model: marRow.cells
                            delegate: ItemDelegate {
                                id: cell
                                required property var modelData
                                required property int index
                                objectName: "marCell_" + marRow.index + "_" + index
                                width: page.cellWidth
                                height: marRow.rowHeight
                                padding: 2
                                Accessible.name: mar.cellDetail(marRow.index, cell.index)
                                onClicked: page.detail = mar.cellDetail(marRow.index, cell.index)
                                background: Rectangle {
                                    color: cell.modelData.state === "not_due" ? Theme.disabled
                                         : cell.modelData.tone === 3 ? Theme.errorSurface
                                         : cell.modelData.tone === 2 ? Theme.warningSurface
                                         : cell.modelData.tone === 4 ? Theme.successSurface
                                         : Theme.surface
                                    border.color: cell.visualFocus ? Theme.focus : Theme.border
                                    border.width: cell.visualFocus ? Theme.focusWidth : 1
                                }
                                contentItem: Label {
                                    text: cell.modelData.text + (cell.modelData.late ? "\n" + qsTr("late") : "")
                                    color: cell.modelData.tone === 3 ? Theme.onErrorSurface
                                         : cell.modelData.tone === 2 ? Theme.onWarningSurface
                                         : Theme.text
                                    font.pixelSize: Theme.smallPixelSize
                                    font.weight: cell.modelData.tone >= 2 ? Font.DemiBold : Font.Normal
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                    // Drawn over the cells scrolled beneath it: the medicine in bold, its time below.
                    Rectangle {
                        x: grid.contentX
                        width: page.nameWidth
                        height: marRow.rowHeight
                        color: Theme.surface
                        border.color: Theme.border
                        Column {
                            id: rowLabel
                            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 4 }
                            CrLabel {
                                width: parent.width
                                visible: marRow.firstOfOrder
                                level: CrLabel.Small
                                font.weight: Font.DemiBold
                                text: marRow.title
                            }
                            CrLabel {
                                width: parent.width
                                level: CrLabel.Small
                                text: marRow.timeText
                            }
                        }
                    }
                }
            }
        }
    }
    // Right under the grid, so the words of a tapped day show next to it.
    CrBanner {
        objectName: "marDetail"
        Layout.fillWidth: true
        tone: CrBanner.Info
        text: page.detail
    }
    CrLabel {
        Layout.fillWidth: true
        visible: mar.count > 0
        level: CrLabel.Small
        color: Theme.textMuted
        text: qsTr("Tap a day to read what was recorded in full. Grey: not due that day. Missing: nothing recorded by the end of the dose's window. Late: given after its window.")
    }
    CrButton {
        objectName: "marExport"
        Layout.fillWidth: true
        kind: CrButton.Secondary
        enabled: mar.loaded && !mar.exporting
        text: qsTr("Save as PDF")
        Accessible.name: qsTr("Save the MAR chart as a PDF")
        onClicked: mar.exportPdf()
    }
    CrBanner {
        objectName: "marExportMessage"
        Layout.fillWidth: true
        tone: mar.exportedPath.length > 0 ? CrBanner.Success : CrBanner.Info
        text: mar.exportMessage
    }
}
