// This phone's settings: the colours (light, dark for night calls, or as the phone is set) and
// when the app locks itself (the organisation's setting, shown, not changed here).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session

    objectName: "settingsPage"
    title: qsTr("Settings")
    actions: CrButton {
        objectName: "settingsBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to today's round")
        onClicked: page.StackView.view.pop()
    }

    CrSection {
        Layout.fillWidth: true
        title: qsTr("Colours")
        CrLabel {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: qsTr("Dark colours are easier on the eyes on night calls and do not light up a dark room.")
        }
        CrChoices {
            objectName: "colorModeChoices"
            Layout.fillWidth: true
            objectPrefix: "colorMode"
            label: qsTr("Colours")
            model: [
                { code: "system", text: qsTr("As the phone is set") },
                { code: "light", text: qsTr("Light") },
                { code: "dark", text: qsTr("Dark") }
            ]
            current: Theme.colorMode === Theme.Dark ? "dark"
                     : Theme.colorMode === Theme.Light ? "light" : "system"
            onCurrentChanged: Theme.colorMode = current === "dark" ? Theme.Dark
                                                : current === "light" ? Theme.Light
                                                                      : Theme.FollowSystem
        }
    }
    CrSection {
        Layout.fillWidth: true
        title: qsTr("Locking")
        CrLabel {
            objectName: "autoLockText"
            Layout.fillWidth: true
            text: qsTr("CareRound locks itself after %n minute(s) without use, and whenever you leave the app. Your organisation sets this.",
                       "", page.session.autoLockMinutes)
        }
    }
}
