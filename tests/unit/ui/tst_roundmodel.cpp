// RoundModel over a real, unlocked AppSession and store, with the rota, people and events saved
// as sync would: this worker's visits today in time order, statuses that follow saves and time,
// cancelled visits shown as such, nothing left in memory after lock.
#include "core/recordauthor.h"
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/round/roundmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

QDateTime todayAt(int h, int m)
{
    return QDateTime(QDate::currentDate(), QTime(h, m));
}

QString text(const RoundModel &model, int row, RoundModel::Role role)
{
    return model.data(model.index(row), role).toString();
}

QList<Record> rota()
{
    RotaVisit morning {"v-morning", "p1", todayAt(8, 0), 45};
    morning.workerIds = {ThisUser, PartnerUser};
    morning.workerNames = {{PartnerUser, "Sam Cole"}};
    RotaVisit lunch {"v-lunch", "p2", todayAt(12, 30), 30};
    lunch.callType = "lunch";
    RotaVisit tea {"v-tea", "p1", todayAt(17, 0), 30};
    tea.cancelled = true;
    tea.cancelReason = "Edie is with her daughter";
    RotaVisit notMine {"v-other", "p2", todayAt(9, 0)};
    notMine.workerIds = {PartnerUser};
    RotaVisit yesterday {"v-yesterday", "p1", todayAt(8, 0).addDays(-1)};
    return {rotaVisit(lunch),
            rotaVisit(morning),
            rotaVisit(tea),
            rotaVisit(notMine),
            rotaVisit(yesterday),
            person("p1", "Edith Brown", "Edie"),
            person("p2", "Arthur Penn", "")};
}

// A session with the rota received and a RoundModel on it, loaded at `now` (when valid).
struct RoundFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    RoundModel model;
    QAbstractItemModelTester tester {&model};
    QSignalSpy loaded {&model, &RoundModel::loadFinished};

    bool open(const QDateTime &now = {})
    {
        session = unlockedSession(dir.path());
        if (!session || !receive(*session->store(), rota()))
            return false;
        if (now.isValid())
            model.setNowForTests(now);
        model.setSession(session.get());
        return caught(loaded, StoreTimeoutMs);
    }
};

} // namespace

class TestRoundModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }
    void showsMyVisitsTodayInOrder();
    void statusFollowsSavesAndTime();
    void warnsItsWorkerWhenRunningLate();
    void emptiesOnLock();
    void roleNamesAreStable();
};

void TestRoundModel::showsMyVisitsTodayInOrder()
{
    RoundFixture f;
    QVERIFY(f.open(todayAt(7, 50)));
    RoundModel &model = f.model;
    QVERIFY(model.isLoaded());
    QCOMPARE(model.count(), 3);
    QCOMPARE(text(model, 0, RoundModel::VisitIdRole), QStringLiteral("v-morning"));
    QCOMPARE(text(model, 0, RoundModel::PersonNameRole), QStringLiteral("Edie"));
    QCOMPARE(text(model, 0, RoundModel::FullNameRole), QStringLiteral("Edith Brown"));
    QCOMPARE(text(model, 0, RoundModel::AddressRole),
             QStringLiteral("Rose Cottage, 3 Mill Lane, Goudhurst, TN17 1AB"));
    QCOMPARE(text(model, 0, RoundModel::TimeRangeRole), QStringLiteral("08:00 to 08:45"));
    QCOMPARE(text(model, 0, RoundModel::LengthRole), QStringLiteral("45 minutes"));
    QCOMPARE(text(model, 0, RoundModel::CallTypeRole), QStringLiteral("Morning call"));
    QCOMPARE(text(model, 0, RoundModel::PartnerTextRole),
             QStringLiteral("Double-handed: with Sam Cole"));
    QCOMPARE(text(model, 0, RoundModel::StatusRole), QStringLiteral("due"));
    QCOMPARE(text(model, 0, RoundModel::AllergyTextRole), QStringLiteral("Allergies: penicillin"));
    QVERIFY(model.data(model.index(0), RoundModel::IsNextRole).toBool());
    QCOMPARE(text(model, 1, RoundModel::VisitIdRole), QStringLiteral("v-lunch"));
    QCOMPARE(text(model, 1, RoundModel::PersonNameRole), QStringLiteral("Arthur Penn"));
    QCOMPARE(text(model, 1, RoundModel::StatusRole), QStringLiteral("upcoming"));
    QVERIFY(text(model, 1, RoundModel::PartnerTextRole).isEmpty());
    QCOMPARE(text(model, 2, RoundModel::StatusRole), QStringLiteral("cancelled"));
    QCOMPARE(text(model, 2, RoundModel::StatusDetailRole),
             QStringLiteral("Cancelled by the office: Edie is with her daughter"));
    QCOMPARE(model.progressText(), QStringLiteral("0 of 2 visits done"));
    QCOMPARE(model.nextVisitId(), QStringLiteral("v-morning"));
    QCOMPARE(model.nextVisitIndex(), 0);
    QCOMPARE(model.rowOf("v-lunch"), 1);
}

void TestRoundModel::statusFollowsSavesAndTime()
{
    RoundFixture f;
    QVERIFY(f.open(todayAt(8, 50)));
    RoundModel &model = f.model;
    AppSession *session = f.session.get();
    QSignalSpy &loaded = f.loaded;
    QCOMPARE(text(model, 0, RoundModel::StatusRole), QStringLiteral("late"));

    // Time passes with nothing saved: late turns into missed by itself.
    QSignalSpy statuses(&model, &RoundModel::statusesChanged);
    model.setNowForTests(todayAt(10, 1));
    model.refoldNow();
    QCOMPARE(statuses.count(), 1);
    QCOMPARE(text(model, 0, RoundModel::StatusRole), QStringLiteral("missed"));
    QCOMPARE(text(model, 0, RoundModel::StatusTextRole), QStringLiteral("Missed"));

    // This worker checks in at lunch (a real record through the real store): the round follows.
    const RecordAuthor *author = session->author();
    const Record in = author->make("visit.checkin", "p2", "v-lunch", {{"verification", "no_fix"}},
                                   QDate::currentDate());
    model.setNowForTests(todayAt(12, 35));
    loaded.clear();
    auto saved = session->store()->save(in);
    QVERIFY(caught(loaded, StoreTimeoutMs));
    QVERIFY(saved.result().ok());
    QCOMPARE(text(model, 1, RoundModel::StatusRole), QStringLiteral("in_progress"));
    QCOMPARE(model.nextVisitId(), QStringLiteral("v-lunch"));
    QCOMPARE(model.nextVisitIndex(), 1);

    // The partner's records arrive by sync for the morning visit: both in and out, so it is done.
    loaded.clear();
    QVERIFY(receive(*session->store(),
                    {checkIn("p1", "v-morning", ThisUser, todayAt(8, 2)),
                     checkIn("p1", "v-morning", PartnerUser, todayAt(8, 4)),
                     checkOut("p1", "v-morning", ThisUser, todayAt(8, 44)),
                     checkOut("p1", "v-morning", PartnerUser, todayAt(8, 46))}));
    QVERIFY(caught(loaded, StoreTimeoutMs));
    QCOMPARE(text(model, 0, RoundModel::StatusRole), QStringLiteral("done"));
    QCOMPARE(text(model, 0, RoundModel::StatusDetailRole),
             QStringLiteral("44 minutes delivered of 45 minutes planned"));
    QCOMPARE(model.doneCount(), 1);
}

// Issue 16: the worker's own late-running warning, for the first visit still to be made, moving on
// with the clock (core's rules/latewarning decides the stages; tst_visittiming its boundaries).
void TestRoundModel::warnsItsWorkerWhenRunningLate()
{
    RoundFixture f;
    QVERIFY(f.open(todayAt(8, 10)));
    RoundModel &model = f.model;
    QCOMPARE(model.lateWarning(), QString()); // ten minutes is still simply due
    const auto at = [&](int h, int m) {
        model.setNowForTests(todayAt(h, m));
        model.refoldNow();
        return model.lateWarning();
    };
    QCOMPARE(at(8, 20),
             QStringLiteral("Running 20 minutes late for Edie's 08:00 visit. The office sees it as "
                            "late from 08:45: if you cannot be there by then, call the office."));
    QCOMPARE(at(8, 50),
             QStringLiteral("Edie's 08:00 visit is 50 minutes late and the office can see it. Call "
                            "the office if you cannot get there soon."));
    // Missed by 10:01: the warning moves on to lunch, which is not due yet.
    QCOMPARE(at(10, 1), QString());
    QVERIFY(
        at(12, 46).startsWith(QStringLiteral("Running 16 minutes late for Arthur Penn's 12:30")));

    // Checked in at lunch: nothing left to warn about.
    const Record in = f.session->author()->make(
        "visit.checkin", "p2", "v-lunch", {{"verification", "no_fix"}}, todayAt(12, 30).date());
    f.loaded.clear();
    auto saved = f.session->store()->save(in);
    QVERIFY(caught(f.loaded, StoreTimeoutMs));
    QVERIFY(saved.result().ok());
    QCOMPARE(model.lateWarning(), QString());
}

void TestRoundModel::emptiesOnLock()
{
    RoundFixture f;
    QVERIFY(f.open());
    RoundModel &model = f.model;
    AppSession *session = f.session.get();
    QSignalSpy &loaded = f.loaded;
    QCOMPARE(model.count(), 3);
    session->lock();
    QCOMPARE(model.count(), 0); // at once
    QVERIFY(!model.isLoaded());
    loaded.clear();
    session->unlock(GoodPin);
    QVERIFY(caught(loaded, StoreTimeoutMs));
    QCOMPARE(model.count(), 3);
}

void TestRoundModel::roleNamesAreStable()
{
    RoundModel model;
    const auto roles = model.roleNames();
    QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("visitId"));
    for (const char *name : {"personName", "address", "timeRange", "length", "partnerText",
                             "status", "statusText", "statusDetail", "isNext"})
        QVERIFY2(roles.values().contains(QByteArray(name)), name);
}

QTEST_GUILESS_MAIN(TestRoundModel)
#include "tst_roundmodel.moc"
