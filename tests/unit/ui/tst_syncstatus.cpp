// SyncStatus: the sync bar's words for pending records, the last sync and the phase, and that
// every change is announced (QML binds to these).
#include "ui/common/translations.h"
#include "ui/session/syncstatus.h"
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using careround::ui::SyncStatus;

class TestSyncStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pendingWords();
    void refusedRecordsAreShownNotPending();
    void aFailedCycleIsNeverEverythingWithTheOffice();
    void lastSyncWords_data();
    void lastSyncWords();
    void offlineNeverSaysJustNow();
    void phaseWordsAndSyncing();
    void changesAreAnnouncedOnce();
    void progressIsClamped();
    void syncNowAsksTheEngine();
};

void TestSyncStatus::initTestCase()
{
    // The plural forms come from the en_GB translation, as in the app.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(careround::ui::installTranslations(*QCoreApplication::instance(), QLocale()));
}

void TestSyncStatus::pendingWords()
{
    SyncStatus s;
    QCOMPARE(s.pendingText(), QStringLiteral("Nothing waiting to be sent")); // never synced
    s.setLastSuccessfulSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(s.pendingText(), QStringLiteral("Everything is with the office"));
    s.setPendingCount(1);
    QCOMPARE(s.pendingText(), QStringLiteral("1 record saved on this device, not yet sent"));
    s.setPendingCount(12);
    QCOMPARE(s.pendingText(), QStringLiteral("12 records saved on this device, not yet sent"));
    s.setPendingCount(-3); // never shown as negative
    QCOMPARE(s.pendingCount(), 0);
}

// Records the office refused are kept and shown with the reason, but they are not "waiting to be
// sent" and never make "Everything is with the office" true (issue 16).
void TestSyncStatus::refusedRecordsAreShownNotPending()
{
    SyncStatus s;
    s.setLastSuccessfulSync(QDateTime::currentDateTimeUtc());
    QSignalSpy changed(&s, &SyncStatus::refusedChanged);
    const QDateTime at(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
    s.setRefused({{QStringLiteral("r1"), QStringLiteral("alert"), at,
                   QStringLiteral("type: only the office may write alert records")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(s.refusedCount(), 1);
    QCOMPARE(s.pendingCount(), 0);
    QCOMPARE(s.pendingText(),
             QStringLiteral("Nothing waiting to be sent; 1 refused by the office"));
    QCOMPARE(
        s.refusedText(),
        QStringLiteral("1 record refused by the office, kept on this phone (type: only the "
                       "office may write alert records). Tell the office; \u201cSync now\u201d "
                       "sends it again."));
    const QVariantMap first = s.refusedRecords().first().toMap();
    QCOMPARE(first.value(QStringLiteral("recordId")).toString(), QStringLiteral("r1"));
    QCOMPARE(first.value(QStringLiteral("reason")).toString(),
             QStringLiteral("type: only the office may write alert records"));
    s.setRefused({{QStringLiteral("r1"), QStringLiteral("alert"), at,
                   QStringLiteral("type: only the office may write alert records")}});
    QCOMPARE(changed.count(), 1); // the same list: no change announced
    s.setRefused({});
    QCOMPARE(s.refusedText(), QString());
    QCOMPARE(s.pendingText(), QStringLiteral("Everything is with the office"));
}

// A pull that failed after an earlier success: the outbox is empty, but the office's records did
// not all arrive, so the bar must not say everything is with the office.
void TestSyncStatus::aFailedCycleIsNeverEverythingWithTheOffice()
{
    SyncStatus s;
    s.setLastSuccessfulSync(QDateTime::currentDateTimeUtc());
    QSignalSpy changed(&s, &SyncStatus::pendingTextChanged);
    s.setLastCycleOk(false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s.pendingText(), QStringLiteral("Nothing waiting to be sent"));
    s.setLastCycleOk(true);
    QCOMPARE(s.pendingText(), QStringLiteral("Everything is with the office"));
}

void TestSyncStatus::lastSyncWords_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("never") << qint64(-1) << "Not synced yet";
    QTest::newRow("now") << qint64(20) << "Last synced just now";
    QTest::newRow("one minute") << qint64(60) << "Last synced 1 minute ago";
    QTest::newRow("minutes") << qint64(59 * 60 + 59) << "Last synced 59 minutes ago";
    QTest::newRow("clock ahead of now") << qint64(-120) << "Last synced just now";
}

void TestSyncStatus::lastSyncWords()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    SyncStatus s;
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    s.setNowForTests(now);
    if (secondsAgo != -1)
        s.setLastSuccessfulSync(now.addSecs(-secondsAgo));
    QCOMPARE(s.lastSyncText(), expected);
}

void TestSyncStatus::offlineNeverSaysJustNow()
{
    SyncStatus s;
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::systemTimeZone());
    s.setNowForTests(now);
    s.setLastSuccessfulSync(now.addSecs(-20));
    QCOMPARE(s.lastSyncText(), QStringLiteral("Last synced just now"));
    QSignalSpy changed(&s, &SyncStatus::lastSyncTextChanged);
    s.setPhase(SyncStatus::Offline);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(s.lastSyncText(), QStringLiteral("Last synced at 09:29"));
    s.setPhase(SyncStatus::Connecting);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(s.lastSyncText(), QStringLiteral("Last synced just now"));
}

void TestSyncStatus::phaseWordsAndSyncing()
{
    SyncStatus s;
    QCOMPARE(s.phaseText(), QString());
    QVERIFY(!s.syncing());
    for (auto phase :
         {SyncStatus::Connecting, SyncStatus::Pushing, SyncStatus::Pulling, SyncStatus::Purging}) {
        s.setPhase(phase);
        QVERIFY(s.syncing());
        QVERIFY(!s.phaseText().isEmpty());
    }
    s.setPhase(SyncStatus::Offline);
    QVERIFY(!s.syncing());
    QVERIFY(s.phaseText().contains(QStringLiteral("saved on this device")));
}

void TestSyncStatus::changesAreAnnouncedOnce()
{
    SyncStatus s;
    QSignalSpy pending(&s, &SyncStatus::pendingCountChanged);
    QSignalSpy error(&s, &SyncStatus::lastErrorChanged);
    QSignalSpy online(&s, &SyncStatus::onlineChanged);
    s.setPendingCount(4);
    s.setPendingCount(4);
    s.setLastError(QStringLiteral("The office server did not answer."));
    s.setLastError(QStringLiteral("The office server did not answer."));
    s.setOnline(true);
    s.setOnline(true);
    QCOMPARE(pending.count(), 1);
    QCOMPARE(error.count(), 1);
    QCOMPARE(online.count(), 1);
}

void TestSyncStatus::progressIsClamped()
{
    SyncStatus s;
    QCOMPARE(s.progress(), -1.0);
    s.setProgress(0.5);
    QCOMPARE(s.progress(), 0.5);
    s.setProgress(3);
    QCOMPARE(s.progress(), 1.0);
    s.setProgress(-0.2);
    QCOMPARE(s.progress(), -1.0);
}

void TestSyncStatus::syncNowAsksTheEngine()
{
    SyncStatus s;
    QSignalSpy requested(&s, &SyncStatus::syncRequested);
    s.syncNow();
    QCOMPARE(requested.count(), 1);
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
