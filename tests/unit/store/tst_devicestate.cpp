// Device state beside the records: named values on the writer thread, the clock floor kept at
// the highest stored clock across restarts, and the enrolled profile's validation.
#include "core/recordtypes.h"
#include "futurewait.h"
#include "recordfactory.h"
#include "store/deviceprofile.h"
#include "store/devicestate.h"
#include "store/recordstore.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careround;
using namespace careround::store;
using testutil::finishes;

namespace {

DeviceProfile goodProfile()
{
    DeviceProfile p;
    p.serverUrl = QStringLiteral("https://care.example:8443");
    p.orgId = QStringLiteral("org-1");
    p.orgName = QStringLiteral("Weald Home Care");
    p.userId = QStringLiteral("user-1");
    p.loginName = QStringLiteral("amira.khan");
    p.role = QStringLiteral("care_worker");
    p.displayName = QStringLiteral("Amira Khan");
    p.deviceId = QStringLiteral("01a2b3c4-0000-7000-8000-000000000001");
    p.escrowPublicKey = QByteArray(32, '\x11');
    p.enrolledAt = QDateTime(QDate(2026, 11, 30), QTime(7, 5), QTimeZone::utc());
    return p;
}

} // namespace

class TestDeviceState : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_key = testutil::randomKey();

    bool open(RecordStore &store, const QString &path)
    {
        auto opened = store.open(path, m_key);
        return finishes(opened) && opened.result().ok();
    }

private slots:
    void valuesAreSetReplacedAndRemoved();
    void badKeyIsRefused();
    void clockFloorFollowsSavesAcrossRestarts();
    void profileRoundTrips();
    void badProfileNamesTheField_data();
    void badProfileNamesTheField();
    void unreadableProfileIsAnError();
    void autoLockMinutesAreOptionalAndWhole_data();
    void autoLockMinutesAreOptionalAndWhole();
};

void TestDeviceState::valuesAreSetReplacedAndRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("values.db"));
    {
        RecordStore store;
        QVERIFY(open(store, path));
        auto none = store.deviceState(QStringLiteral("sync.cursor"));
        QVERIFY(finishes(none));
        QVERIFY(none.result().ok());
        QVERIFY(!none.result().value().has_value());
        QVERIFY(finishes(store.setDeviceState(QStringLiteral("sync.cursor"), "41")));
        QVERIFY(finishes(store.setDeviceState(QStringLiteral("sync.cursor"), "42")));
        QVERIFY(finishes(store.setDeviceState(QStringLiteral("sync.empty"), QByteArray())));
    }
    RecordStore store;
    QVERIFY(open(store, path));
    auto cursor = store.deviceState(QStringLiteral("sync.cursor"));
    QVERIFY(finishes(cursor));
    QCOMPARE(cursor.result().value().value(), QByteArray("42"));
    auto empty = store.deviceState(QStringLiteral("sync.empty"));
    QVERIFY(finishes(empty));
    QVERIFY(empty.result().value().has_value()); // stored as empty, not absent
    QVERIFY(empty.result().value()->isEmpty());
}

void TestDeviceState::badKeyIsRefused()
{
    RecordStore store;
    QVERIFY(open(store, m_dir.filePath(QStringLiteral("badkey.db"))));
    auto empty = store.setDeviceState(QString(), "x");
    QVERIFY(finishes(empty));
    QCOMPARE(empty.result().error().field, QStringLiteral("key"));
    auto tooLong = store.deviceState(QString(201, QLatin1Char('k')));
    QVERIFY(finishes(tooLong));
    QCOMPARE(tooLong.result().error().field, QStringLiteral("key"));
}

void TestDeviceState::clockFloorFollowsSavesAcrossRestarts()
{
    const QString path = m_dir.filePath(QStringLiteral("clock.db"));
    HlcTimestamp highest;
    {
        RecordStore store;
        QVERIFY(open(store, path));
        QVERIFY(!store.clockFloor().isValid()); // an empty store has no floor
        for (int i = 0; i < 3; ++i) {
            const Record r = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("n"));
            auto saved = store.save(r);
            QVERIFY(finishes(saved));
            QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().toString()));
            QCOMPARE(store.clockFloor(), r.hlc);
            highest = r.hlc;
        }
        // A received record from a device whose clock runs ahead raises the floor too.
        Record ahead = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("a"));
        ahead.hlc = HlcTimestamp {highest.wallMs + 86'400'000, 0, QStringLiteral("device-ahead")};
        auto received = store.saveReceived({ahead});
        QVERIFY(finishes(received));
        QVERIFY2(received.result().ok(), qPrintable(received.result().error().toString()));
        QCOMPARE(store.clockFloor(), ahead.hlc);
        highest = ahead.hlc;
        // A record older than the floor leaves it where it is.
        Record older = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("o"));
        older.hlc = HlcTimestamp {1'700'000'000'000, 0, QStringLiteral("device-test")};
        QVERIFY(finishes(store.save(older)));
        QCOMPARE(store.clockFloor(), highest);
    }
    RecordStore reopened;
    QVERIFY(open(reopened, path));
    QCOMPARE(reopened.clockFloor(), highest);
}

void TestDeviceState::profileRoundTrips()
{
    const DeviceProfile p = goodProfile();
    QVERIFY(p.validate().ok());
    auto back = DeviceProfile::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(back.value(), p);
}

void TestDeviceState::badProfileNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("fault");
    const QStringList fields {"serverUrl",       "serverUrl",      "orgId",           "userId",
                              "loginName",       "deviceId",       "deviceId",        "role",
                              "displayName",     "orgName",        "escrowPublicKey", "enrolledAt",
                              "autoLockMinutes", "autoLockMinutes"};
    for (int i = 0; i < fields.size(); ++i)
        QTest::addRow("%d %s", i, qPrintable(fields[i])) << fields[i] << i;
}

void TestDeviceState::badProfileNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(int, fault);
    DeviceProfile p = goodProfile();
    switch (fault) {
    case 0:
        p.serverUrl.clear();
        break;
    case 1:
        p.serverUrl = QStringLiteral("ftp://care.example");
        break;
    case 2:
        p.orgId = QStringLiteral(" org");
        break;
    case 3:
        p.userId.clear();
        break;
    case 4:
        p.loginName = QString(129, QLatin1Char('a'));
        break;
    case 5:
        p.deviceId.clear();
        break;
    case 6:
        p.deviceId = QStringLiteral("device 1");
        break; // not a clock node
    case 7:
        p.role = QStringLiteral("admin");
        break;
    case 8:
        p.displayName = QStringLiteral("  ");
        break;
    case 9:
        p.orgName.clear();
        break;
    case 10:
        p.escrowPublicKey = QByteArray(31, 'k');
        break;
    case 11:
        p.enrolledAt = {};
        break;
    case 12:
        p.autoLockMinutes = 0; // never locking is not the organisation's to choose
        break;
    case 13:
        p.autoLockMinutes = DeviceProfile::MaximumAutoLockMinutes + 1;
        break;
    }
    QCOMPARE(p.validate().error().field, field);
    QCOMPARE(DeviceProfile::fromJson(p.toJson()).error().field, field);
}

void TestDeviceState::autoLockMinutesAreOptionalAndWhole_data()
{
    // The organisation's value as the enrolment answer (or an older stored profile) gives it.
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("minutes"); // -1: refused
    QTest::newRow("absent: the default") << QJsonValue(QJsonValue::Undefined) << 5;
    QTest::newRow("null: the default") << QJsonValue(QJsonValue::Null) << 5;
    QTest::newRow("ten") << QJsonValue(10) << 10;
    QTest::newRow("one, the least") << QJsonValue(1) << 1;
    QTest::newRow("sixty, the most") << QJsonValue(60) << 60;
    QTest::newRow("zero") << QJsonValue(0) << -1;
    QTest::newRow("fractional") << QJsonValue(2.5) << -1;
    QTest::newRow("a day") << QJsonValue(1440) << -1;
    QTest::newRow("text") << QJsonValue(QStringLiteral("5")) << -1;
}

void TestDeviceState::autoLockMinutesAreOptionalAndWhole()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, minutes);
    QJsonObject stored = QJsonDocument::fromJson(goodProfile().toJson()).object();
    stored.remove(QStringLiteral("autoLockMinutes"));
    if (!value.isUndefined())
        stored.insert(QStringLiteral("autoLockMinutes"), value);
    const auto read = DeviceProfile::fromJson(QJsonDocument(stored).toJson());
    if (minutes < 0) {
        QVERIFY(!read.ok());
        QCOMPARE(read.error().field, QStringLiteral("autoLockMinutes"));
    } else {
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QCOMPARE(read.value().autoLockMinutes, minutes);
    }
}

void TestDeviceState::unreadableProfileIsAnError()
{
    QCOMPARE(DeviceProfile::fromJson("not json").error().field, QStringLiteral("profile"));
    QCOMPARE(DeviceProfile::fromJson("[1,2]").error().field, QStringLiteral("profile"));
}

QTEST_GUILESS_MAIN(TestDeviceState)
#include "tst_devicestate.moc"
