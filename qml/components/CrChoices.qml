// One choice out of a few, as a wrapping row of large buttons (easier with gloves than a drop-down).
// model: [{ code, text }]; `current` is the chosen code.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

Flow {
    id: choices

    property var model: []
    property string current: ""
    property string label: ""
    property string objectPrefix: "choice"

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Repeater {
        model: choices.model
        delegate: CrButton {
            required property var modelData
            objectName: choices.objectPrefix + "_" + modelData.code
            kind: choices.current === modelData.code ? CrButton.Primary : CrButton.Secondary
            text: modelData.text
            checkable: true
            checked: choices.current === modelData.code
            Accessible.name: choices.label.length > 0 ? choices.label + ": " + modelData.text
                                                      : modelData.text
            onClicked: choices.current = modelData.code
        }
    }
}
