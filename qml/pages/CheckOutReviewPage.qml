// Before check-out: what is still open at the visit (doses with no outcome, tasks not recorded, a
// partner who never came, a visit far shorter than planned — VisitController.reviewItems, from the
// core rule). Each is recorded or given a reason; the reasons are saved with the check-out.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property VisitController visit

    function leave() {
        page.visit.closeReview()
        page.StackView.view.pop()
    }

    objectName: "checkOutReviewPage"
    title: qsTr("Before you check out")
    subtitle: page.visit.personName
    actions: CrButton {
        objectName: "reviewBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the visit")
        onClicked: page.leave()
    }

    // Checked out (or saving it): the review is done.
    Connections {
        target: page.visit
        function onPresenceChanged() {
            const view = page.StackView.view // null once popped
            if (page.visit.presence !== VisitController.CheckedIn && view
                    && view.currentItem === page)
                page.leave()
        }
    }

    CrLabel {
        Layout.fillWidth: true
        text: qsTr("Record what is still open, or say why. Your reasons are saved with the check-out for the office.")
    }
    Repeater {
        model: page.visit.reviewItems
        delegate: ColumnLayout {
            id: item
            required property var modelData
            required property int index
            objectName: "reviewItem_" + index
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 1
                color: Theme.secondaryPressed
            }
            CrLabel {
                objectName: "reviewTitle"
                Layout.fillWidth: true
                font.weight: Font.DemiBold
                text: item.modelData.title
            }
            CrLabel {
                Layout.fillWidth: true
                level: CrLabel.Small
                text: item.modelData.detail
            }
            CrButton {
                objectName: "reviewTaskDone"
                Layout.fillWidth: true
                visible: item.modelData.kind === "task_not_recorded"
                kind: CrButton.Secondary
                text: qsTr("It was done: record it")
                Accessible.name: qsTr("%1 was done: record it").arg(item.modelData.subject)
                onClicked: page.visit.recordTask(item.modelData.subject, "done", "")
            }
            CrTextField {
                id: reasonField
                objectName: "reviewReason"
                Layout.fillWidth: true
                text: item.modelData.reason
                placeholderText: qsTr("Why? (required)")
                Accessible.name: qsTr("Why: %1").arg(item.modelData.title)
                hasError: page.visit.errorField === "review." + item.modelData.key
                onTextEdited: page.visit.setReviewReason(item.modelData.key, reasonField.text)
            }
            FieldError {
                Layout.fillWidth: true
                controller: page.visit
                field: "review." + item.modelData.key
            }
        }
    }
    CrBanner {
        objectName: "reviewError"
        Layout.fillWidth: true
        tone: CrBanner.Error
        text: page.visit.errorField.indexOf("review.") === 0 ? "" : page.visit.errorMessage
    }
    CrButton {
        objectName: "confirmCheckOut"
        Layout.fillWidth: true
        enabled: !page.visit.busy
        text: qsTr("Check out")
        Accessible.name: qsTr("Check out of %1's visit with these reasons").arg(page.visit.personName)
        onClicked: page.visit.checkOut()
    }
}
