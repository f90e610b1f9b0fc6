// A family member's phone against the real server, checked in the device file itself: it holds
// the family-shared entries, who read them, the person's name and visit summaries — never a
// care-team-only entry, its acknowledgement or the team's note — its own entries reach the
// office, and when consent is withdrawn the next sync removes everything about the person and
// says who was purged (the family home's notice). Also: the office's report asked for before the
// engine has started waits for it.
#include "synctestsupport.h"

#include "core/recordtypes.h"
#include "sql/database.h"

#include <optional>

#include <QSignalSpy>
#include <QtTest>

using namespace careround;
using namespace careround::synctest;

class TestSyncFamily : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void familyFileNeverHoldsCareTeamEntries();
    void withdrawnConsentEmptiesTheFileAndSaysWho();
    void officeReportAskedBeforeStartWaitsForIt();

private:
    std::unique_ptr<SyncDevice> enrol(const QString &role);
    // A care-team entry, a shared one and an acknowledgement of each, pushed by a worker.
    void workerWrites();
    // workerWrites(), then the family member's phone signed in and synced once; null on failure.
    std::unique_ptr<SyncDevice> familyAfterTheTeamWrote();
    // The device's file, opened read-only after its store is closed (the engine goes with it).
    static std::optional<sql::Database> openFile(SyncDevice &device);
    static QString text(sql::Database &db, const QString &sql);

    std::unique_ptr<SyncFixture> m_fixture;
    Record m_team, m_shared, m_teamAck, m_sharedAck;
};

void TestSyncFamily::init()
{
    m_fixture = std::make_unique<SyncFixture>();
    const QString up = m_fixture->setUp();
    QVERIFY2(up.isEmpty(), qPrintable(up));
}

void TestSyncFamily::cleanup()
{
    if (QTest::currentTestFailed() && m_fixture->server)
        qWarning("server log:\n%s", m_fixture->server->stderrLog().right(3000).constData());
    m_fixture->tearDown();
    m_fixture.reset();
}

std::unique_ptr<SyncDevice> TestSyncFamily::enrol(const QString &role)
{
    QString failure;
    auto device = m_fixture->enrol(role, &failure);
    if (!device)
        qWarning("%s", qPrintable(failure));
    return device;
}

void TestSyncFamily::workerWrites()
{
    auto worker = enrol(QStringLiteral("worker"));
    QVERIFY(worker);
    const QString person = m_fixture->world.personInScope;
    const QString entryType = QString::fromLatin1(RecordType::CommbookEntry);
    const QString ackType = QString::fromLatin1(RecordType::CommbookAck);
    m_team =
        worker->author->make(entryType, person, {},
                             {{QStringLiteral("text"), QStringLiteral("Bruise on the left arm")},
                              {QStringLiteral("audience"), QStringLiteral("care_team")},
                              {QStringLiteral("category"), QStringLiteral("health")}});
    m_shared = worker->author->make(entryType, person, {},
                                    {{QStringLiteral("text"), QStringLiteral("Sang in the garden")},
                                     {QStringLiteral("audience"), QStringLiteral("family")},
                                     {QStringLiteral("category"), QStringLiteral("general")}});
    QVERIFY(await(worker->store->save(m_team)));
    QVERIFY(await(worker->store->save(m_shared)));
    auto supervisor = enrol(QStringLiteral("supervisor"));
    QVERIFY(supervisor);
    m_teamAck = supervisor->author->make(ackType, person, {},
                                         {{QStringLiteral("entryId"), m_team.id},
                                          {QStringLiteral("note"), QStringLiteral("GP told")}});
    m_sharedAck =
        supervisor->author->make(ackType, person, {},
                                 {{QStringLiteral("entryId"), m_shared.id},
                                  {QStringLiteral("note"), QStringLiteral("team only words")}});
    QVERIFY(await(supervisor->store->save(m_teamAck)));
    QVERIFY(await(supervisor->store->save(m_sharedAck)));
    QVERIFY(startAndSync(worker->makeEngine()));
    QVERIFY(startAndSync(supervisor->makeEngine()));
    QCOMPARE(await(worker->store->pendingCount()), 0);
    QCOMPARE(await(supervisor->store->pendingCount()), 0);
}

std::optional<sql::Database> TestSyncFamily::openFile(SyncDevice &device)
{
    device.closeStore();
    auto db = sql::Database::open(device.storePath(), device.key, sql::OpenMode::ReadOnly);
    if (!db) {
        qWarning("cannot open the device file: %s", qPrintable(db.error().toString()));
        return std::nullopt;
    }
    return std::move(db.value());
}

QString TestSyncFamily::text(sql::Database &db, const QString &sql)
{
    auto result = db.queryText(sql);
    return result ? result.value() : result.error().toString();
}

std::unique_ptr<SyncDevice> TestSyncFamily::familyAfterTheTeamWrote()
{
    workerWrites();
    if (QTest::currentTestFailed())
        return nullptr;
    auto family = enrol(QStringLiteral("family"));
    if (!family || !startAndSync(family->makeEngine()))
        return nullptr;
    return family;
}

void TestSyncFamily::familyFileNeverHoldsCareTeamEntries()
{
    auto family = familyAfterTheTeamWrote();
    QVERIFY(family);
    auto &engine = *family->engine;
    QVERIFY(syncOnce(engine));
    const QString person = m_fixture->world.personInScope;
    // The family member's own entry reaches the office.
    const Record mine =
        family->author->make(QString::fromLatin1(RecordType::CommbookEntry), person, {},
                             {{QStringLiteral("text"), QStringLiteral("Mum had a good weekend")},
                              {QStringLiteral("audience"), QStringLiteral("family")},
                              {QStringLiteral("category"), QStringLiteral("general")}});
    QVERIFY(await(family->store->save(mine)));
    QVERIFY2(syncOnce(engine), qPrintable(engine.lastError()));
    QCOMPARE(await(family->store->pendingCount()), 0);
    QString failure;
    QVERIFY(m_fixture->officeIds(&failure).contains(mine.id));

    auto file = openFile(*family);
    QVERIFY(file);
    const QString ids = text(*file, QStringLiteral("SELECT group_concat(id) FROM records"));
    QVERIFY2(ids.contains(mine.id), qPrintable(ids));
    QVERIFY2(ids.contains(m_shared.id), qPrintable(ids));
    QVERIFY2(ids.contains(m_sharedAck.id), qPrintable(ids));
    QVERIFY2(!ids.contains(m_team.id), "the care-team entry is not on the family phone");
    QVERIFY2(!ids.contains(m_teamAck.id), "nor who read it");
    // Nowhere in the file: not the team's words, not a team-only entry's audience, not a team-only
    // type.
    const QString everything =
        text(*file,
             QStringLiteral(
                 "SELECT group_concat(type || ' ' || author || ' ' || CAST(payload AS TEXT), '\n') "
                 "FROM records"));
    for (const QString &secret : {QStringLiteral("Bruise"), QStringLiteral("GP told"),
                                  QStringLiteral("team only words"), QStringLiteral("care_team")})
        QVERIFY2(!everything.contains(secret),
                 qPrintable(secret + QStringLiteral(" in:\n") + everything));
    const QString types =
        text(*file, QStringLiteral("SELECT group_concat(DISTINCT type) FROM records"));
    QSet<QString> typeSet;
    for (const QString &type : types.split(QLatin1Char(',')))
        typeSet.insert(type);
    const QSet<QString> allowed {QString::fromLatin1(RecordType::Person),
                                 QString::fromLatin1(RecordType::CommbookEntry),
                                 QString::fromLatin1(RecordType::CommbookAck),
                                 QString::fromLatin1(RecordType::VisitSummary)};
    QVERIFY2(allowed.contains(typeSet), qPrintable(types));
    QCOMPARE(
        text(*file,
             QStringLiteral("SELECT count(*) FROM records WHERE person_id <> '%1'").arg(person)),
        QStringLiteral("0"));
}

void TestSyncFamily::withdrawnConsentEmptiesTheFileAndSaysWho()
{
    auto family = familyAfterTheTeamWrote();
    QVERIFY(family);
    auto &engine = *family->engine;
    const QString person = m_fixture->world.personInScope;
    QVERIFY(!await(family->store->forPerson(person)).isEmpty());

    QSignalSpy purged(&engine, &sync::SyncEngine::peoplePurged);
    QByteArray err;
    QCOMPARE(ServerProcess::runCli(m_fixture->args,
                                   {QStringLiteral("withdraw-consent"), QStringLiteral("--org"),
                                    m_fixture->world.orgA.id, QStringLiteral("--link"),
                                    m_fixture->world.familyLinkId, QStringLiteral("--recorded-by"),
                                    m_fixture->world.users.value(QStringLiteral("coordinator")).id,
                                    QStringLiteral("--note"), QStringLiteral("by phone")},
                                   nullptr, &err),
             0);
    QVERIFY(syncOnce(engine));
    QVERIFY(syncOnce(engine));
    QVERIFY(purged.count() >= 1);
    QCOMPARE(purged.first().first().toStringList(), QStringList {person});
    {
        auto file = openFile(*family);
        QVERIFY(file);
        QCOMPARE(text(*file, QStringLiteral("SELECT count(*) FROM records")), QStringLiteral("0"));
    }
    QCOMPARE(integrityCheck(family->storePath(), family->key), QStringLiteral("ok"));
}

// A supervisor opening Spot checks just after unlocking: the engine has not finished starting.
// The office's report is fetched once it has, not answered "signed out".
void TestSyncFamily::officeReportAskedBeforeStartWaitsForIt()
{
    auto supervisor = enrol(QStringLiteral("supervisor"));
    QVERIFY(supervisor);
    auto &engine = supervisor->makeEngine();
    std::optional<sync::SyncReply> answer;
    engine.start();
    engine.getAuthorised(QStringLiteral("/v1/office/spot-checks"),
                         [&answer](const sync::SyncReply &reply) { answer = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), CycleTimeoutMs);
    QVERIFY2(answer->ok(), qPrintable(QString::number(answer->status)));
    QCOMPARE(answer->json.value(QStringLiteral("report")).toString(),
             QStringLiteral("spot_checks"));
}

QTEST_GUILESS_MAIN(TestSyncFamily)
#include "tst_sync_family.moc"
