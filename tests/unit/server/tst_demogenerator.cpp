// DemoGenerator on both backends: every role, realistic people, SMART goals, PRN and
// time-critical medicines, a rota every worker can sync, and the same organisation per seed.
#include "server/admin/demodata.h"
#include "server/admin/demogenerator.h"
#include "server/admin/passwordhash.h"
#include "server/scope/scopeservice.h"
#include "storetestsupport.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class DemoGeneratorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup() { m_store.close(); }
    void generatesACompleteOrganisation();
    void sameSeedGivesTheSameOrganisation();
    void badOptionsAreNamed_data();
    void badOptionsAreNamed();
    void nhsNumbersHaveAValidCheckDigit_data();
    void nhsNumbersHaveAValidCheckDigit();

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
    DemoOptions options;
    options.people = 7;
    options.workers = 3;
    options.days = 3;
    options.loginPrefix = QStringLiteral("t-");
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
    static const QRegularExpression postcode(QStringLiteral("^[A-Z]{1,2}[0-9]{1,2} [0-9][ABD-HJLNP-UW-Z]{2}$"));
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
                for (const char *smart : {"description", "baseline", "target", "measure", "dueDate"})
                    QVERIFY2(!goal.toObject().value(QLatin1String(smart)).toString().isEmpty(), smart);
            }
        } else if (record.type == QLatin1String("medication.order")) {
            prn = prn || p.value(QStringLiteral("prn")).toBool();
            timeCritical = timeCritical || p.value(QStringLiteral("timeCritical")).toBool();
            if (p.value(QStringLiteral("prn")).toBool())
                QVERIFY(!p.value(QStringLiteral("prnProtocol")).toObject().value(QStringLiteral("indication")).toString().isEmpty());
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
        DemoOptions options;
        options.people = 5;
        options.workers = 2;
        options.days = 1;
        options.seed = seed;
        options.loginPrefix = prefix;
        options.startDay = QDate(2025, 6, 2);
        auto demo = DemoGenerator(*m_store).generate(options);
        QStringList out;
        if (!demo)
            return out;
        for (const StoredRecord &r : allRecords(demo.value().organisation.id)) {
            if (r.record.type == QLatin1String("person"))
                out.append(r.record.payload.value(QStringLiteral("name")).toString() + QLatin1Char('|')
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

void DemoGeneratorTest::badOptionsAreNamed_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("field");
    QTest::newRow("no people") << 0 << 2 << 1 << "" << "people";
    QTest::newRow("no workers") << 3 << 0 << 1 << "" << "workers";
    QTest::newRow("too many days") << 3 << 2 << 91 << "" << "days";
    QTest::newRow("bad prefix") << 3 << 2 << 1 << "A B" << "loginPrefix";
}

void DemoGeneratorTest::badOptionsAreNamed()
{
    QFETCH(int, people);
    QFETCH(int, workers);
    QFETCH(int, days);
    QFETCH(QString, prefix);
    QFETCH(QString, field);
    DemoOptions options;
    options.people = people;
    options.workers = workers;
    options.days = days;
    options.loginPrefix = prefix;
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
        QVERIFY2(demo::nhsNumberIsValid(generated) && generated.startsWith(QLatin1String("999")), qPrintable(generated));
    }
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "tst_demogenerator.moc"
