// TodayModel reading a real store through a real, unlocked AppSession: loads on unlock,
// follows saves, shows only the chosen day, and forgets everything on lock.
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/appsession.h"
#include "ui/todaymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

bool save(AppSession &session, const Record &record)
{
    auto saved = session.store()->save(record);
    if (!QTest::qWaitFor([&] { return saved.isFinished(); }, StoreTimeoutMs))
        return false;
    if (!saved.result().ok())
        qWarning("save failed: %s", qPrintable(saved.result().error().toString()));
    return saved.result().ok();
}

QString roleText(const TodayModel &model, int row, TodayModel::Role role)
{
    return model.data(model.index(row), role).toString();
}

} // namespace

class TestTodayModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyWithoutAnUnlockedSession();
    void loadsTodayOnUnlock();
    void showsOnlyTheChosenDayInClockOrder();
    void followsNewSaves();
    void forgetsRowsOnLock();
    void roleNamesAreStable();
};

void TestTodayModel::emptyWithoutAnUnlockedSession()
{
    TodayModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.loading());
    QCOMPARE(model.day(), QDate::currentDate());

    QTemporaryDir dir;
    auto session = startSession(dir.path());
    model.setSession(session.get());
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    model.reload(); // nothing to read while locked
    QVERIFY(!model.loading());
    QCOMPARE(model.count(), 0);
}

void TestTodayModel::loadsTodayOnUnlock()
{
    QTemporaryDir dir;
    auto session = startSession(dir.path());
    TodayModel model;
    QAbstractItemModelTester tester(&model);
    model.setSession(session.get());
    QSignalSpy loaded(&model, &TodayModel::loaded);
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    session->setUpPin(GoodPin, GoodPin);
    QVERIFY(enrolForTest(*session));
    QVERIFY(loaded.count() > 0 || loaded.wait(StoreTimeoutMs));
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.loading());
    QVERIFY(model.errorMessage().isEmpty());
}

void TestTodayModel::showsOnlyTheChosenDayInClockOrder()
{
    QTemporaryDir dir;
    auto session = unlockedSession(dir.path());
    QVERIFY(session);
    const QDate today = QDate::currentDate();
    const QDate yesterday = today.addDays(-1);
    const Record checkIn = recordFor(today, RecordType::VisitCheckIn, QStringLiteral("p1"),
                                     {{"verification", "no_fix"}}, QTime(12, 0));
    const Record note = recordFor(today, RecordType::VisitNote, QStringLiteral("p1"),
                                  {{"note", "Had lunch"}}, QTime(12, 30));
    const Record old = recordFor(yesterday, RecordType::VisitNote, QStringLiteral("p2"),
                                 {{"note", "Yesterday"}}, QTime(8, 0));
    QVERIFY(save(*session, note)); // saved out of order: the list follows the clock
    QVERIFY(save(*session, checkIn));
    QVERIFY(save(*session, old));

    TodayModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy loaded(&model, &TodayModel::loaded);
    model.setSession(session.get());
    QVERIFY(loaded.count() > 0 || loaded.wait(StoreTimeoutMs)); // may answer inside setSession
    QCOMPARE(model.count(), 2);
    QCOMPARE(roleText(model, 0, TodayModel::RecordIdRole), checkIn.id);
    QCOMPARE(roleText(model, 0, TodayModel::SummaryRole), QStringLiteral("Check-in"));
    QCOMPARE(roleText(model, 0, TodayModel::DetailsRole), QStringLiteral("No location fix"));
    QCOMPARE(roleText(model, 0, TodayModel::TimeTextRole),
             QLocale().toString(QTime(12, 0), QLocale::ShortFormat));
    QCOMPARE(roleText(model, 1, TodayModel::RecordIdRole), note.id);
    QCOMPARE(roleText(model, 1, TodayModel::RecordTypeRole), QStringLiteral("visit.note"));
    QCOMPARE(roleText(model, 1, TodayModel::PersonIdRole), QStringLiteral("p1"));

    QSignalSpy dayChanged(&model, &TodayModel::dayChanged);
    loaded.clear();
    model.setDay(yesterday);
    QCOMPARE(dayChanged.count(), 1);
    // A read that is already done can answer inside setDay(): loading may be over already.
    QVERIFY(model.loading() || loaded.count() == 1);
    QVERIFY(loaded.count() == 1 || loaded.wait(StoreTimeoutMs));
    QCOMPARE(model.count(), 1);
    QCOMPARE(roleText(model, 0, TodayModel::RecordIdRole), old.id);
}

void TestTodayModel::followsNewSaves()
{
    QTemporaryDir dir;
    auto session = unlockedSession(dir.path());
    QVERIFY(session);
    TodayModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy loaded(&model, &TodayModel::loaded);
    model.setSession(session.get());
    QVERIFY(loaded.count() > 0 || loaded.wait(StoreTimeoutMs)); // may answer inside setSession
    QCOMPARE(model.count(), 0);

    QSignalSpy countChanged(&model, &TodayModel::countChanged);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(save(*session,
                     recordFor(QDate::currentDate(), RecordType::VisitNote, QStringLiteral("p1"),
                               {{"note", QString::number(i)}}, QTime(10, i))));
    }
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), 3, StoreTimeoutMs);
    QVERIFY(countChanged.count() >= 1);
}

void TestTodayModel::forgetsRowsOnLock()
{
    QTemporaryDir dir;
    auto session = unlockedSession(dir.path());
    QVERIFY(session);
    QVERIFY(save(*session,
                 recordFor(QDate::currentDate(), RecordType::VisitNote, QStringLiteral("p1"),
                           {{"note", "Private words"}})));
    TodayModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy loaded(&model, &TodayModel::loaded);
    model.setSession(session.get());
    QVERIFY(loaded.count() > 0 || loaded.wait(StoreTimeoutMs)); // may answer inside setSession
    QCOMPARE(model.count(), 1);

    session->lock();
    QCOMPARE(model.count(), 0); // at once, not after the store has closed
    QVERIFY(!model.loading());

    session->unlock(GoodPin);
    QVERIFY(loaded.wait(StoreTimeoutMs)); // and back after unlocking again
    QCOMPARE(model.count(), 1);
}

void TestTodayModel::roleNamesAreStable()
{
    TodayModel model;
    const auto roles = model.roleNames();
    QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("recordId"));
    const QList<QByteArray> expected = {"recordId", "recordType", "personId",
                                        "timeText", "summary",    "details"};
    for (const QByteArray &name : expected)
        QVERIFY2(roles.values().contains(name), name.constData());
}

QTEST_GUILESS_MAIN(TestTodayModel)
#include "tst_todaymodel.moc"
