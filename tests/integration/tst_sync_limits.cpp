// Records that could stop colleagues' phones from syncing or drag their clocks, against the real
// server and the app's own sync engine (issue 20, items 2 and 4): large legal records page through,
// oversized records and unknown payload fields are refused at push, a failed pull is shown as
// failed, clocks and times far ahead are refused at push and never adopted from a pull, and the
// office sees each device's clock skew.
#include "synctestsupport.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "server/storage/serverstorefactory.h"
#include "ui/session/syncstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace careround;
using namespace careround::synctest;
using server::test::RecordFactory;

namespace {
constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;
const qint64 Year2099Ms =
    QDateTime(QDate(2099, 6, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// Care-plan text as offices write it: long, and repetitive enough to compress very well.
QString planText(int chars)
{
    const QString sentence =
        QStringLiteral("Walk to the shop with the frame, rest on the bench by the church. ");
    return sentence.repeated(chars / sentence.size() + 1).left(chars);
}

// A care plan of 100 SMART goals (the most a plan may have) whose four texts are `chars` long:
// about 400 x `chars` bytes as stored.
Record bigCarePlan(RecordFactory &factory, const QString &personId, int chars)
{
    Record r = factory.carePlan(personId);
    QJsonArray list;
    for (int i = 0; i < 100; ++i) {
        const QString text = planText(chars);
        list.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("goal-%1").arg(i)},
                                 {QStringLiteral("description"), text},
                                 {QStringLiteral("baseline"), text},
                                 {QStringLiteral("target"), text},
                                 {QStringLiteral("measure"), text},
                                 {QStringLiteral("dueDate"), QStringLiteral("2027-06-01")}});
    }
    r.payload.insert(QStringLiteral("goals"), list);
    return r;
}

// One push as JSON records; the answer's results.
QJsonArray push(server::test::ApiClient &client, const QByteArray &token, const QJsonArray &records,
                QString *failure)
{
    const auto reply = client.postJson(QStringLiteral("/v1/sync/push"),
                                       {{QStringLiteral("records"), records}}, token);
    if (reply.status != 200) {
        *failure = reply.describe();
        return {};
    }
    return reply.json.value(QStringLiteral("results")).toArray();
}
} // namespace

class TestSyncLimits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void largeLegalRecordsPageThrough();
    void oversizedRecordIsRefusedAtPush();
    void unknownPayloadFieldsAreRefusedAtPush();
    void aFailedPullIsShownAsFailed();
    void farFutureTimesAreRefusedAtPush_data();
    void farFutureTimesAreRefusedAtPush();
    void aPulledClockFarAheadIsNotAdopted();
    void theOfficeSeesEachDevicesClockSkew();

private:
    std::unique_ptr<SyncDevice> worker();
    // The office pushes `count` care plans of ~930 KB about the worker's person, four a request.
    bool pushBigCarePlans(int count, QStringList *ids);
    std::unique_ptr<SyncFixture> m_fixture;
};

void TestSyncLimits::init()
{
    m_fixture = std::make_unique<SyncFixture>();
    const QString up = m_fixture->setUp();
    QVERIFY2(up.isEmpty(), qPrintable(up));
}

void TestSyncLimits::cleanup()
{
    if (QTest::currentTestFailed() && m_fixture->server)
        qWarning("server log:\n%s", m_fixture->server->stderrLog().right(3000).constData());
    m_fixture->tearDown();
    m_fixture.reset();
}

std::unique_ptr<SyncDevice> TestSyncLimits::worker()
{
    QString failure;
    auto device = m_fixture->enrol(QStringLiteral("worker"), &failure);
    if (!device)
        qWarning("%s", qPrintable(failure));
    return device;
}

bool TestSyncLimits::pushBigCarePlans(int count, QStringList *ids)
{
    RecordFactory factory(m_fixture->office.userId, m_fixture->office.deviceId);
    for (int done = 0; done < count;) {
        QJsonArray batch;
        for (int i = 0; i < 4 && done < count; ++i, ++done) {
            const Record plan = bigCarePlan(factory, m_fixture->world.personInScope, 2300);
            ids->append(plan.id);
            batch.append(RecordCodec::toJson(plan));
        }
        QString failure;
        const QJsonArray results =
            push(*m_fixture->client, m_fixture->office.accessToken, batch, &failure);
        for (const QJsonValue &result : results) {
            if (result[QStringLiteral("status")].toString() != QLatin1String("accepted")) {
                qWarning("care plan refused: %s",
                         QJsonDocument(result.toObject()).toJson().constData());
                return false;
            }
        }
        if (results.size() != batch.size()) {
            qWarning("push failed: %s", qPrintable(failure));
            return false;
        }
    }
    return true;
}

// Twelve care plans of ~930 KB each (legal: every field is in the schema, each under 1 MiB) are
// 11 MB in one 250-record page: more than the phone inflates. The server ends pages at 4 MiB, so
// the phone takes them in several pages and every plan arrives.
void TestSyncLimits::largeLegalRecordsPageThrough()
{
    QStringList ids;
    QVERIFY(pushBigCarePlans(12, &ids));
    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QSignalSpy sent(&engine.transport(), &sync::SyncTransport::requestSent);
    QVERIFY2(startAndSync(engine), qPrintable(engine.lastError()));
    QSet<QString> held;
    for (const Record &r : await(device->store->forPerson(m_fixture->world.personInScope)))
        held.insert(r.id);
    for (const QString &id : ids)
        QVERIFY2(held.contains(id), qPrintable(id));
    int pulls = 0;
    for (const QList<QVariant> &request : sent)
        pulls += request.at(1).toString().startsWith(QLatin1String("/v1/sync/pull?")) ? 1 : 0;
    QVERIFY2(pulls >= 3, qPrintable(QString::number(pulls))); // 11 MB in pages of at most 4 MiB
}

void TestSyncLimits::oversizedRecordIsRefusedAtPush()
{
    RecordFactory factory(m_fixture->office.userId, m_fixture->office.deviceId);
    const Record plan = bigCarePlan(factory, m_fixture->world.personInScope, 2800); // ~1.1 MiB
    QVERIFY(RecordCodec::encode(plan).size() > RecordCodec::maxEncodedBytes);
    QString failure;
    const QJsonArray results = push(*m_fixture->client, m_fixture->office.accessToken,
                                    {RecordCodec::toJson(plan)}, &failure);
    QVERIFY2(results.size() == 1, qPrintable(failure));
    const QJsonObject result = results.first().toObject();
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
    QCOMPARE(result[QStringLiteral("field")].toString(), QStringLiteral("payload"));
    QVERIFY2(result[QStringLiteral("reason")].toString().contains(
                 QStringLiteral("at most 1048576 bytes")),
             qPrintable(result[QStringLiteral("reason")].toString()));
    const auto stored = m_fixture->client->get(QStringLiteral("/v1/records/") + plan.id,
                                               m_fixture->office.accessToken);
    QCOMPARE(stored.status, 404);
}

// The attack: two 6 MiB visit notes padded in a field no visit note has. Refused, named, and the
// colleague's phone still syncs.
void TestSyncLimits::unknownPayloadFieldsAreRefusedAtPush()
{
    QString failure;
    auto writer = server::test::enrolDevice(*m_fixture->client,
                                            m_fixture->login(QStringLiteral("worker")), &failure);
    QVERIFY2(writer, qPrintable(failure));
    RecordFactory factory(writer->userId, writer->deviceId);
    for (const qsizetype padding : {qsizetype(6) * 1024 * 1024, qsizetype(10)}) {
        Record note = factory.base(QString::fromLatin1(RecordType::VisitNote),
                                   m_fixture->world.personInScope, QDate::currentDate());
        note.visitId = m_fixture->world.visitInScope;
        note.payload = {{QStringLiteral("note"), QStringLiteral("Ate well.")},
                        {QStringLiteral("padding"), QString(padding, QLatin1Char('x'))}};
        const QJsonArray results =
            push(*m_fixture->client, writer->accessToken, {RecordCodec::toJson(note)}, &failure);
        QVERIFY2(results.size() == 1, qPrintable(failure));
        const QJsonObject result = results.first().toObject();
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(result[QStringLiteral("field")].toString(), QStringLiteral("payload.padding"));
        QVERIFY2(
            result[QStringLiteral("reason")].toString().contains(QStringLiteral("not a field")),
            qPrintable(result[QStringLiteral("reason")].toString()));
    }
    auto colleague = worker();
    QVERIFY(colleague);
    auto &engine = colleague->makeEngine();
    QVERIFY2(startAndSync(engine), qPrintable(engine.lastError()));
}

// A pull page the phone cannot take whole (here: it inflates past what this phone's transport is
// set to accept) fails the cycle, and the sync bar does not say everything is with the office.
void TestSyncLimits::aFailedPullIsShownAsFailed()
{
    auto device = worker();
    QVERIFY(device);
    sync::SyncEngineConfig config;
    config.transport.decompressedCheckBytes = 1024 * 1024;
    auto &engine = device->makeEngine({}, config);
    ui::SyncStatus status;
    status.follow(&engine);
    QVERIFY2(startAndSync(engine), qPrintable(engine.lastError()));
    QCOMPARE(status.pendingText(), QStringLiteral("Everything is with the office"));

    QStringList ids;
    QVERIFY(pushBigCarePlans(4, &ids)); // a 3.7 MB page, compressed far more than 40:1
    QVERIFY(!syncOnce(engine));
    QVERIFY2(engine.lastError().contains(QStringLiteral("could not be read whole")),
             qPrintable(engine.lastError()));
    QCOMPARE(status.pendingText(), QStringLiteral("Nothing waiting to be sent"));
    QCOMPARE(status.lastError(), engine.lastError());
}

void TestSyncLimits::farFutureTimesAreRefusedAtPush_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<qint64>("aheadMs"); // from now; care days in whole days
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::newRow("clock 23 h ahead") << "hlc" << 23 * Hour << "";
    QTest::newRow("clock 25 h ahead") << "hlc" << 25 * Hour << "hlc";
    QTest::newRow("clock in 2099") << "hlc" << Year2099Ms << "hlc";
    QTest::newRow("device time in 2099") << "device_time" << Year2099Ms << "deviceTime";
    QTest::newRow("care day in 2099") << "care_day" << Year2099Ms << "careDay";
    QTest::newRow("care day in 1970") << "care_day" << qint64(0) << "careDay";
    QTest::newRow("incident dated 2099") << "incident" << Year2099Ms << "payload.occurredAt";
    QTest::newRow("check-out located in 2099")
        << "checkout" << Year2099Ms << "payload.location.fixTime";
}

void TestSyncLimits::farFutureTimesAreRefusedAtPush()
{
    QFETCH(QString, change);
    QFETCH(qint64, aheadMs);
    QFETCH(QString, field);
    QString failure;
    auto writer = server::test::enrolDevice(*m_fixture->client,
                                            m_fixture->login(QStringLiteral("worker")), &failure);
    QVERIFY2(writer, qPrintable(failure));
    RecordFactory factory(writer->userId, writer->deviceId);
    const QString person = m_fixture->world.personInScope;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Absolute instants (2099, 1970) are given as such; small offsets are from now.
    const qint64 at = aheadMs > 100 * 365 * Day || aheadMs == 0 ? aheadMs : now + aheadMs;
    const QString atText =
        QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    Record r = factory.teamNote(person, QDate::currentDate());
    if (change == QLatin1String("incident")) {
        r = factory.base(QString::fromLatin1(RecordType::Incident), person, QDate::currentDate());
        r.payload = {
            {QStringLiteral("kind"), QStringLiteral("fall")},
            {QStringLiteral("severity"), QStringLiteral("low")},
            {QStringLiteral("occurredAt"), atText},
            {QStringLiteral("description"), QStringLiteral("Slipped in the kitchen")},
            {QStringLiteral("actionTaken"), QStringLiteral("Checked, no injury")},
            {QStringLiteral("reportedTo"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("who"), QStringLiteral("office")},
                 {QStringLiteral("how"), QStringLiteral("phone")},
                 {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}}};
    } else if (change == QLatin1String("checkout")) {
        r = factory.checkOut(person, m_fixture->world.visitInScope, QDate::currentDate());
        r.payload = {{QStringLiteral("location"),
                      QJsonObject {{QStringLiteral("latitude"), 51.28},
                                   {QStringLiteral("longitude"), 1.08},
                                   {QStringLiteral("accuracyM"), 12},
                                   {QStringLiteral("fixTime"), atText}}},
                     {QStringLiteral("distanceToHomeM"), 20},
                     {QStringLiteral("radiusM"), 150},
                     {QStringLiteral("verification"), QStringLiteral("verified")}};
    } else if (change == QLatin1String("hlc")) {
        r.hlc.wallMs = at;
    } else if (change == QLatin1String("device_time")) {
        r.deviceTime = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    } else {
        r.careDay = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date();
    }
    const QJsonArray results =
        push(*m_fixture->client, writer->accessToken, {RecordCodec::toJson(r)}, &failure);
    QVERIFY2(results.size() == 1, qPrintable(failure));
    const QJsonObject result = results.first().toObject();
    if (field.isEmpty()) {
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("accepted"));
        return;
    }
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
    QCOMPARE(result[QStringLiteral("field")].toString(), field);
    QVERIFY2(
        result[QStringLiteral("reason")].toString().contains(QStringLiteral("check the device")),
        qPrintable(result[QStringLiteral("reason")].toString()));
}

// A record stamped 2099 that reached the store before these checks (written here straight into
// the server's store) is delivered, but the phone's clock does not follow it, and it says so.
void TestSyncLimits::aPulledClockFarAheadIsNotAdopted()
{
    RecordFactory factory(m_fixture->office.userId, m_fixture->office.deviceId);
    Record stamped = factory.teamNote(m_fixture->world.personInScope, QDate::currentDate());
    stamped.hlc.wallMs = Year2099Ms;
    m_fixture->server->stop();
    {
        auto store = server::openEmbeddedServerStore({m_fixture->args.dataDir});
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        const auto put = store.value()->putRecords(
            server::PutContext {m_fixture->world.orgA.id, m_fixture->office.userId,
                                m_fixture->office.deviceId, QDateTime::currentDateTimeUtc()},
            {stamped});
        QVERIFY(put && put.value().first().status == server::PutStatus::Accepted);
    }
    QCOMPARE(m_fixture->restartServer(), QString());

    auto device = worker();
    QVERIFY(device);
    auto &engine = device->makeEngine();
    QSignalSpy notAdopted(&engine, &sync::SyncEngine::clockNotAdopted);
    QVERIFY2(startAndSync(engine), qPrintable(engine.lastError()));
    bool received = false;
    for (const Record &r : await(device->store->forPerson(m_fixture->world.personInScope)))
        received = received || r.id == stamped.id;
    QVERIFY(received);
    QCOMPARE(notAdopted.size(), 1);
    QCOMPARE(notAdopted.first().at(1).toLongLong(), Year2099Ms);
    QVERIFY2(engine.lastError().contains(QStringLiteral("more than a day ahead")),
             qPrintable(engine.lastError()));
    const qint64 tomorrow = QDateTime::currentMSecsSinceEpoch() + Day;
    QVERIFY(device->clock->last().wallMs < tomorrow);
    const Record next =
        device->note(m_fixture->world.personInScope, {}, QStringLiteral("Written after"));
    QVERIFY(next.hlc.wallMs < tomorrow);
}

// Every authenticated request says the device's time; the office's devices report shows how far
// each phone's clock is from the server's, and which ones are too far ahead to be accepted.
void TestSyncLimits::theOfficeSeesEachDevicesClockSkew()
{
    QString failure;
    auto phone = server::test::enrolDevice(*m_fixture->client,
                                           m_fixture->login(QStringLiteral("worker")), &failure);
    QVERIFY2(phone, qPrintable(failure));
    const qint64 twoDaysAhead = QDateTime::currentMSecsSinceEpoch() + 2 * Day;
    const auto me =
        m_fixture->client->send("GET", QStringLiteral("/v1/me"), {},
                                {{"Authorization", "Bearer " + phone->accessToken},
                                 {"CareRound-Device-Time", QByteArray::number(twoDaysAhead)}});
    QCOMPARE(me.status, 200);
    const auto report =
        m_fixture->client->get(QStringLiteral("/v1/office/devices"), m_fixture->office.accessToken);
    QCOMPARE(report.status, 200);
    bool found = false;
    for (const QJsonValue &device : report.json.value(QStringLiteral("devices")).toArray()) {
        if (device[QStringLiteral("device_id")].toString() != phone->deviceId)
            continue;
        found = true;
        const qint64 skew = device[QStringLiteral("clock_skew_ms")].toInteger();
        QVERIFY2(std::abs(skew - 2 * Day) < 60'000, qPrintable(QString::number(skew)));
        QCOMPARE(device[QStringLiteral("clock_status")].toString(),
                 QStringLiteral("too_far_ahead"));
        QCOMPARE(device[QStringLiteral("user_id")].toString(), phone->userId);
    }
    QVERIFY(found);
    // A worker may not read it.
    QCOMPARE(
        m_fixture->client->get(QStringLiteral("/v1/office/devices"), phone->accessToken).status,
        403);
}

QTEST_MAIN(TestSyncLimits)
#include "tst_sync_limits.moc"
