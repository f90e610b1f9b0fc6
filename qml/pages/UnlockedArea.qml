// Everything shown while unlocked: the sync bar on top of every page, and a stack of pages with
// today's round first. Later pages (a visit, its forms) are pushed onto the stack with the session
// passed on, e.g. push(Qt.resolvedUrl("VisitPage.qml"), { session: area.session, visitId: id }).
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
        initialItem: HomePage {
            session: area.session
        }
    }
    CrSyncBar {
        Layout.fillWidth: true
        status: area.session.syncStatus
    }
}
