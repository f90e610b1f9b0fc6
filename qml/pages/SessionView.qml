// Shows the page that fits the session's state. Only this file decides which page is on
// screen; locking swaps the whole unlocked area out, so no record stays visible.
import QtQuick
import CareRound

Item {
    id: view

    required property AppSession session

    readonly property string pageFile: {
        switch (view.session.state) {
        case AppSession.NeedsPinSetup: return "PinSetupPage.qml"
        case AppSession.Locked:
        case AppSession.Unlocking: return "UnlockPage.qml"
        case AppSession.LockedOut: return "LockedOutPage.qml"
        case AppSession.Wiped: return "WipedPage.qml"
        case AppSession.Unlocked: return "UnlockedArea.qml"
        case AppSession.NeedsEnrolment: return "SignInPage.qml"
        default: return "StartingPage.qml"
        }
    }

    // Pages are loaded by file with their required session given at creation.
    function showPage() {
        loader.setSource(Qt.resolvedUrl(pageFile), { session: view.session })
    }

    onPageFileChanged: showPage()
    Component.onCompleted: showPage()

    Loader {
        id: loader
        objectName: "sessionLoader"
        anchors.fill: parent
    }
}
