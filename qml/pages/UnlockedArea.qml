// Everything shown while unlocked: the sync bar on top of every page, and a stack of pages with
// today's round first. Later pages (a visit, its forms) are pushed onto the stack with the session
// passed on, e.g. push(Qt.resolvedUrl("VisitPage.qml"), { session: area.session, visitId: id }).
// A family member's phone opens on the family home instead of the round.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareRound

ColumnLayout {
    id: area

    required property AppSession session

    spacing: 0

    StackView {
        id: stack
        objectName: "unlockedArea"
        Layout.fillWidth: true
        Layout.fillHeight: true
        // A family member's phone opens on their family home; everyone else on today's round.
        initialItem: area.session.userRole === "family_member" ? familyHome : roundHome
    }
    Component {
        id: roundHome
        HomePage {
            session: area.session
        }
    }
    Component {
        id: familyHome
        FamilyHomePage {
            session: area.session
        }
    }
    CrSyncBar {
        Layout.fillWidth: true
        status: area.session.syncStatus
    }
}
