// The sync bar on every unlocked page: what is saved on this device but not yet with the office,
// when the last sync was, what sync is doing (with progress), a "Sync now" button, and a clear
// offline banner. Bound to session.syncStatus only; the sync engine fills it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Rectangle {
    id: bar

    required property SyncStatus status

    objectName: "syncBar"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    color: bar.status.online ? Theme.surface : Theme.warningSurface
    Accessible.role: Accessible.StatusBar
    Accessible.name: summary.text + ". " + lastSync.text

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 1
        color: Theme.border
    }

    ColumnLayout {
        id: column
        x: Math.max(Theme.spacing, (bar.width - width) / 2)
        y: Theme.spacingSmall
        width: Math.min(bar.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                CrLabel {
                    id: summary
                    objectName: "syncSummary"
                    Layout.fillWidth: true
                    level: CrLabel.Small
                    font.weight: Font.DemiBold
                    color: bar.status.online ? Theme.text : Theme.onWarningSurface
                    text: bar.status.online ? bar.status.pendingText
                                            : qsTr("Offline: %1").arg(bar.status.pendingText)
                }
                CrLabel {
                    id: lastSync
                    objectName: "syncLastSync"
                    Layout.fillWidth: true
                    level: CrLabel.Small
                    color: bar.status.online ? Theme.textMuted : Theme.onWarningSurface
                    text: bar.status.syncing ? bar.status.phaseText
                        : bar.status.lastError.length > 0
                          ? qsTr("%1. Last problem: %2").arg(bar.status.lastSyncText)
                                                          .arg(bar.status.lastError)
                          : bar.status.lastSyncText
                }
                CrLabel {
                    objectName: "syncRefused"
                    Layout.fillWidth: true
                    level: CrLabel.Small
                    visible: bar.status.refusedCount > 0
                    color: bar.status.online ? Theme.text : Theme.onWarningSurface
                    text: bar.status.refusedText
                }
            }
            CrButton {
                objectName: "syncNowButton"
                kind: CrButton.Secondary
                text: qsTr("Sync now")
                enabled: !bar.status.syncing
                Accessible.name: qsTr("Sync now with the office")
                onClicked: bar.status.syncNow()
            }
        }
        ProgressBar {
            objectName: "syncProgress"
            Layout.fillWidth: true
            visible: bar.status.syncing
            indeterminate: bar.status.progress < 0
            value: Math.max(0, bar.status.progress)
            Accessible.name: bar.status.phaseText
        }
    }
}
