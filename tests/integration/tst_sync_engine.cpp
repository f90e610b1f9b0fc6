// The sync engine against the real server: first sync, push, duplicates, refusals, token
// refresh, revocation, scope shrink (purge, checked in the device file), entry codes on the
// phone only around the visit, clock skew and the sealed escrow spool.
#include "synctestsupport.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "samplerecords.h"
#include "server/storage/servertypes.h"
#include "sql/database.h"
#include "sync/escrowsender.h"
#include "sync/escrowspool.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>

using namespace careround;
using namespace careround::synctest;

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstSyncPullsTheWorkingSet();
    void aCyclesFirstPageIsSmall();
    void pushDeliversOnceAndClearsTheSpool();
    void duplicateCountsAsDelivered();
    void refusedRecordsAreKeptAndNotRetriedBlindly();
    void threeRefusalsReachTheOffice();
    void unsentRecordsHoldOnlyTheirVisits();
    void expiredAccessTokenIsRefreshedAndRotated();
    void revokedDeviceAsksForAWipe();
    void scopeShrinkPurgesTheDeviceFile();
    void entryCodesLeaveThePhoneAfterTheVisit();
    void clockSkewIsVisibleAndOrderingHolds();
    void escrowDeliversSealedCopiesWithoutTheStore();

private:
    std::unique_ptr<SyncDevice> worker();
    std::unique_ptr<SyncFixture> m_fixture;
};

void TestSyncEngine::init()
{
    m_fixture = std::make_unique<SyncFixture>();
    const QString up = m_fixture->setUp();
    QVERIFY2(up.isEmpty(), qPrintable(up));
}

void TestSyncEngine::cleanup()
{
    if (QTest::currentTestFailed() && m_fixture->server)
        qWarning("server log:\n%s", m_fixture->server->stderrLog().right(3000).constData());
    m_fixture->tearDown();
    m_fixture.reset();
}

std::unique_ptr<SyncDevice> TestSyncEngine::worker()
{
    QString failure;
    auto device = m_fixture->enrol(QStringLiteral("worker"), &failure);
    if (!device)
        qWarning("%s", qPrintable(failure));
    return device;
}

void TestSyncEngine::firstSyncPullsTheWorkingSet()
{
    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QSignalSpy skew(&engine, &sync::SyncEngine::clockSkewChanged);
    QVERIFY(startAndSync(engine));
    const auto held = await(device->store->forPerson(m_fixture->world.personInScope));
    QStringList ids;
    for (const Record &r : held)
        ids.append(r.id);
    QVERIFY2(ids.contains(m_fixture->world.noteInScope), "the rota person's note arrived");
    QVERIFY(await(device->store->forPerson(m_fixture->world.personOutOfScope)).isEmpty());
    QVERIFY(engine.cursor() > 0);
    QVERIFY(engine.lastSuccessfulSync().isValid());
    QVERIFY(engine.online());
    QVERIFY(!skew.isEmpty());
    QVERIFY(std::abs(skew.last().first().toLongLong()) < 60000);
    // The cursor was saved with the page.
    const auto cursor =
        await(device->store->deviceState(QString::fromLatin1(sync::SyncStateKey::Cursor)));
    QVERIFY(cursor && cursor.value());
    QCOMPARE(cursor.value()->toLongLong(), engine.cursor());
}

// The first page of a cycle asks for 250 records, so storing starts while the server reads the
// next; the pages after it for the configured limit. Every record arrives once.
void TestSyncEngine::aCyclesFirstPageIsSmall()
{
    QString failure;
    const QList<Record> notes = m_fixture->pushOfficeNotes(400, &failure);
    QVERIFY2(!notes.isEmpty(), qPrintable(failure));
    auto device = worker();
    QVERIFY(device);
    sync::SyncEngineConfig config;
    config.pullLimit = 300;
    auto &engine = device->makeEngine({}, config);
    QSignalSpy sent(&engine.transport(), &sync::SyncTransport::requestSent);
    QVERIFY(startAndSync(engine));
    QStringList limits;
    for (const QList<QVariant> &request : sent) {
        const QString path = request.at(1).toString();
        if (path.startsWith(QLatin1String("/v1/sync/pull?")))
            limits.append(QUrlQuery(QUrl(path).query()).queryItemValue(QStringLiteral("limit")));
    }
    QVERIFY2(limits.size() >= 2, qPrintable(limits.join(QLatin1Char(','))));
    QCOMPARE(limits.first(), QStringLiteral("250"));
    for (const QString &limit : limits.mid(1))
        QCOMPARE(limit, QStringLiteral("300"));
    QSet<QString> held;
    for (const Record &r : await(device->store->forPerson(m_fixture->world.personInScope)))
        held.insert(r.id);
    for (const Record &note : notes)
        QVERIFY2(held.contains(note.id), qPrintable(note.id));
}

void TestSyncEngine::pushDeliversOnceAndClearsTheSpool()
{
    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));
    QStringList ids;
    sync::EscrowSpool spool(device->dir.path());
    QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
    QCOMPARE(
        device->saveNotes(25, m_fixture->world.personInScope, m_fixture->world.visitInScope, &ids),
        QString());
    QTRY_COMPARE_WITH_TIMEOUT(spool.recordIds().size(), 25, 10000); // sealed after commit
    QVERIFY(syncOnce(engine));
    QCOMPARE(await(device->store->pendingCount()), 0);
    QString failure;
    int duplicates = -1;
    const auto office = m_fixture->officeIds(&failure, &duplicates);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    for (const QString &id : ids)
        QVERIFY2(office.contains(id), qPrintable(id));
    QCOMPARE(duplicates, 0);
    QTRY_VERIFY_WITH_TIMEOUT(spool.recordIds().isEmpty(), 10000); // acknowledged: copies gone
}

void TestSyncEngine::duplicateCountsAsDelivered()
{
    auto device = worker();
    QVERIFY(device);
    const Record note = device->note(m_fixture->world.personInScope, m_fixture->world.visitInScope,
                                     QStringLiteral("Already there"));
    QVERIFY(await(device->store->save(note)));
    // The server already has it (as if an earlier answer was lost).
    const auto direct = m_fixture->client->postJson(
        QStringLiteral("/v1/sync/push"),
        {{QStringLiteral("records"), QJsonArray {RecordCodec::toJson(note)}}},
        device->credentials.accessToken);
    QCOMPARE(direct.status, 200);
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));
    QCOMPARE(await(device->store->pendingCount()), 0);
    QCOMPARE(engine.rejectedCount(), 0);
}

void TestSyncEngine::refusedRecordsAreKeptAndNotRetriedBlindly()
{
    auto device = worker();
    QVERIFY(device);
    const Record outside =
        device->note(m_fixture->world.personOutOfScope, {}, QStringLiteral("Wrong person"));
    QVERIFY(await(device->store->save(outside)));
    auto &engine = device->makeEngine();
    QSignalSpy refusedChanged(&engine, &sync::SyncEngine::refusedChanged);
    QVERIFY(startAndSync(engine)); // the cycle itself succeeds
    QCOMPARE(engine.rejectedCount(), 1);
    QVERIFY2(engine.lastError().contains(QStringLiteral("refused")),
             qPrintable(engine.lastError()));
    QVERIFY(!refusedChanged.isEmpty());
    QCOMPARE(engine.refusedRecords().size(), 1);
    QCOMPARE(engine.refusedRecords().first().recordId, outside.id);
    QVERIFY2(engine.refusedRecords().first().reason.startsWith(QStringLiteral("personId: ")),
             qPrintable(engine.refusedRecords().first().reason));
    auto attempts = [&] {
        return await(device->store->pendingOutbox(10, true)).value(0).attempts;
    };
    // Kept, never deleted, but no longer waiting to be sent: it does not count as pending.
    QCOMPARE(await(device->store->pendingOutbox(10, true)).size(), 1);
    QCOMPARE(await(device->store->pendingCount()), 0);
    QCOMPARE(attempts(), 1);
    QVERIFY(syncOnce(engine));
    QCOMPARE(attempts(), 1); // not offered again by itself
    QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
    engine.syncNow(); // a person asked: offered once more
    QVERIFY(finished.wait(CycleTimeoutMs));
    QCOMPARE(attempts(), 2);
    QCOMPARE(await(device->store->pendingCount()), 0);
    // Remembered across restarts of the engine.
    auto &again = device->makeEngine();
    QVERIFY(startAndSync(again));
    QCOMPARE(again.rejectedCount(), 1);
    QCOMPARE(attempts(), 2);
}

namespace {

// Every alert of a rule the office (a coordinator's device) pulls.
QList<QJsonObject> officeAlerts(SyncFixture &fixture, const QString &rule)
{
    const auto page = fixture.client->get(QStringLiteral("/v1/sync/pull?after=0&limit=5000"),
                                          fixture.office.accessToken);
    QList<QJsonObject> alerts;
    for (const QJsonValue &v : page.json.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("type")).toString() == QLatin1String("alert")
            && r.value(QStringLiteral("payload"))
                    .toObject()
                    .value(QStringLiteral("rule"))
                    .toString()
                == rule)
            alerts.append(r);
    }
    return alerts;
}

// The office's line for a visit in the visits report of its UK day.
QJsonObject officeVisit(SyncFixture &fixture, const Record &visit)
{
    const QDateTime start = QDateTime::fromString(
        visit.payload.value(QStringLiteral("plannedStart")).toString(), Qt::ISODate);
    const QString day = start.toTimeZone(QTimeZone("Europe/London")).date().toString(Qt::ISODate);
    const auto report = fixture.client->get(QStringLiteral("/v1/office/visits?date=") + day,
                                            fixture.office.accessToken);
    for (const QJsonValue &v : report.json.value(QStringLiteral("visits")).toArray())
        if (v.toObject().value(QStringLiteral("visit_id")).toString() == visit.visitId)
            return v.toObject();
    qWarning("visit %s not in the report: %s", qPrintable(visit.visitId),
             qPrintable(report.describe()));
    return {};
}

// The office books a visit of the worker to the rota person, planned `hoursAgo` ago.
Record officeVisitOf(SyncFixture &fixture, double hoursAgo)
{
    server::test::RecordFactory office(fixture.office.userId, fixture.office.deviceId);
    const Record visit =
        office.visit(fixture.world.personInScope,
                     QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600)),
                     {fixture.world.users.value(QStringLiteral("worker")).id});
    const auto pushed = fixture.client->postJson(
        QStringLiteral("/v1/sync/push"),
        {{QStringLiteral("records"), QJsonArray {RecordCodec::toJson(visit)}}},
        fixture.office.accessToken);
    if (pushed.json.value(QStringLiteral("accepted")).toInt() != 1)
        qWarning("visit not booked: %s", qPrintable(pushed.describe()));
    return visit;
}

} // namespace

// Issue 16, end to end: a person refuses personal care at three visits in a row. The server
// raises three_refusals from the refusal records (the phone writes no alert); a phone that still
// writes one (an older app) has it refused: kept as refused, reported to the office as
// record_refused, NOT pending, so the worker's later visit that nobody checked in to is missed,
// not awaiting_sync.
void TestSyncEngine::threeRefusalsReachTheOffice()
{
    QList<Record> visits;
    for (int daysAgo = 3; daysAgo >= 1; --daysAgo)
        visits.append(officeVisitOf(*m_fixture, daysAgo * 24.0));
    const Record missed = officeVisitOf(*m_fixture, 3.0); // nobody checks in
    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));

    QStringList refusals;
    for (const Record &visit : visits) {
        const QDate day = QDate::fromString(
            visit.payload.value(QStringLiteral("plannedStart")).toString().left(10), Qt::ISODate);
        const Record refused = device->author->make(
            QString::fromLatin1(RecordType::VisitTask), visit.personId, visit.visitId,
            {{QStringLiteral("task"), QStringLiteral("Personal care")},
             {QStringLiteral("outcome"), QStringLiteral("refused")},
             {QStringLiteral("note"), QStringLiteral("Said no")}},
            day);
        QVERIFY(await(device->store->save(refused)));
        refusals.append(refused.id);
    }
    // What the app used to write on the third refusal: the server refuses it.
    const Record phoneAlert = device->author->make(
        QString::fromLatin1(RecordType::Alert), visits.last().personId, visits.last().visitId,
        {{QStringLiteral("rule"), QStringLiteral("three_refusals")},
         {QStringLiteral("severity"), QStringLiteral("warning")},
         {QStringLiteral("summary"), QStringLiteral("Refused personal care at 3 visits in a row")},
         {QStringLiteral("relatedRecordIds"), QJsonArray::fromStringList(refusals)}});
    QVERIFY(await(device->store->save(phoneAlert)));
    QVERIFY(syncOnce(engine));

    // The phone keeps the refused record with the reason; nothing is waiting to be sent.
    QCOMPARE(await(device->store->pendingCount()), 0);
    QCOMPARE(engine.rejectedCount(), 1);
    QCOMPARE(engine.refusedRecords().first().recordId, phoneAlert.id);
    QVERIFY2(engine.refusedRecords().first().reason.contains(
                 QStringLiteral("only the office may write alert records")),
             qPrintable(engine.refusedRecords().first().reason));

    // The office has ONE three_refusals alert resting on the three refusals...
    auto threeRefusals = officeAlerts(*m_fixture, QStringLiteral("three_refusals"));
    QCOMPARE(threeRefusals.size(), 1);
    QStringList sorted = refusals;
    sorted.sort();
    QCOMPARE(threeRefusals.first()
                 .value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("relatedRecordIds"))
                 .toArray(),
             QJsonArray::fromStringList(sorted));
    QCOMPARE(threeRefusals.first().value(QStringLiteral("author_user_id")).toString(),
             QStringLiteral("careround-server"));
    // ...and a record_refused alert naming the device and the refused record.
    auto refusedAlerts = officeAlerts(*m_fixture, QStringLiteral("record_refused"));
    QCOMPARE(refusedAlerts.size(), 1);
    const QJsonObject refusedPayload =
        refusedAlerts.first().value(QStringLiteral("payload")).toObject();
    QCOMPARE(refusedPayload.value(QStringLiteral("relatedRecordIds")).toArray(),
             QJsonArray {phoneAlert.id});
    const QString summary = refusedPayload.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.contains(device->profile.deviceId) && summary.contains(phoneAlert.id),
             qPrintable(summary));

    // The worker's later visit that nobody checked in to is missed.
    const QJsonObject line = officeVisit(*m_fixture, missed);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    QVERIFY(line.value(QStringLiteral("awaiting_sync")).isNull());
    QCOMPARE(line.value(QStringLiteral("phone_holds_records")).toBool(), false);

    // A person asks to send it again: refused again, still one alert of each (deterministic ids).
    QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
    engine.syncNow();
    QVERIFY(finished.wait(CycleTimeoutMs));
    QCOMPARE(engine.rejectedCount(), 1);
    QCOMPARE(officeAlerts(*m_fixture, QStringLiteral("record_refused")).size(), 1);
    QCOMPARE(officeAlerts(*m_fixture, QStringLiteral("three_refusals")).size(), 1);
    QCOMPARE(officeVisit(*m_fixture, missed).value(QStringLiteral("status")).toString(),
             QStringLiteral("missed"));
}

// The device says which visits its unsent records belong to (CareRound-Pending-Visits): one
// unsent note of another visit does not hold a missed visit; a record of that visit does; and
// never past 12 hours after the planned end ("a phone still holds records").
void TestSyncEngine::unsentRecordsHoldOnlyTheirVisits()
{
    const Record missed = officeVisitOf(*m_fixture, 3.0);
    const Record longAgo = officeVisitOf(*m_fixture, 14.0);
    auto device = worker();
    QVERIFY(device);
    sync::SyncEngineConfig config;
    config.debounceMs = 3'600'000; // saves do not start a cycle: the records stay unsent
    config.periodicMs = 3'600'000;
    auto &engine = device->makeEngine({}, config);
    QVERIFY(startAndSync(engine));
    auto report = [&](int visitCount) {
        // Any authorised request carries the backlog: wait until the engine has read it.
        if (!QTest::qWaitFor(
                [&] {
                    const auto v = engine.transport().pendingVisits();
                    return v && v->size() == visitCount;
                },
                10000))
            return false;
        bool answered = false;
        engine.getAuthorised(QStringLiteral("/v1/me"),
                             [&](const sync::SyncReply &reply) { answered = reply.ok(); });
        return QTest::qWaitFor([&] { return answered; }, CycleTimeoutMs);
    };

    QVERIFY(await(device->store->save(device->note(m_fixture->world.personInScope,
                                                   m_fixture->world.visitInScope,
                                                   QStringLiteral("Unrelated")))));
    QVERIFY(report(1));
    QJsonObject line = officeVisit(*m_fixture, missed);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    QVERIFY(line.value(QStringLiteral("awaiting_sync")).isNull());

    QVERIFY(await(device->store->save(device->note(m_fixture->world.personInScope, missed.visitId,
                                                   QStringLiteral("At the visit")))));
    QVERIFY(await(device->store->save(device->note(m_fixture->world.personInScope, longAgo.visitId,
                                                   QStringLiteral("Long ago")))));
    QVERIFY(report(3));
    line = officeVisit(*m_fixture, missed);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_sync"));
    const QJsonObject holder = line.value(QStringLiteral("awaiting_sync")).toObject();
    QCOMPARE(holder.value(QStringLiteral("device_id")).toString(), device->profile.deviceId);
    QCOMPARE(holder.value(QStringLiteral("pending_records")).toInt(), 3);
    QVERIFY(!holder.value(QStringLiteral("pending_since")).toString().isEmpty());
    line = officeVisit(*m_fixture, longAgo);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    QCOMPARE(line.value(QStringLiteral("phone_holds_records")).toBool(), true);
}

void TestSyncEngine::expiredAccessTokenIsRefreshedAndRotated()
{
    auto device = worker();
    QVERIFY(device);
    sync::SyncCredentials expired = device->credentials;
    expired.accessExpiresAtMs = 0;
    QVERIFY(await(device->store->setDeviceState(
        QString::fromLatin1(sync::SyncStateKey::Credentials), expired.toJson())));
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));
    const auto stored =
        await(device->store->deviceState(QString::fromLatin1(sync::SyncStateKey::Credentials)));
    QVERIFY(stored && stored.value());
    const auto now = sync::SyncCredentials::fromJson(*stored.value());
    QVERIFY(now);
    QVERIFY(now.value().refreshToken != device->credentials.refreshToken); // rotated and saved
    QVERIFY(now.value().accessToken != device->credentials.accessToken);
    QCOMPARE(now.value().deviceSecretKey, device->credentials.deviceSecretKey);
}

void TestSyncEngine::revokedDeviceAsksForAWipe()
{
    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));
    QByteArray out, err;
    QCOMPARE(ServerProcess::runCli(m_fixture->args,
                                   {QStringLiteral("revoke-device"), QStringLiteral("--device"),
                                    device->profile.deviceId},
                                   &out, &err),
             0);
    QSignalSpy revoked(&engine, &sync::SyncEngine::deviceRevoked);
    QVERIFY(!syncOnce(engine));
    QCOMPARE(revoked.size(), 1);
    QVERIFY(!engine.lastError().isEmpty());
}

void TestSyncEngine::scopeShrinkPurgesTheDeviceFile()
{
    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));
    const QString person = m_fixture->world.personInScope;
    QVERIFY(!await(device->store->forPerson(person)).isEmpty());

    // The office gives the visit to someone else: the person leaves the worker's scope.
    const auto &office = m_fixture->office;
    server::test::RecordFactory rota(office.userId, office.deviceId);
    const QDateTime start(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    const Record moved =
        rota.visit(person, start, {m_fixture->world.users.value(QStringLiteral("outsider")).id},
                   m_fixture->world.visitInScope);
    const auto pushed = m_fixture->client->postJson(
        QStringLiteral("/v1/sync/push"),
        {{QStringLiteral("records"), QJsonArray {RecordCodec::toJson(moved)}}}, office.accessToken);
    QVERIFY2(pushed.status == 200 && pushed.json.value(QStringLiteral("accepted")).toInt() == 1,
             qPrintable(pushed.describe()));

    // A note written before the device heard of it: unsent, so it must survive the purge.
    const Record unsent =
        device->note(person, m_fixture->world.visitInScope, QStringLiteral("Written offline"));
    QVERIFY(await(device->store->save(unsent)));
    QVERIFY(syncOnce(engine));
    QVERIFY(syncOnce(engine));

    device->closeStore();
    auto db = sql::Database::open(device->storePath(), device->key, sql::OpenMode::ReadOnly);
    QVERIFY(db);
    auto left = db.value().queryText(
        QStringLiteral("SELECT group_concat(id) FROM records WHERE person_id = '%1'").arg(person));
    QVERIFY(left);
    QCOMPARE(left.value(), unsent.id); // only the unsent record is left
    auto outbox = db.value().queryInt(QStringLiteral("SELECT count(*) FROM outbox"));
    QCOMPARE(outbox.value(), 1);
    QCOMPARE(integrityCheck(device->storePath(), device->key), QStringLiteral("ok"));
}

void TestSyncEngine::entryCodesLeaveThePhoneAfterTheVisit()
{
    // The office: a person of the worker's, visited in two hours, and their key-safe code.
    server::test::RecordFactory office(m_fixture->office.userId, m_fixture->office.deviceId);
    const QString person = server::test::newPersonId();
    const QString workerId = m_fixture->world.users.value(QStringLiteral("worker")).id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Record visit = office.visit(person, now.addSecs(2 * 3600), {workerId});
    Record codes = office.base(QString::fromLatin1(RecordType::PersonEntryCodes), person,
                               QDate::currentDate());
    codes.payload = samples::payload(codes.type);
    const auto push = [&](const QList<Record> &records) {
        QJsonArray batch;
        for (const Record &r : records)
            batch.append(RecordCodec::toJson(r));
        return m_fixture->client
            ->postJson(QStringLiteral("/v1/sync/push"), {{QStringLiteral("records"), batch}},
                       m_fixture->office.accessToken)
            .json.value(QStringLiteral("accepted"))
            .toInt();
    };
    QCOMPARE(push({office.person(person), visit, codes}), 3);
    const auto heldIds = [](const QList<Record> &records) {
        QSet<QString> ids;
        for (const Record &r : records)
            ids.insert(r.id);
        return ids;
    };

    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QVERIFY(startAndSync(engine));
    QVERIFY2(heldIds(await(device->store->forPerson(person))).contains(codes.id),
             "the codes came for the visit");

    // The office moves the visit to this morning: it is over, the codes leave the phone.
    const Record moved = office.visit(person, now.addSecs(-10 * 3600), {workerId}, visit.visitId);
    QCOMPARE(push({moved}), 1);
    QVERIFY(syncOnce(engine));
    const QSet<QString> after = heldIds(await(device->store->forPerson(person)));
    QVERIFY2(!after.contains(codes.id), "the codes are gone after the visit");
    QVERIFY(after.contains(moved.id)); // the person is still on the rota: the rest stays
    QCOMPARE(integrityCheck(device->storePath(), device->key), QStringLiteral("ok"));
}

// Clocks up to a day off still sync (the server refuses clocks more than 24 h ahead of its own,
// tst_sync_limits): two devices 23 h either side of it.
void TestSyncEngine::clockSkewIsVisibleAndOrderingHolds()
{
    constexpr qint64 Skew = 23LL * 3600 * 1000;
    auto ahead = worker();
    auto behind = worker();
    QVERIFY(ahead && behind);
    auto skewed = [](qint64 by) {
        return [by] {
            return QDateTime::currentMSecsSinceEpoch() + by;
        };
    };
    for (auto [device, by] : {std::pair {ahead.get(), Skew}, std::pair {behind.get(), -Skew}}) {
        device->clock = std::make_shared<HybridLogicalClock>(device->profile.deviceId, skewed(by));
        device->author =
            std::make_unique<RecordAuthor>(device->profile.userId, device->profile.deviceId,
                                           device->clock, QTimeZone::utc(), skewed(by));
    }
    const Record first = ahead->note(m_fixture->world.personInScope, m_fixture->world.visitInScope,
                                     QStringLiteral("Written by a clock 23 hours fast"));
    QVERIFY(await(ahead->store->save(first)));
    auto &aheadEngine = ahead->makeEngine();
    aheadEngine.transport().setWallClock(skewed(Skew));
    QSignalSpy aheadSkew(&aheadEngine, &sync::SyncEngine::clockSkewChanged);
    QVERIFY(startAndSync(aheadEngine));
    QCOMPARE(await(ahead->store->pendingCount()), 0);
    QVERIFY(std::abs(aheadSkew.last().first().toLongLong() - Skew) < 60000);

    auto &behindEngine = behind->makeEngine();
    behindEngine.transport().setWallClock(skewed(-Skew));
    QSignalSpy behindSkew(&behindEngine, &sync::SyncEngine::clockSkewChanged);
    QVERIFY(startAndSync(behindEngine));
    QVERIFY(std::abs(behindSkew.last().first().toLongLong() + Skew) < 60000);
    bool received = false;
    for (const Record &r : await(behind->store->forPerson(m_fixture->world.personInScope)))
        received = received || r.id == first.id;
    QVERIFY(received);
    // Written after reading it, on a clock 46 hours behind the writer's: still ordered after.
    const Record reply = behind->note(m_fixture->world.personInScope, m_fixture->world.visitInScope,
                                      QStringLiteral("Answer"));
    QVERIFY(reply.hlc > first.hlc);
    QVERIFY(await(behind->store->save(reply)));
    QVERIFY(syncOnce(behindEngine));
    QStringList ordered;
    for (const Record &r : await(behind->store->forPerson(m_fixture->world.personInScope)))
        ordered.append(r.id);
    QVERIFY(ordered.contains(reply.id));
    QVERIFY(ordered.indexOf(first.id) < ordered.indexOf(reply.id));
}

void TestSyncEngine::escrowDeliversSealedCopiesWithoutTheStore()
{
    auto device = worker();
    QVERIFY(device);
    QStringList ids;
    // Saved before any engine ran: sealed by the reconcile at start.
    QCOMPARE(
        device->saveNotes(3, m_fixture->world.personInScope, m_fixture->world.visitInScope, &ids),
        QString());
    sync::SyncEngineConfig config;
    auto &engine =
        device->makeEngine(QUrl(QStringLiteral("https://127.0.0.1:1")), config); // unreachable
    QSignalSpy started(&engine, &sync::SyncEngine::started);
    engine.start();
    QVERIFY(started.wait(10000));
    // Saved while the engine runs: sealed on the writer thread after commit.
    QCOMPARE(
        device->saveNotes(2, m_fixture->world.personInScope, m_fixture->world.visitInScope, &ids),
        QString());
    sync::EscrowSpool spool(device->dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(spool.recordIds().size(), 5, 10000);
    QVERIFY(spool.identity());
    device->closeStore(); // from here on the device cannot read its store

    sync::EscrowSender sender(device->dir.path(), {m_fixture->server->certificate()});
    QSignalSpy finished(&sender, &sync::EscrowSender::finished);
    sender.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 5);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(finished.first().at(2).toString(), QString());
    QVERIFY(spool.recordIds().isEmpty());
    QString failure;
    const auto office = m_fixture->officeIds(&failure);
    for (const QString &id : ids)
        QVERIFY2(office.contains(id), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
