// Alerts as banners: how urgent and what kind, the office's summary, and when.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: list

    required property AlertListModel alerts

    spacing: Theme.spacingSmall
    Repeater {
        model: list.alerts
        delegate: ColumnLayout {
            id: alert
            required property int index
            required property string title
            required property string summary
            required property string whenText
            required property int tone
            objectName: "alert_" + index
            Layout.fillWidth: true
            spacing: 2
            CrBanner {
                Layout.fillWidth: true
                tone: alert.tone === 2 ? CrBanner.Error : alert.tone === 1 ? CrBanner.Warning : CrBanner.Info
                text: alert.title + "\n" + alert.summary
            }
            CrLabel {
                Layout.fillWidth: true
                level: CrLabel.Small
                color: Theme.textMuted
                text: alert.whenText
            }
        }
    }
}
