// The time bounds a server applies to pushed records (core/timebounds.h): both sides of each
// threshold, against a fixed "now".
#include "core/recordtypes.h"
#include "core/timebounds.h"
#include "samplerecords.h"
#include <QTest>
#include <QTimeZone>

using namespace careround;

namespace {
const QDateTime Now(QDate(2026, 12, 7), QTime(18, 0), QTimeZone::utc());
constexpr qint64 Hour = 60LL * 60 * 1000;
constexpr qint64 Day = 24 * Hour;

QString t(const char *type)
{
    return QString::fromLatin1(type);
}
QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// A sample of `type` written now by a device on time.
Record recordNow(const QString &type)
{
    Record r = samples::record(type);
    r.careDay = Now.date();
    r.hlc.wallMs = Now.toMSecsSinceEpoch();
    r.deviceTime = Now;
    return r;
}
} // namespace

class TestTimeBounds : public QObject
{
    Q_OBJECT
private slots:
    void envelope_data();
    void envelope();
    void payloadTimes_data();
    void payloadTimes();
    void clockWithinBound();
};

// change: what moves; by: how far; ok: whether the record stays acceptable.
void TestTimeBounds::envelope_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("change");
    QTest::addColumn<qint64>("by"); // ms for clocks, days for care days
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("field");
    const QString note = t(RecordType::VisitNote);
    const QString visit = t(RecordType::Visit);
    QTest::newRow("hlc exactly 24 h ahead") << note << "hlc" << Day << true << "";
    QTest::newRow("hlc 24 h + 1 ms ahead") << note << "hlc" << Day + 1 << false << "hlc";
    QTest::newRow("hlc in 2099") << note << "hlc" << 73 * 365 * Day << false << "hlc";
    QTest::newRow("hlc a week behind") << note << "hlc" << -7 * Day << true << "";
    QTest::newRow("device time exactly 24 h ahead") << note << "deviceTime" << Day << true << "";
    QTest::newRow("device time 24 h + 1 ms ahead")
        << note << "deviceTime" << Day + 1 << false << "deviceTime";
    QTest::newRow("note tomorrow") << note << "careDay" << 1LL << true << "";
    QTest::newRow("note the day after") << note << "careDay" << 2LL << false << "careDay";
    const qint64 eightYears = Now.date().addYears(-8).daysTo(Now.date());
    QTest::newRow("note 8 years back") << note << "careDay" << -eightYears << true << "";
    QTest::newRow("note 8 years and a day back")
        << note << "careDay" << -eightYears - 1 << false << "careDay";
    QTest::newRow("note in 1970") << note << "careDay"
                                  << qint64(QDate(1970, 1, 1).daysTo(Now.date())) * -1 << false
                                  << "careDay";
    QTest::newRow("rota visit 400 days ahead") << visit << "careDay" << 400LL << true << "";
    QTest::newRow("rota visit 401 days ahead") << visit << "careDay" << 401LL << false << "careDay";
    QTest::newRow("care plan 400 days ahead")
        << t(RecordType::CarePlan) << "careDay" << 400LL << true << "";
    QTest::newRow("incident the day after tomorrow")
        << t(RecordType::Incident) << "careDay" << 2LL << false << "careDay";
}

void TestTimeBounds::envelope()
{
    QFETCH(QString, type);
    QFETCH(QString, change);
    QFETCH(qint64, by);
    QFETCH(bool, ok);
    QFETCH(QString, field);
    Record r = recordNow(type);
    if (change == QLatin1String("hlc"))
        r.hlc.wallMs += by;
    else if (change == QLatin1String("deviceTime"))
        r.deviceTime = r.deviceTime.addMSecs(by);
    else
        r.careDay = r.careDay.addDays(by);
    const auto result = timebounds::checkRecordTimes(r, Now);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(QStringLiteral("check the device")),
                 qPrintable(result.error().message));
    }
}

void TestTimeBounds::payloadTimes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("ahead");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("field");
    const QString incident = t(RecordType::Incident);
    const QString dose = t(RecordType::MedicationAdministration);
    QTest::newRow("incident occurred 24 h ahead") << incident << "occurredAt" << Day << true << "";
    QTest::newRow("incident occurred 24 h + 1 s ahead")
        << incident << "occurredAt" << Day + 1000 << false << "payload.occurredAt";
    QTest::newRow("incident reported in 2099")
        << incident << "reportedTo[0].at" << 73 * 365 * Day << false << "payload.reportedTo[0].at";
    QTest::newRow("dose given 24 h ahead") << dose << "administeredAt" << Day << true << "";
    QTest::newRow("dose given 25 h ahead")
        << dose << "administeredAt" << Day + Hour << false << "payload.administeredAt";
    QTest::newRow("check-out fix in 2099") << t(RecordType::VisitCheckOut) << "location.fixTime"
                                           << 73 * 365 * Day << false << "payload.location.fixTime";
    QTest::newRow("check-in fix an hour ago")
        << t(RecordType::VisitCheckIn) << "location.fixTime" << -Hour << true << "";
}

void TestTimeBounds::payloadTimes()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(qint64, ahead);
    QFETCH(bool, ok);
    QFETCH(QString, field);
    Record r = recordNow(type);
    const QString when = utc(Now.toMSecsSinceEpoch() + ahead);
    if (type.startsWith(QLatin1String("visit.check"))) // the sample may have no fix
        r.payload = samples::withPath(r.payload, QStringLiteral("location"),
                                      QJsonObject {{QStringLiteral("latitude"), 51.0},
                                                   {QStringLiteral("longitude"), 1.0},
                                                   {QStringLiteral("accuracyM"), 10}});
    r.payload = samples::withPath(r.payload, path, when);
    auto result = timebounds::checkRecordTimes(r, Now);
    QCOMPARE(result.ok(), ok);
    if (!ok)
        QCOMPARE(result.error().field, field);

    // The same time inside an amendment's replacement.
    Record amendment = recordNow(t(RecordType::Amendment));
    amendment.payload.insert(QStringLiteral("amendedType"), type);
    amendment.payload.insert(QStringLiteral("replacement"), r.payload);
    result = timebounds::checkRecordTimes(amendment, Now);
    QCOMPARE(result.ok(), ok);
    if (!ok)
        QCOMPARE(result.error().field,
                 field.replace(QStringLiteral("payload."), QStringLiteral("payload.replacement.")));
}

void TestTimeBounds::clockWithinBound()
{
    const qint64 now = Now.toMSecsSinceEpoch();
    QVERIFY(timebounds::clockWithinBound(now + timebounds::MaxAheadMs, now));
    QVERIFY(!timebounds::clockWithinBound(now + timebounds::MaxAheadMs + 1, now));
    QVERIFY(timebounds::clockWithinBound(0, now));
}

QTEST_GUILESS_MAIN(TestTimeBounds)
#include "tst_timebounds.moc"
