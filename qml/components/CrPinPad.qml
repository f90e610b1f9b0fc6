// On-screen PIN pad with a row of dots for the digits entered. Also takes digits, Backspace and
// Enter from a hardware keyboard. It only collects digits: whether a PIN is acceptable is
// decided in C++ (AppSession), which this pad reports to through `submitted`.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CareRound

FocusScope {
    id: pad

    property string pin: ""
    property int minimumLength: 4
    property int maximumLength: 12
    property string submitText: qsTr("OK")
    property bool busy: false
    // Taller keys where the screen has room (tablets); never below the touch target.
    property int keyHeight: Window.height >= 720 ? Math.round(Theme.touchTarget * 1.3)
                                                 : Theme.touchTarget

    signal submitted(string pin)

    function clear() { pin = "" }
    function appendDigit(digit) {
        if (!busy && pin.length < maximumLength)
            pin += digit
    }
    function removeDigit() {
        if (!busy)
            pin = pin.slice(0, -1)
    }
    function submit() {
        if (!busy && pin.length >= minimumLength)
            submitted(pin)
    }

    implicitWidth: Math.min(Theme.touchTarget * 7, Theme.contentMaxWidth)
    implicitHeight: column.implicitHeight
    focus: true
    activeFocusOnTab: true

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            appendDigit(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            removeDigit()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            submit()
            event.accepted = true
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing

        // One dot per digit entered; the count is also given in words for screen readers.
        Item {
            objectName: "pinDots"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.bodyPixelSize * 2
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digit(s) entered", "", pad.pin.length)

            Row {
                anchors.centerIn: parent
                spacing: Theme.spacing
                Repeater {
                    model: Math.max(pad.pin.length, pad.minimumLength)
                    Rectangle {
                        required property int index
                        width: Theme.bodyPixelSize
                        height: width
                        radius: width / 2
                        color: index < pad.pin.length ? Theme.text : "transparent"
                        border.color: Theme.border
                        border.width: 2
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            rowSpacing: Theme.spacingSmall
            columnSpacing: Theme.spacingSmall

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                CrButton {
                    required property string modelData
                    objectName: "pinKey" + modelData
                    kind: CrButton.Secondary
                    text: modelData
                    font.pixelSize: Theme.pinDigitPixelSize
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.touchTarget // equal columns: same base, same stretch
                    Layout.preferredHeight: pad.keyHeight
                    enabled: !pad.busy
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Digit %1").arg(modelData)
                    onClicked: pad.appendDigit(modelData)
                }
            }
            CrButton {
                objectName: "pinClear"
                kind: CrButton.Quiet
                text: qsTr("Clear")
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: pad.keyHeight
                enabled: !pad.busy && pad.pin.length > 0
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Clear all digits")
                onClicked: pad.clear()
            }
            CrButton {
                objectName: "pinKey0"
                kind: CrButton.Secondary
                text: "0"
                font.pixelSize: Theme.pinDigitPixelSize
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: pad.keyHeight
                enabled: !pad.busy
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Digit %1").arg("0")
                onClicked: pad.appendDigit("0")
            }
            CrButton {
                objectName: "pinDelete"
                kind: CrButton.Quiet
                text: qsTr("Delete")
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: pad.keyHeight
                enabled: !pad.busy && pad.pin.length > 0
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Delete last digit")
                onClicked: pad.removeDigit()
            }
        }

        CrButton {
            objectName: "pinSubmit"
            text: pad.submitText
            Layout.fillWidth: true
            enabled: !pad.busy && pad.pin.length >= pad.minimumLength
            focusPolicy: Qt.NoFocus
            onClicked: pad.submit()
        }
    }
}
