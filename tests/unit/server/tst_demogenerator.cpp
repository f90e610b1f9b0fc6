// DemoGenerator on both backends: every role, realistic people, SMART goals, PRN and
// time-critical medicines, a rota every worker can sync, and the same organisation per seed.
#include "server/admin/demodata.h"
#include "server/admin/demogenerator.h"
#include "server/admin/passwordhash.h"
#include "server/scope/scopeservice.h"
#include "storetestsupport.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {
DemoOptions sized(int people, int workers, int days, const QString &loginPrefix)
{
    DemoOptions options;
    options.people = people;
    options.workers = workers;
    options.days = days;
    options.loginPrefix = loginPrefix;
    return options;
}
} // namespace

class DemoGeneratorTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup() { m_store.close(); }
    void generatesACompleteOrganisation();
    void sameSeedGivesTheSameOrganisation();
    void passwordIsRandomForEveryDemoWhateverTheSeed();
    void badOptionsAreNamed_data();
    void badOptionsAreNamed();
    void nhsNumbersHaveAValidCheckDigit_data();
    void nhsNumbersHaveAValidCheckDigit();
    void workersRunTheirCallsOneAfterAnother();
    void callsEndedBeforeTheCutOffAreDelivered();

private:
    QList<StoredRecord> allRecords(const QString &orgId);
    TestStore m_store;
};

void DemoGeneratorTest::initTestCase_data()
{
    addBackendRows();
}

void DemoGeneratorTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
}

QList<StoredRecord> DemoGeneratorTest::allRecords(const QString &orgId)
{
    QList<StoredRecord> all;
    RecordQuery q;
    q.orgId = orgId;
    q.allPersons = true;
    q.limit = 5000;
    for (;;) {
        auto page = m_store->queryRecords(q);
        if (!page)
            return {};
        all += page.value().records;
        q.afterSeq = page.value().nextAfterSeq;
        if (!page.value().more)
            return all;
    }
}

void DemoGeneratorTest::generatesACompleteOrganisation()
{
    DemoOptions options = sized(7, 3, 3, QStringLiteral("t-"));
    auto demo = DemoGenerator(*m_store).generate(options);
    QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    const DemoResult &r = demo.value();
    QCOMPARE(r.people, 7);
    QCOMPARE(r.logins.size(), 4 + 3);
    QCOMPARE(r.logins.first().role, Role::Coordinator);
    QVERIFY(r.logins.first().loginName.startsWith(QLatin1String("t-")));
    const User coordinator = m_store->userByLogin(r.logins.first().loginName).value().value();
    QVERIFY(verifyPassword(coordinator.passwordHash, r.logins.first().password));
    const QString orgId = r.organisation.id;

    QHash<Role, int> roles;
    QList<User> workers;
    const QList<User> users = m_store->usersInOrg(orgId).value();
    for (const User &user : users) {
        roles[user.role] += 1;
        if (user.role == Role::CareWorker)
            workers.append(user);
    }
    QCOMPARE(roles.value(Role::CareWorker), 3);
    QCOMPARE(roles.value(Role::Supervisor), 1);
    QCOMPARE(roles.value(Role::FamilyMember), 1);
    QCOMPARE(roles.value(Role::Therapist), 1);

    const QList<StoredRecord> records = allRecords(orgId);
    QCOMPARE(records.size(), r.records);
    QHash<QString, int> types;
    bool prn = false, timeCritical = false;
    static const QRegularExpression postcode(
        QStringLiteral("^[A-Z]{1,2}[0-9]{1,2} [0-9][ABD-HJLNP-UW-Z]{2}$"));
    for (const StoredRecord &stored : records) {
        const Record &record = stored.record;
        types[record.type] += 1;
        const QJsonObject &p = record.payload;
        if (record.type == QLatin1String("person")) {
            QVERIFY(demo::nhsNumberIsValid(p.value(QStringLiteral("nhsNumber")).toString()));
            QVERIFY2(postcode.match(p.value(QStringLiteral("postcode")).toString()).hasMatch(),
                     qPrintable(p.value(QStringLiteral("postcode")).toString()));
            QVERIFY(p.value(QStringLiteral("name")).toString().contains(QLatin1Char(' ')));
        } else if (record.type == QLatin1String("careplan")) {
            const QJsonArray goals = p.value(QStringLiteral("goals")).toArray();
            QVERIFY(!goals.isEmpty());
            for (const QJsonValue &goal : goals) {
                for (const char *smart :
                     {"description", "baseline", "target", "measure", "dueDate"})
                    QVERIFY2(!goal.toObject().value(QLatin1String(smart)).toString().isEmpty(),
                             smart);
            }
        } else if (record.type == QLatin1String("medication.order")) {
            prn = prn || p.value(QStringLiteral("prn")).toBool();
            timeCritical = timeCritical || p.value(QStringLiteral("timeCritical")).toBool();
            if (p.value(QStringLiteral("prn")).toBool())
                QVERIFY(!p.value(QStringLiteral("prnProtocol"))
                             .toObject()
                             .value(QStringLiteral("indication"))
                             .toString()
                             .isEmpty());
        }
    }
    QCOMPARE(types.value(QStringLiteral("person")), 7);
    QCOMPARE(types.value(QStringLiteral("careplan")), 7);
    QCOMPARE(types.value(QStringLiteral("visit")), r.visits);
    QVERIFY(r.visits >= 7 * 3);
    QVERIFY(prn);
    QVERIFY(timeCritical);

    // Every worker has a round in the first days, and can sync it; the family member sees the
    // shared entry only.
    ScopeService scope(*m_store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const User &worker : workers) {
        auto mine = scope.scopeFor(worker.id, now);
        QVERIFY(mine.ok());
        QVERIFY2(!mine.value().personIds.isEmpty(), qPrintable(worker.loginName));
    }
    const User family = m_store->userByLogin(QStringLiteral("t-family")).value().value();
    QCOMPARE(scope.scopeFor(family.id, now).value().personIds.size(), 1);
    const User supervisor = m_store->userByLogin(QStringLiteral("t-supervisor")).value().value();
    QCOMPARE(m_store->supervisedWorkers(orgId, supervisor.id).value().size(), 3);
    const User therapist = m_store->userByLogin(QStringLiteral("t-therapist")).value().value();
    QCOMPARE(m_store->caseload(orgId, therapist.id).value().size(), 3);
}

void DemoGeneratorTest::sameSeedGivesTheSameOrganisation()
{
    auto names = [this](quint64 seed, const QString &prefix) {
        DemoOptions options = sized(5, 2, 1, prefix);
        options.seed = seed;
        options.startDay = QDate(2025, 6, 2);
        auto demo = DemoGenerator(*m_store).generate(options);
        QStringList out;
        if (!demo)
            return out;
        for (const StoredRecord &r : allRecords(demo.value().organisation.id)) {
            if (r.record.type == QLatin1String("person"))
                out.append(r.record.payload.value(QStringLiteral("name")).toString()
                           + QLatin1Char('|')
                           + r.record.payload.value(QStringLiteral("nhsNumber")).toString());
        }
        out.append(QString::number(demo.value().visits));
        return out;
    };
    const QStringList first = names(42, QStringLiteral("a-"));
    QCOMPARE(first.size(), 6);
    QCOMPARE(names(42, QStringLiteral("b-")), first);
    QVERIFY(names(43, QStringLiteral("c-")) != first);
}

void DemoGeneratorTest::passwordIsRandomForEveryDemoWhateverTheSeed()
{
    QStringList passwords;
    for (const QString &prefix : {QStringLiteral("p-"), QStringLiteral("q-")}) {
        DemoOptions options = sized(2, 1, 1, prefix);
        options.seed = 1; // what scripts/run.sh's installs all used
        auto demo = DemoGenerator(*m_store).generate(options);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        const DemoLogin &coordinator = demo.value().logins.first();
        // One password for all of one demo's logins, and it is the stored one.
        for (const DemoLogin &login : demo.value().logins)
            QCOMPARE(login.password, coordinator.password);
        const User user = m_store->userByLogin(coordinator.loginName).value().value();
        QVERIFY(verifyPassword(user.passwordHash, coordinator.password));
        QVERIFY2(coordinator.password.size() >= 20, qPrintable(coordinator.password));
        passwords.append(coordinator.password);
    }
    QVERIFY2(passwords.first() != passwords.last(),
             "two demos with one seed got the same password");
}

void DemoGeneratorTest::badOptionsAreNamed_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("field");
    QTest::newRow("no people") << 0 << 2 << 1 << ""
                               << "people";
    QTest::newRow("no workers") << 3 << 0 << 1 << ""
                                << "workers";
    QTest::newRow("too many days") << 3 << 2 << 91 << ""
                                   << "days";
    QTest::newRow("bad prefix") << 3 << 2 << 1 << "A B"
                                << "loginPrefix";
}

void DemoGeneratorTest::badOptionsAreNamed()
{
    QFETCH(int, people);
    QFETCH(int, workers);
    QFETCH(int, days);
    QFETCH(QString, prefix);
    QFETCH(QString, field);
    DemoOptions options = sized(people, workers, days, prefix);
    auto demo = DemoGenerator(*m_store).generate(options);
    QVERIFY(!demo.ok());
    QCOMPARE(demo.error().field, field);
    QVERIFY(m_store->organisations().value().isEmpty());
}

void DemoGeneratorTest::nhsNumbersHaveAValidCheckDigit_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("published example") << "9434765919" << true;
    QTest::newRow("test range") << "9990000018" << true;
    QTest::newRow("wrong check digit") << "9434765918" << false;
    QTest::newRow("check digit would be 10") << "9990000000" << false;
    QTest::newRow("too short") << "943476591" << false;
    QTest::newRow("letters") << "94347659A9" << false;
}

void DemoGeneratorTest::nhsNumbersHaveAValidCheckDigit()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(demo::nhsNumberIsValid(number), valid);
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        const QString generated = demo::nhsNumber(random);
        QVERIFY2(demo::nhsNumberIsValid(generated) && generated.startsWith(QLatin1String("999")),
                 qPrintable(generated));
    }
}

void DemoGeneratorTest::workersRunTheirCallsOneAfterAnother()
{
    DemoOptions options =
        sized(20, 4, 2, QStringLiteral("r-")); // five people per worker, as in the README's demo
    auto demo = DemoGenerator(*m_store).generate(options);
    QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    // Each worker's calls, as [start, end) in ms, must not overlap: a rota a person could work.
    QHash<QString, QList<QPair<qint64, qint64>>> calls;
    int named = 0;
    for (const StoredRecord &stored : allRecords(demo.value().organisation.id)) {
        const Record &r = stored.record;
        if (r.type != QLatin1String("visit"))
            continue;
        const qint64 start =
            QDateTime::fromString(r.payload.value(QStringLiteral("plannedStart")).toString(),
                                  Qt::ISODate)
                .toMSecsSinceEpoch();
        const qint64 end =
            start + r.payload.value(QStringLiteral("durationMinutes")).toInt() * 60000;
        const QJsonObject names = r.payload.value(QStringLiteral("workerNames")).toObject();
        for (const QJsonValue &worker : r.payload.value(QStringLiteral("workerIds")).toArray()) {
            calls[worker.toString()].append({start, end});
            QVERIFY2(!names.value(worker.toString()).toString().isEmpty(), "every worker is named");
            ++named;
        }
    }
    QVERIFY(named > 0);
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end());
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(
                list[i].first >= list[i - 1].second,
                qPrintable(
                    QStringLiteral("worker %1 has overlapping calls at %2 and %3")
                        .arg(
                            it.key(),
                            QDateTime::fromMSecsSinceEpoch(list[i - 1].first).toString(Qt::ISODate),
                            QDateTime::fromMSecsSinceEpoch(list[i].first).toString(Qt::ISODate))));
    }
}

void DemoGeneratorTest::callsEndedBeforeTheCutOffAreDelivered()
{
    DemoOptions options = sized(10, 2, 2, QStringLiteral("h-"));
    options.startDay = QDate(2026, 3, 10);
    options.deliveredBefore = QDateTime(options.startDay, QTime(13, 0), QTimeZone("Europe/London"));
    auto demo = DemoGenerator(*m_store).generate(options);
    QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    QHash<QString, Record> visits;
    QHash<QString, QStringList> events; // visit id -> event types
    for (const StoredRecord &stored : allRecords(demo.value().organisation.id)) {
        if (stored.record.type == QLatin1String("visit"))
            visits.insert(stored.record.visitId, stored.record);
        else if (stored.record.type.startsWith(QLatin1String("visit.")))
            events[stored.record.visitId].append(stored.record.type);
    }
    int delivered = 0;
    for (const Record &visit : std::as_const(visits)) {
        const QDateTime start = QDateTime::fromString(
            visit.payload.value(QStringLiteral("plannedStart")).toString(), Qt::ISODate);
        const QDateTime end =
            start.addSecs(60 * visit.payload.value(QStringLiteral("durationMinutes")).toInt());
        const int workers = int(visit.payload.value(QStringLiteral("workerIds")).toArray().size());
        if (end.addSecs(600) < options.deliveredBefore) {
            QCOMPARE(events.value(visit.visitId).count(QStringLiteral("visit.checkin")), workers);
            QCOMPARE(events.value(visit.visitId).count(QStringLiteral("visit.checkout")), workers);
            ++delivered;
        } else if (start > options.deliveredBefore) {
            QVERIFY2(events.value(visit.visitId).isEmpty(), "a call still to come has no events");
        }
    }
    QVERIFY(delivered > 0);
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "tst_demogenerator.moc"
