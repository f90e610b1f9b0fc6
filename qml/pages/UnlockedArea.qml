// Everything shown while unlocked. Later pages (a visit, a person) are pushed onto this stack
// with the session passed on, e.g. push(visitPage, { session: area.session, visitId: id }).
import QtQuick
import QtQuick.Controls.Basic
import CareRound

StackView {
    id: area

    required property AppSession session

    objectName: "unlockedArea"
    initialItem: HomePage {
        session: area.session
    }
}
