// RecordAuthor: the records a device's user makes carry a fresh id, the next clock value, the
// author and device, the wall time and the local care day; corrections are valid amendments.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include <QTest>

using namespace careround;

namespace {

// 2026-07-14 23:30 UTC is 00:30 on the 15th in London (summer time).
constexpr qint64 LateSummerEveningUtc = 1784071800000;

std::shared_ptr<HybridLogicalClock> clockAt(qint64 &wallMs)
{
    return std::make_shared<HybridLogicalClock>(QStringLiteral("device-7"),
                                                [&wallMs] { return wallMs; });
}

} // namespace

class TestRecordAuthor : public QObject
{
    Q_OBJECT
private slots:
    void makeFillsTheEnvelope();
    void careDayIsTheLocalDate();
    void clockKeepsOrderWhenTheWallClockStepsBack();
    void correctionAndWithdrawalAreValidAmendments();
};

void TestRecordAuthor::makeFillsTheEnvelope()
{
    qint64 wall = LateSummerEveningUtc;
    RecordAuthor author(QStringLiteral("worker-3"), QStringLiteral("device-7"), clockAt(wall),
                        QTimeZone("Europe/London"), [&wall] { return wall; });
    const QString type = QString::fromLatin1(RecordType::VisitNote);
    const Record r = author.make(type, QStringLiteral("person-1"), QStringLiteral("visit-1"),
                                 samples::payload(type));
    QVERIFY(isUuid7(r.id));
    QCOMPARE(r.type, type);
    QCOMPARE(r.schemaVersion, currentSchemaVersion(type));
    QCOMPARE(r.authorUserId, QStringLiteral("worker-3"));
    QCOMPARE(r.deviceId, QStringLiteral("device-7"));
    QCOMPARE(r.hlc.node, QStringLiteral("device-7"));
    QCOMPARE(r.hlc.wallMs, LateSummerEveningUtc);
    QCOMPARE(r.deviceTime, QDateTime::fromMSecsSinceEpoch(LateSummerEveningUtc, QTimeZone::utc()));
    QCOMPARE(r.deviceTime.timeSpec(), Qt::UTC);
    const auto valid = validateRecord(r);
    QVERIFY2(valid.ok(), qPrintable(valid.error().toString()));
    QVERIFY(author.make(type, r.personId, r.visitId, r.payload).id != r.id);
}

void TestRecordAuthor::careDayIsTheLocalDate()
{
    qint64 wall = LateSummerEveningUtc;
    const QString type = QString::fromLatin1(RecordType::VisitNote);
    RecordAuthor london(QStringLiteral("w"), QStringLiteral("device-7"), clockAt(wall),
                        QTimeZone("Europe/London"), [&wall] { return wall; });
    QCOMPARE(london.today(), QDate(2026, 7, 15));
    QCOMPARE(london.make(type, QStringLiteral("p"), QStringLiteral("v"), {}).careDay,
             QDate(2026, 7, 15));
    RecordAuthor utc(QStringLiteral("w"), QStringLiteral("device-7"), clockAt(wall),
                     QTimeZone::utc(), [&wall] { return wall; });
    QCOMPARE(utc.today(), QDate(2026, 7, 14));
    // An explicit care day (a visit planned for yesterday) wins.
    QCOMPARE(
        london.make(type, QStringLiteral("p"), QStringLiteral("v"), {}, QDate(2026, 7, 14)).careDay,
        QDate(2026, 7, 14));
}

void TestRecordAuthor::clockKeepsOrderWhenTheWallClockStepsBack()
{
    qint64 wall = LateSummerEveningUtc;
    RecordAuthor author(QStringLiteral("w"), QStringLiteral("device-7"), clockAt(wall),
                        QTimeZone::utc(), [&wall] { return wall; });
    const QString type = QString::fromLatin1(RecordType::VisitNote);
    const Record first = author.make(type, QStringLiteral("p"), QStringLiteral("v"), {});
    wall -= 24 * 3600 * 1000; // the device clock is set back a day
    const Record second = author.make(type, QStringLiteral("p"), QStringLiteral("v"), {});
    QVERIFY(second.hlc > first.hlc);
    QVERIFY(second.deviceTime < first.deviceTime); // the evidence keeps what the device said
}

void TestRecordAuthor::correctionAndWithdrawalAreValidAmendments()
{
    qint64 wall = LateSummerEveningUtc;
    RecordAuthor author(QStringLiteral("w"), QStringLiteral("device-7"), clockAt(wall),
                        QTimeZone::utc(), [&wall] { return wall; });
    const QString type = QString::fromLatin1(RecordType::VisitTask);
    const Record original = author.make(type, QStringLiteral("person-1"), QStringLiteral("visit-1"),
                                        samples::payload(type), QDate(2026, 7, 13));
    QJsonObject replacement = samples::payload(type);
    replacement.insert(QStringLiteral("outcome"), QStringLiteral("refused"));
    const Record fix =
        author.correction(original, QStringLiteral("Tapped the wrong button"), replacement);
    const Record gone = author.withdrawal(original, QStringLiteral("Wrong person"));
    for (const Record &r : {fix, gone}) {
        const auto valid = validateRecord(r);
        QVERIFY2(valid.ok(), qPrintable(valid.error().toString()));
        QCOMPARE(r.type, QString::fromLatin1(RecordType::Amendment));
        QCOMPARE(r.amends, original.id);
        QCOMPARE(r.personId, original.personId);
        QCOMPARE(r.visitId, original.visitId);
        QCOMPARE(r.careDay, original.careDay);
        QVERIFY(r.hlc > original.hlc);
        QCOMPARE(r.payload.value(QStringLiteral("amendedType")).toString(), type);
    }
    QCOMPARE(fix.payload.value(QStringLiteral("replacement")).toObject(), replacement);
    QCOMPARE(gone.payload.value(QStringLiteral("withdrawn")).toBool(), true);
    // A correction that says nothing valid is caught by validation, naming the field.
    const Record bad = author.correction(original, QString(), replacement);
    QCOMPARE(validateRecord(bad).error().field, QStringLiteral("payload.reason"));
}

QTEST_GUILESS_MAIN(TestRecordAuthor)
#include "tst_recordauthor.moc"
