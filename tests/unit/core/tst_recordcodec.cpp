#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace careround;

class TestRecordCodec : public QObject
{
    Q_OBJECT
private slots:
    void everyTypeRoundTrips_data();
    void everyTypeRoundTrips();
    void encodingIsStableAndSnakeCase();
    void emptyOptionalIdsAreLeftOut();
    void badEnvelopeNamesTheField_data();
    void badEnvelopeNamesTheField();
    void badBytesAreRefused_data();
    void badBytesAreRefused();
    void payloadErrorsNameThePayloadField();
    void rulesCanBeLeftToTheStoreAndACarrierKeyIgnored();
    void visitNoteV1IsUpgradedToV2();
    void newerSchemaVersionIsRefused();
    void decodeIsTotalOnMangledInput();
};

void TestRecordCodec::everyTypeRoundTrips_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : allRecordTypes())
        QTest::newRow(qPrintable(type)) << type;
}

void TestRecordCodec::everyTypeRoundTrips()
{
    QFETCH(QString, type);
    const Record record = samples::record(type);
    const QByteArray bytes = RecordCodec::encode(record);
    const auto decoded = RecordCodec::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
    QCOMPARE(decoded.value(), record);
    QCOMPARE(RecordCodec::encode(decoded.value()), bytes);
}

void TestRecordCodec::encodingIsStableAndSnakeCase()
{
    Record r = samples::record(QString::fromLatin1(RecordType::VisitNote));
    r.id = QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0123456789ab");
    r.personId = QStringLiteral("person-1");
    r.visitId = QStringLiteral("visit-1");
    r.hlc = HlcTimestamp {1'740'816'000'000, 3, QStringLiteral("device-1")};
    r.deviceTime = QDateTime(QDate(2025, 3, 1), QTime(8, 0, 0, 120), QTimeZone::utc());
    r.payload = QJsonObject {{QStringLiteral("note"), QStringLiteral("ok")}};
    QCOMPARE(
        RecordCodec::encode(r),
        QByteArray(
            R"({"author_user_id":"worker-1","care_day":"2025-03-03","device_id":"device-sample",)"
            R"("device_time":"2025-03-01T08:00:00.120Z","hlc":"001740816000000-0000000003-device-1",)"
            R"("id":"0190f3c2-8a4b-7c1d-9e2f-0123456789ab","payload":{"note":"ok"},"person_id":"person-1",)"
            R"("schema_version":2,"type":"visit.note","v":1,"visit_id":"visit-1"})"));
    // A device time with an offset is read as the same instant.
    QJsonObject json = RecordCodec::toJson(r);
    json.insert(QStringLiteral("device_time"), QStringLiteral("2025-03-01T09:00:00.120+01:00"));
    QCOMPARE(RecordCodec::fromJson(json).value().deviceTime, r.deviceTime);
}

void TestRecordCodec::emptyOptionalIdsAreLeftOut()
{
    Record r = samples::record(QString::fromLatin1(RecordType::Alert));
    r.personId.clear();
    const QJsonObject json = RecordCodec::toJson(r);
    QVERIFY(!json.contains(QStringLiteral("person_id")));
    QVERIFY(!json.contains(QStringLiteral("visit_id")));
    QVERIFY(!json.contains(QStringLiteral("amends")));
    QCOMPARE(RecordCodec::fromJson(json).value(), r);
}

void TestRecordCodec::badEnvelopeNamesTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("no v") << "v" << gone << "v"
                          << "is required";
    QTest::newRow("v 2") << "v" << QJsonValue(2) << "v"
                         << "codec version 2 is not supported";
    QTest::newRow("v text") << "v" << QJsonValue(QStringLiteral("1")) << "v"
                            << "must be a whole number";
    QTest::newRow("unknown type") << "type" << QJsonValue(QStringLiteral("visit.teleport"))
                                  << "type"
                                  << "not a known record type";
    QTest::newRow("no type") << "type" << gone << "type"
                             << "is required";
    QTest::newRow("id v4") << "id"
                           << QJsonValue(QStringLiteral("3b241101-e2bb-4255-8caf-4136c566a962"))
                           << "id"
                           << "UUIDv7";
    QTest::newRow("id number") << "id" << QJsonValue(7) << "id"
                               << "must be text";
    QTest::newRow("schema 0") << "schema_version" << QJsonValue(0) << "schema_version"
                              << "whole number";
    QTest::newRow("schema 1.5") << "schema_version" << QJsonValue(1.5) << "schema_version"
                                << "whole number";
    QTest::newRow("care day US") << "care_day" << QJsonValue(QStringLiteral("03/03/2025"))
                                 << "care_day"
                                 << "yyyy-MM-dd";
    QTest::newRow("care day 30 Feb")
        << "care_day" << QJsonValue(QStringLiteral("2025-02-30")) << "care_day"
        << "yyyy-MM-dd";
    QTest::newRow("hlc garbage") << "hlc" << QJsonValue(QStringLiteral("yesterday")) << "hlc"
                                 << "hybrid logical clock";
    QTest::newRow("device time no zone")
        << "device_time" << QJsonValue(QStringLiteral("2025-03-01T08:00:00")) << "device_time"
        << "UTC";
    QTest::newRow("no author") << "author_user_id" << gone << "author_user_id"
                               << "is required";
    QTest::newRow("no device") << "device_id" << QJsonValue(QString()) << "device_id"
                               << "is required";
    QTest::newRow("no person") << "person_id" << gone << "person_id"
                               << "is required";
    QTest::newRow("no visit") << "visit_id" << gone << "visit_id"
                              << "is required";
    QTest::newRow("amends not uuid") << "amends" << QJsonValue(QStringLiteral("x")) << "amends"
                                     << "UUIDv7";
    QTest::newRow("payload array") << "payload" << QJsonValue(QJsonArray()) << "payload"
                                   << "must be an object";
    QTest::newRow("extra key") << "priority" << QJsonValue(1) << "priority"
                               << "is not a field";
}

void TestRecordCodec::badEnvelopeNamesTheField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QJsonObject json =
        RecordCodec::toJson(samples::record(QString::fromLatin1(RecordType::VisitNote)));
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const auto result = RecordCodec::fromJson(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestRecordCodec::badBytesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not json") << QByteArray("visit.note hello") << "not valid JSON";
    QTest::newRow("truncated")
        << RecordCodec::encode(samples::record(QStringLiteral("visit.note"))).chopped(3)
        << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "JSON object";
    QTest::newRow("nested 100k deep") << QByteArray(100000, '[') << "not valid JSON";
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') << "not valid JSON";
    QTest::newRow("too big") << QByteArray(RecordCodec::maxEncodedBytes + 1, ' ') << "larger than";
}

void TestRecordCodec::badBytesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto result = RecordCodec::decode(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestRecordCodec::payloadErrorsNameThePayloadField()
{
    Record r = samples::record(QString::fromLatin1(RecordType::SpotCheck));
    r.payload = samples::withPath(r.payload, QStringLiteral("checklist[2].result"),
                                  QStringLiteral("great"));
    const auto result = RecordCodec::decode(RecordCodec::encode(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("payload.checklist[2].result"));
    QCOMPARE(result.error().message, QStringLiteral("must be one of met, not_met, not_applicable"));
}

void TestRecordCodec::rulesCanBeLeftToTheStoreAndACarrierKeyIgnored()
{
    // A pull answer's decoder leaves the record rules to the store (PreparedRecords) and reads
    // past the answer's own "seq"; everything else about the envelope is still checked.
    Record r = samples::record(QString::fromLatin1(RecordType::SpotCheck));
    r.payload = samples::withPath(r.payload, QStringLiteral("checklist[2].result"),
                                  QStringLiteral("great"));
    QJsonObject json = RecordCodec::toJson(r);
    QVERIFY(!RecordCodec::fromJson(json).ok());
    const auto unchecked = RecordCodec::fromJson(json, RecordCodec::Rules::LeaveToCaller);
    QVERIFY(unchecked.ok());
    QCOMPARE(unchecked.value(), r);

    json.insert(QStringLiteral("seq"), 42);
    QCOMPARE(RecordCodec::fromJson(json, RecordCodec::Rules::LeaveToCaller).error().field,
             QStringLiteral("seq"));
    QVERIFY(
        RecordCodec::fromJson(json, RecordCodec::Rules::LeaveToCaller, QLatin1String("seq")).ok());
    json.insert(QStringLiteral("care_day"), QStringLiteral("2025-02-30"));
    QCOMPARE(RecordCodec::fromJson(json, RecordCodec::Rules::LeaveToCaller, QLatin1String("seq"))
                 .error()
                 .field,
             QStringLiteral("care_day"));
}

void TestRecordCodec::visitNoteV1IsUpgradedToV2()
{
    Record v1 = samples::record(QString::fromLatin1(RecordType::VisitNote));
    v1.schemaVersion = 1;
    v1.payload = QJsonObject {{QStringLiteral("text"), QStringLiteral("Ate well.")},
                              {QStringLiteral("forNextWorker"), true}};
    const auto decoded = RecordCodec::decode(RecordCodec::encode(v1));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
    QCOMPARE(decoded.value().schemaVersion, 2);
    QCOMPARE(decoded.value().payload,
             (QJsonObject {{QStringLiteral("note"), QStringLiteral("Ate well.")},
                           {QStringLiteral("forNextWorker"), true}}));
    QCOMPARE(decoded.value().id, v1.id);

    v1.payload =
        QJsonObject {{QStringLiteral("forNextWorker"), true}}; // a v1 note without its text
    const auto missing = RecordCodec::decode(RecordCodec::encode(v1));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("payload.note"));
}

void TestRecordCodec::newerSchemaVersionIsRefused()
{
    Record r = samples::record(QString::fromLatin1(RecordType::VisitNote));
    r.schemaVersion = 3;
    const auto result = RecordCodec::decode(RecordCodec::encode(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("schema_version"));
    QVERIFY(result.error().message.contains(QStringLiteral("from 1 to 2")));
}

// Random byte flips, truncations and splices of valid encodings: every one decodes or gives a
// message, and anything that decodes re-encodes to a record that decodes to itself.
void TestRecordCodec::decodeIsTotalOnMangledInput()
{
    QRandomGenerator random(20250301);
    QList<QByteArray> seeds;
    for (const QString &type : allRecordTypes())
        seeds.append(RecordCodec::encode(samples::record(type)));
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes = seeds.at(random.bounded(int(seeds.size())));
        switch (random.bounded(4)) {
        case 0:
            for (int n = random.bounded(1, 4); n > 0; --n)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            break;
        case 1:
            bytes.truncate(random.bounded(int(bytes.size())));
            break;
        case 2:
            bytes.insert(random.bounded(int(bytes.size())),
                         seeds.at(random.bounded(int(seeds.size()))));
            break;
        default: {
            const int at = random.bounded(int(bytes.size()));
            bytes.remove(at, random.bounded(1, 20));
        }
        }
        const auto result = RecordCodec::decode(bytes);
        if (result.ok()) {
            ++accepted;
            const auto again = RecordCodec::decode(RecordCodec::encode(result.value()));
            QVERIFY(again.ok());
            QCOMPARE(again.value(), result.value());
        } else {
            QVERIFY(!result.error().message.isEmpty());
        }
    }
    qInfo("mangled inputs that still decoded: %d of 20000", accepted);
}

QTEST_GUILESS_MAIN(TestRecordCodec)
#include "tst_recordcodec.moc"
