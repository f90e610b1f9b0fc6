// The sync bar on the unlocked pages: it says what is waiting and when the last sync was, shows an
// offline banner and progress while syncing, and "Sync now" asks the session's sync status for a
// sync (the engine, built separately, listens to syncRequested).
import QtQuick
import QtTest
import CareRound
import CareRoundTesting

Item {
    id: root
    width: 360
    height: 640

    Component {
        id: harnessComponent
        Item {
            property alias session: appSession
            property alias view: sessionView
            anchors.fill: parent
            SessionView {
                id: sessionView
                anchors.fill: parent
                session: appSession
            }
            AppSession {
                id: appSession
            }
        }
    }

    SignalSpy {
        id: syncRequests
        signalName: "syncRequested"
    }

    TestCase {
        name: "SyncBar"
        when: windowShown

        function unlocked() {
            const h = createTemporaryObject(harnessComponent, root)
            h.session.dataDirectory = TestSupport.newDataDirectory()
            h.session.useFastKdfForTests()
            h.session.start()
            tryCompare(h.session, "state", AppSession.NeedsPinSetup, TestSupport.vaultTimeoutMs)
            h.session.setUpPin("246813", "246813")
            tryCompare(h.session, "state", AppSession.NeedsEnrolment, TestSupport.vaultTimeoutMs)
            TestSupport.enrol(h.session)
            tryCompare(h.session, "state", AppSession.Unlocked, TestSupport.vaultTimeoutMs)
            return h
        }

        function test_offlineWaitingAndSyncNow() {
            const h = unlocked()
            const bar = findChild(h.view, "syncBar")
            verify(bar !== null && bar.visible, "the sync bar is on the unlocked page")
            // The engine of this test session has no office sign-in and says so once: wait for
            // it, so it cannot overwrite what the test sets.
            tryVerify(() => h.session.syncStatus.lastError.length > 0, TestSupport.vaultTimeoutMs)
            RoundTestSupport.setSyncState(h.session, false, 3, false, -1, "")
            compare(findChild(bar, "syncSummary").text,
                    "Offline: 3 records saved on this device, not yet sent")
            // Followed by the engine's last problem when it has one (this test device has no sign-in).
            verify(findChild(bar, "syncLastSync").text.indexOf("Not synced yet") === 0,
                   findChild(bar, "syncLastSync").text)
            verify(!findChild(bar, "syncProgress").visible)
            RoundTestSupport.setSyncState(h.session, false, 3, false, -1,
                                          "The office server could not be reached.")
            compare(findChild(bar, "syncLastSync").text,
                    "Not synced yet. Last problem: The office server could not be reached.")

            syncRequests.target = h.session.syncStatus
            syncRequests.clear()
            mouseClick(findChild(bar, "syncNowButton"))
            compare(syncRequests.count, 1, "Sync now asks for a sync")

            RoundTestSupport.setSyncState(h.session, true, 1, true, 0.5, "")
            compare(findChild(bar, "syncSummary").text, "1 record saved on this device, not yet sent")
            verify(findChild(bar, "syncProgress").visible, "progress shows while syncing")
            compare(findChild(bar, "syncProgress").value, 0.5)
            verify(!findChild(bar, "syncNowButton").enabled, "no second sync while one runs")
            compare(findChild(bar, "syncLastSync").text, "Sending your records…")
        }
    }
}
