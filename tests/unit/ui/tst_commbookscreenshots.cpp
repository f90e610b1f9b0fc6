// Screenshots of issue 7's screens at phone (360×640) and tablet (1280×800) size, driven by taps:
// a family member's home (Edie's name, the shared entries, the visits delivered), the notice after
// consent is withdrawn, a care worker's view of a person's communication book, and a supervisor's
// spot-check form with consent given and part of the checklist answered. Each is checked like the
// round's (screenshotsupport.h).
#include "commbookfixtures.h"
#include "screenshotsupport.h"
#include "store/recordstore.h"
#include "ui/common/wallclock.h"
#include "ui/spotcheck/spotcheckform.h"

#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

QList<Record> familyView(const QDateTime &now)
{
    Record named = person("p1", "Edith Brown", "Edie");
    named.payload = QJsonObject {{"name", "Edith Brown"}, {"preferredName", "Edie"}};
    return {
        named,
        commbookEntry("p1", OfficeUser, "Carol", "coordinator", "family",
                      "Edie's hospital appointment is on Friday at 10. Transport is booked; Amira "
                      "will have her ready by 9:15.",
                      now.addSecs(-26 * 3600)),
        commbookEntry(
            "p1", PartnerUser, "Ben", "care_worker", "family",
            "Edie enjoyed sitting in the garden this afternoon and asked after the grandchildren.",
            now.addSecs(-3 * 3600)),
        visitSummary("p1", "v-a", now.addSecs(-5400), "Amira"),
        visitSummary("p1", "v-b", now.addDays(-1).addSecs(-4 * 3600), "Ben"),
        visitSummary("p1", "v-c", now.addDays(-1).addSecs(-10 * 3600), "Amira")};
}

} // namespace

class TestCommbookScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(useBritishEnglish());
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_recorder = std::make_unique<ScreenshotRecorder>(screenshotDirectory());
        // Late morning whatever the hour the tests run: the spot-check list and the family's
        // "today" read the phone's clock, and a visit 15 minutes old is yesterday's past midnight.
        wallclock::fixForTests(QDateTime(QDate::currentDate(), QTime(11, 0)));
    }
    void cleanupTestCase() { wallclock::fixForTests({}); }
    void pages_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("phone") << QSize(360, 640);
        QTest::newRow("tablet") << QSize(1280, 800);
    }
    void pages();

private:
    std::unique_ptr<Screen> unlocked(const QSize &size, const QString &dir,
                                     const store::DeviceProfile &profile);
    std::unique_ptr<ScreenshotRecorder> m_recorder;
};

std::unique_ptr<Screen> TestCommbookScreenshots::unlocked(const QSize &size, const QString &dir,
                                                          const store::DeviceProfile &profile)
{
    auto screen = openScreen(size, dir);
    if (!screen || !waitForState(*screen->session, AppSession::NeedsPinSetup))
        return nullptr;
    screen->session->setUpPin(GoodPin, GoodPin);
    if (!waitForState(*screen->session, AppSession::NeedsEnrolment))
        return nullptr;
    screen->session->completeEnrolment(profile);
    if (!waitForState(*screen->session, AppSession::Unlocked, StoreTimeoutMs))
        return nullptr;
    return screen;
}

void TestCommbookScreenshots::pages()
{
    QFETCH(QSize, size);
    const QDateTime now = wallclock::now();

    // Edie's daughter's phone.
    {
        QTemporaryDir dir;
        auto screen = unlocked(size, dir.path(), familyProfile());
        QVERIFY(screen);
        QVERIFY(receive(*screen->session->store(), familyView(now)));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "visitSummary_2"), StoreTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "entryCard_1"), StoreTimeoutMs);
        settle(screen->window);
        m_recorder->shoot(*screen, QStringLiteral("family-home"));
        scrollTo(screen->window, findItem(screen->window, "visitSummaries"));
        m_recorder->shoot(*screen, QStringLiteral("family-visits"));

        auto purged = screen->session->store()->purge(store::PurgeRequest {{"p1"}, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(purged.isFinished(), StoreTimeoutMs);
        screen->session->applyPurged({"p1"});
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "purgeNotice_0"), StoreTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!findItem(screen->window, "entryCard_0"), StoreTimeoutMs);
        settle(screen->window);
        m_recorder->shoot(*screen, QStringLiteral("family-consent-withdrawn"));
    }

    // A care worker reads Edie's book.
    {
        QTemporaryDir dir;
        auto screen = unlocked(size, dir.path(), testProfile());
        QVERIFY(screen);
        QList<Record> records = familyView(now);
        records[0] = person("p1", "Edith Brown", "Edie");
        records.append(commbookEntry(
            "p1", PartnerUser, "Ben Ward", "care_worker", "care_team",
            "Small bruise on the left forearm; Edie says she knocked it on the door frame.",
            now.addSecs(-2 * 3600)));
        QVERIFY(receive(*screen->session->store(), records));
        QVERIFY(tap(screen->window, findItem(screen->window, "openPeople")));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "person_0"), StoreTimeoutMs);
        settle(screen->window);
        QVERIFY(tap(screen->window, findItem(screen->window, "person_0")));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "entryCard_2"), StoreTimeoutMs);
        settle(screen->window);
        scrollTo(screen->window, findItem(screen->window, "commbookSection"));
        m_recorder->shoot(*screen, QStringLiteral("person-commbook"));
    }

    // A supervisor observes Amira at Edie's visit.
    {
        QTemporaryDir dir;
        auto screen = unlocked(size, dir.path(), supervisorProfile());
        QVERIFY(screen);
        RotaVisit rota {"v1", "p1", now.addSecs(-900), 45, {ThisUser}};
        rota.workerNames = QJsonObject {{ThisUser, "Amira Khan"}};
        QVERIFY(receive(*screen->session->store(),
                        {rotaVisit(rota), person("p1", "Edith Brown", "Edie"),
                         checkIn("p1", "v1", ThisUser, now.addSecs(-840))}));
        QVERIFY(tap(screen->window, findItem(screen->window, "openSpotChecks")));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "observe_0_0"), StoreTimeoutMs);
        settle(screen->window);
        m_recorder->shoot(*screen, QStringLiteral("spotchecks-workers"));
        QVERIFY(tap(screen->window, findItem(screen->window, "observe_0_0")));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "consent_given"), StoreTimeoutMs);
        settle(screen->window);
        m_recorder->shoot(*screen, QStringLiteral("spotcheck-consent"));
        QVERIFY(tap(screen->window, findItem(screen->window, "consent_given")));
        auto *form = screen->window->findChild<SpotCheckForm *>(QStringLiteral("spotCheckForm"));
        QVERIFY(form);
        for (int row = 0; row < 3; ++row)
            QVERIFY(form->setResult(row, row == 2 ? "not_met" : "met"));
        QVERIFY(!form->save()); // not met: a comment and an action are needed
        QTRY_VERIFY_WITH_TIMEOUT(!form->errorMessage().isEmpty(), StoreTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, "checkItem_hygiene_ppe"), StoreTimeoutMs);
        scrollTo(screen->window, findItem(screen->window, "checkItem_id_badge"));
        m_recorder->shoot(*screen, QStringLiteral("spotcheck-checklist"));
    }
    qInfo("saved %lld screenshots in %s", qlonglong(m_recorder->saved().size()),
          qPrintable(m_recorder->directory()));
}

QTEST_MAIN(TestCommbookScreenshots)
#include "tst_commbookscreenshots.moc"
