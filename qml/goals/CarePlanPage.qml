// The person's current care and support plan: what matters to them (personal outcomes), what the
// council agreed to support, special requirements, and the SMART goals with their progress. At a
// visit the worker records progress against a goal.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

CrPage {
    id: page

    required property AppSession session
    required property string personId
    property VisitController visit: null

    objectName: "carePlanPage"
    title: qsTr("Care plan and goals")
    subtitle: page.visit ? page.visit.personName : ""
    actions: CrButton {
        objectName: "carePlanBack"
        kind: CrButton.Secondary
        text: qsTr("Back")
        onClicked: page.StackView.view.pop()
    }

    CarePlanController {
        id: plan
        objectName: "carePlanController"
        session: page.session
        personId: page.personId
        visit: page.visit
    }

    CrBusy { Layout.fillWidth: true; running: plan.loading && !plan.loaded; text: qsTr("Reading the care plan…") }
    CrBanner {
        Layout.fillWidth: true
        tone: CrBanner.Warning
        text: plan.loaded && !plan.hasPlan ? qsTr("There is no care plan on this phone yet. Sync to get it from the office.") : ""
    }
    CrBanner { objectName: "carePlanSaved"; Layout.fillWidth: true; tone: CrBanner.Success; text: plan.savedMessage }
    CrLabel { Layout.fillWidth: true; visible: plan.hasPlan; level: CrLabel.Small; text: plan.planText }
    CrSection {
        Layout.fillWidth: true
        visible: plan.personalOutcomes.length > 0
        title: qsTr("What matters to the person")
        Repeater {
            model: plan.personalOutcomes
            delegate: CrLabel { required property string modelData; Layout.fillWidth: true; text: "\u2022 " + modelData }
        }
    }
    CrSection {
        Layout.fillWidth: true
        visible: plan.agreedOutcomes.length > 0
        title: qsTr("Agreed outcomes")
        Repeater {
            model: plan.agreedOutcomes
            delegate: CrLabel { required property string modelData; Layout.fillWidth: true; text: "\u2022 " + modelData }
        }
    }
    CrSection {
        Layout.fillWidth: true
        visible: plan.specialRequirements.length > 0
        title: qsTr("Special requirements")
        CrLabel { Layout.fillWidth: true; text: plan.specialRequirements }
    }
    CrLabel { Layout.fillWidth: true; visible: plan.goals.count > 0; level: CrLabel.Heading; text: qsTr("Goals") }
    Repeater {
        model: plan.goals
        delegate: GoalCard {
            Layout.fillWidth: true
            canRecord: plan.canRecord
            onRecordProgress: (goalId, description) => page.StackView.view.push(
                Qt.resolvedUrl("GoalProgressPage.qml"),
                { careplan: plan, goalId: goalId, description: description })
        }
    }
}
