// The error of one form field, in words, right under the field. Shown only while the controller's
// errorField names this field.
import QtQuick
import CareRound

CrLabel {
    id: label

    required property var controller
    required property string field

    objectName: "fieldError_" + field
    visible: label.controller.errorField === label.field && label.controller.errorMessage.length > 0
    color: Theme.onErrorSurface
    font.weight: Font.DemiBold
    text: visible ? label.controller.errorMessage : ""
    Accessible.role: Accessible.AlertMessage
}
