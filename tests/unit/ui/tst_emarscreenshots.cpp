// Screenshots of the eMAR at a visit (the dose list and a dose's form), the MAR grid, the care
// plan's goal chart and the reablement summary at phone (360×640) and tablet (1280×800) size,
// driven by taps through the real pages; each screen is checked like the others
// (screenshotsupport.h: no text cut off, named controls, touch targets).
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "screenshotsupport.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/meds/marchartmodel.h"
#include "ui/meds/medicationcontroller.h"
#include "ui/round/roundmodel.h"
#include "ui/visit/visitcontroller.h"

#include <QJsonArray>
#include <QQmlProperty>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

QDateTime at(int daysAgo, int h, int m)
{
    return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(h, m));
}

QList<Record> ediesRecords()
{
    RotaVisit here {"v-1000", "p-edie", at(0, 10, 0), 45};
    // Sam's teatime visit names him, so the MAR says who gave and who refused.
    RotaVisit teatime {"v-tea", "p-edie", at(2, 18, 0), 30};
    teatime.workerIds = {PartnerUser};
    teatime.workerNames = {{PartnerUser, "Sam Cole"}};
    const Record metformin = medicationOrder("p-edie", "Metformin", "10:00,18:00",
                                             {{"instructions", "Take with breakfast"}});
    const Record sinemet = medicationOrder("p-edie", "Sinemet", "10:15",
                                           {{"timeCritical", true},
                                            {"timeCriticalWindowMinutes", 30},
                                            {"formulation", "modified-release tablets"},
                                            {"strength", "25 mg/100 mg"}});
    const Record paracetamol = prnOrder("p-edie", "Paracetamol", 240, 4);
    QList<Record> out {
        rotaVisit(here),
        rotaVisit(teatime),
        person("p-edie", "Edith Brown", "Edie",
               {{"dateOfBirth", "1936-03-12"}, {"nhsNumber", "943 476 5919"}}),
        carePlanWithGoals("p-edie",
                          {QJsonObject {{"id", "tea"},
                                        {"description", "Make a cup of tea unaided"},
                                        {"baseline", "Needs help with the kettle"},
                                        {"target", "Makes tea on her own"},
                                        {"measure", "Observed at the morning visit"},
                                        {"dueDate", "2027-01-31"}}},
                          {{"morning", QJsonArray {"Personal care", "Medication"}}}),
        reablementEpisode("p-edie", QDate::currentDate().addDays(-16),
                          QDate::currentDate().addDays(26), ThisUser,
                          {QJsonObject {{"id", "tea"},
                                        {"description", "Make a cup of tea unaided"},
                                        {"baseline", "Needs help with the kettle"},
                                        {"target", "Makes tea on her own"},
                                        {"measure", "Observed"},
                                        {"dueDate", "2027-01-31"}}}),
        metformin,
        sinemet,
        paracetamol,
        checkIn("p-edie", "v-1000", ThisUser, at(0, 10, 2)),
        administration("p-edie", "v-early", PartnerUser, paracetamol.id, {}, "given", at(0, 8, 0)),
    };
    for (int d = 6; d >= 1; --d) {
        if (d != 3)
            out << administration("p-edie", "v-am", ThisUser, metformin.id, "10:00", "given",
                                  at(d, d == 5 ? 11 : 10, 5));
        out << administration("p-edie", "v-tea", PartnerUser, metformin.id, "18:00",
                              d == 2 ? "refused" : "given", at(d, 18, 10));
        out << administration("p-edie", "v-am", ThisUser, sinemet.id, "10:15", "given",
                              at(d, 10, 12));
        out << goalProgress("p-edie", "tea", std::min(8, 9 - d), at(d, 10, 20));
    }
    return out;
}

} // namespace

class TestEmarScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(useBritishEnglish());
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_recorder = std::make_unique<ScreenshotRecorder>(screenshotDirectory());
    }
    void pages_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("phone") << QSize(360, 640);
        QTest::newRow("tablet") << QSize(1280, 800);
    }
    void pages();

private:
    void shoot(Screen &screen, const QString &name) { m_recorder->shoot(screen, name); }
    std::unique_ptr<ScreenshotRecorder> m_recorder;
};

void TestEmarScreenshots::pages()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    auto screen = openScreen(size, dir.path());
    QVERIFY(screen);
    AppSession &session = *screen->session;
    QVERIFY(waitForState(session, AppSession::NeedsPinSetup));
    session.setUpPin(GoodPin, GoodPin);
    QVERIFY(enrolForTest(session));
    QVERIFY(receive(*session.store(), ediesRecords()));
    // Pages change without Qt's slide: a screenshot shows a settled page either way, and the
    // slides would add half a second to each of the test's twelve page changes.
    QQuickItem *stack = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (stack = findItem(screen->window, "unlockedArea")) != nullptr; },
        StoreTimeoutMs));
    for (const char *transition : {"pushEnter", "pushExit", "popEnter", "popExit"})
        QVERIFY(QQmlProperty(stack, QString::fromLatin1(transition))
                    .write(QVariant::fromValue<QObject *>(nullptr)));
    auto *round = screen->window->findChild<RoundModel *>(QStringLiteral("roundModel"));
    QVERIFY(round);
    round->setNowForTests(at(0, 10, 10));
    QTRY_COMPARE_WITH_TIMEOUT(round->count(), 1, StoreTimeoutMs);
    shoot(*screen, QStringLiteral("round-flags"));

    QVERIFY(tap(screen->window, findItem(screen->window, "visitCard_v-1000")));
    QQuickItem *page = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (page = findItem(screen->window, "visitPage")) != nullptr; }, StoreTimeoutMs));
    auto *visit = page->findChild<VisitController *>(QStringLiteral("visitController"));
    auto *meds = page->findChild<MedicationController *>(QStringLiteral("medicationController"));
    QVERIFY(visit && meds);
    visit->setNowForTests(at(0, 10, 10));
    meds->setNowForTests(at(0, 10, 10));
    QVERIFY(QTest::qWaitFor([&] { return meds->loaded() && visit->canRecord(); }, StoreTimeoutMs));
    settle(screen->window);
    scrollTo(screen->window, findItem(screen->window, "medicationCard"));
    shoot(*screen, QStringLiteral("visit-medication-card"));

    QVERIFY(tap(screen->window, findItem(screen->window, "openMedication")));
    QVERIFY(QTest::qWaitFor([&] { return findItem(screen->window, "medicationPage") != nullptr; },
                            StoreTimeoutMs));
    settle(screen->window);
    shoot(*screen, QStringLiteral("emar-doses"));
    scrollTo(screen->window, findItem(screen->window, "prnCard_0"));
    shoot(*screen, QStringLiteral("emar-prn"));

    QVERIFY(tap(screen->window,
                findItem(screen->window, "recordDose", findItem(screen->window, "prnCard_0"))));
    QVERIFY(QTest::qWaitFor([&] { return findItem(screen->window, "doseRecordPage") != nullptr; },
                            StoreTimeoutMs));
    settle(screen->window);
    QVERIFY(tap(screen->window, findItem(screen->window, "outcome_given")));
    // Given as needed: the quantity within the dose rule and the reason are required.
    QVERIFY(tap(screen->window, findItem(screen->window, "saveDose")));
    QVERIFY(QTest::qWaitFor([&] { return meds->errorField() == QLatin1String("dose"); },
                            StoreTimeoutMs));
    scrollTo(screen->window, findItem(screen->window, "prnQuantityLabel"));
    shoot(*screen, QStringLiteral("emar-prn-form"));
    findItem(screen->window, "prnDose")->setProperty("text", "2");
    findItem(screen->window, "doseReason")->setProperty("text", "Pain in her hip on waking");
    QVERIFY(tap(screen->window, findItem(screen->window, "saveDose")));
    QVERIFY(QTest::qWaitFor([&] { return meds->errorField() == QLatin1String("prn"); },
                            StoreTimeoutMs));
    scrollTo(screen->window, findItem(screen->window, "prnRefused"));
    shoot(*screen, QStringLiteral("emar-prn-refused"));
    QVERIFY(tap(screen->window, findItem(screen->window, "doseRecordBack")));
    settle(screen->window);
    QVERIFY(tap(screen->window, findItem(screen->window, "medicationBack")));
    settle(screen->window);

    QVERIFY(tap(screen->window, findItem(screen->window, "openMarChart")));
    QVERIFY(QTest::qWaitFor([&] { return findItem(screen->window, "marRow_0") != nullptr; },
                            StoreTimeoutMs));
    auto *mar = screen->window->findChild<MarChartModel *>(QStringLiteral("marChartModel"));
    QVERIFY(mar);
    mar->setNowForTests(at(0, 10, 10)); // today's doses are due, not missed
    mar->reload();
    QVERIFY(QTest::qWaitFor([&] { return !mar->loading(); }, StoreTimeoutMs));
    settle(screen->window);
    QVERIFY(tap(screen->window, findItem(screen->window, "marCell_1_4")));
    scrollTo(screen->window, findItem(screen->window, "marGrid"));
    shoot(*screen, QStringLiteral("mar-grid"));
    QVERIFY(tap(screen->window, findItem(screen->window, "marBack")));
    settle(screen->window);

    QVERIFY(tap(screen->window, findItem(screen->window, "openCarePlan")));
    QVERIFY(QTest::qWaitFor([&] { return findItem(screen->window, "goalCard_0") != nullptr; },
                            StoreTimeoutMs));
    settle(screen->window);
    scrollTo(screen->window, findItem(screen->window, "goalCard_0"));
    shoot(*screen, QStringLiteral("goal-chart"));
    QVERIFY(tap(screen->window, findItem(screen->window, "carePlanBack")));
    settle(screen->window);

    QVERIFY(tap(screen->window, findItem(screen->window, "openReablement")));
    QVERIFY(QTest::qWaitFor(
        [&] { return findItem(screen->window, "reablementDaysLeft") != nullptr; }, StoreTimeoutMs));
    settle(screen->window);
    shoot(*screen, QStringLiteral("reablement-summary"));
    qInfo("saved %lld screenshots in %s", qlonglong(m_recorder->saved().size()),
          qPrintable(m_recorder->directory()));
}

QTEST_MAIN(TestEmarScreenshots)
#include "tst_emarscreenshots.moc"
