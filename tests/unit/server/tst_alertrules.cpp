// The pure alert rules: which records clash (conflictrules.h), the alert they raise, and the
// office alert of an incident (incidentalerts.h). Deterministic: the same records always give
// the same alert, id included.
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include "server/alerts/conflictrules.h"
#include "server/alerts/incidentalerts.h"
#include "server/alerts/refusalalerts.h"
#include "server/alerts/refusedrecordalerts.h"

#include <QJsonArray>
#include <QtTest>

using namespace careround;
using namespace careround::server::alerts;

namespace {

const QString Person = QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0123456789ab");
const QString Order = QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0123456789ac");
const QString VisitId = QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0123456789ad");

Record dose(const QString &author, const QString &outcome = QStringLiteral("given"),
            const QString &time = QStringLiteral("08:00"), const QDate &day = QDate(2025, 3, 3))
{
    Record r =
        samples::record(QString::fromLatin1(RecordType::MedicationAdministration), Person, VisitId);
    r.authorUserId = author;
    r.careDay = day;
    r.payload[QStringLiteral("orderId")] = Order;
    r.payload[QStringLiteral("scheduledTime")] = time;
    r.payload[QStringLiteral("outcome")] = outcome;
    if (outcome != QLatin1String("given")) {
        r.payload.remove(QStringLiteral("dose"));
        r.payload.remove(QStringLiteral("administeredAt"));
        r.payload[QStringLiteral("reason")] = QStringLiteral("said no");
    }
    return r;
}

Record checkIn(const QString &author, const QString &visitId = VisitId)
{
    Record r = samples::record(QString::fromLatin1(RecordType::VisitCheckIn), Person, visitId);
    r.authorUserId = author;
    return r;
}

Record withdrawal(const Record &of)
{
    Record r = samples::record(QString::fromLatin1(RecordType::Amendment), of.personId);
    r.amends = of.id;
    r.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("entered in error")},
                             {QStringLiteral("amendedType"), of.type},
                             {QStringLiteral("withdrawn"), true}};
    return r;
}

// A refused (or done) "Personal care" task at the visit `n` days before 2025-03-10.
Record task(int daysBefore, const QString &outcome = QStringLiteral("refused"))
{
    Record r = samples::record(QString::fromLatin1(RecordType::VisitTask), Person,
                               QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-00000000%1")
                                   .arg(daysBefore, 4, 10, QLatin1Char('0')));
    r.careDay = QDate(2025, 3, 10).addDays(-daysBefore);
    r.payload = QJsonObject {{QStringLiteral("task"), QStringLiteral("Personal care")},
                             {QStringLiteral("outcome"), outcome}};
    return r;
}

RefusalNames refusalWords(const RefusalStreak &)
{
    return {{{QStringLiteral("worker-1"), QStringLiteral("Amira Khan")}},
            QStringLiteral("\u201cPersonal care\u201d")};
}

QStringList idsOf(const QList<Record> &records)
{
    QStringList ids;
    for (const Record &r : records)
        ids.append(r.id);
    return ids;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT
private slots:
    void recordsClashOnlyOnOneDoseOrOneWorkersVisit_data();
    void recordsClashOnlyOnOneDoseOrOneWorkersVisit();
    void withdrawnRecordsNoLongerClash();
    void conflictAlertIsOneValidDeterministicRecord();
    void doseClashSeverityFollowsWhatWasGiven();
    void checkInClashNamesTheWorker();
    void incidentSeverity_data();
    void incidentSeverity();
    void incidentAlertIsNeverWithheld();
    void threeRefusalsThreshold_data();
    void threeRefusalsThreshold();
    void threeRefusalsIsOneAlertPerStreak();
    void refusedRecordAlertNamesDeviceAndRecord();
};

void TestAlertRules::recordsClashOnlyOnOneDoseOrOneWorkersVisit_data()
{
    QTest::addColumn<QString>("change"); // what differs in the second record
    QTest::addColumn<bool>("clash");
    QTest::newRow("same dose, other worker") << "other-worker" << true;
    QTest::newRow("same dose, same worker (two devices)") << "none" << true;
    QTest::newRow("other scheduled time") << "time" << false;
    QTest::newRow("other care day") << "day" << false;
    QTest::newRow("other order") << "order" << false;
    QTest::newRow("other person") << "person" << false;
    QTest::newRow("PRN use (no scheduled time)") << "prn" << false;
    QTest::newRow("check-in, same worker and visit") << "checkin-same" << true;
    QTest::newRow("check-in, second worker of a double-handed visit")
        << "checkin-other-worker" << false;
    QTest::newRow("check-in, same worker, other visit") << "checkin-other-visit" << false;
}

void TestAlertRules::recordsClashOnlyOnOneDoseOrOneWorkersVisit()
{
    QFETCH(QString, change);
    QFETCH(bool, clash);
    const bool checkins = change.startsWith(QLatin1String("checkin"));
    Record a = checkins ? checkIn(QStringLiteral("worker-1")) : dose(QStringLiteral("worker-1"));
    Record b = checkins ? checkIn(QStringLiteral("worker-1")) : dose(QStringLiteral("worker-1"));
    if (change == QLatin1String("other-worker"))
        b.authorUserId = QStringLiteral("worker-2");
    else if (change == QLatin1String("time"))
        b.payload[QStringLiteral("scheduledTime")] = QStringLiteral("12:00");
    else if (change == QLatin1String("day"))
        b.careDay = b.careDay.addDays(1);
    else if (change == QLatin1String("order"))
        b.payload[QStringLiteral("orderId")] = newUuid7();
    else if (change == QLatin1String("person"))
        b.personId = newUuid7();
    else if (change == QLatin1String("prn")) {
        for (Record *r : {&a, &b}) {
            r->payload.remove(QStringLiteral("scheduledTime"));
            r->payload[QStringLiteral("prn")] = true;
        }
    } else if (change == QLatin1String("checkin-other-worker"))
        b.authorUserId = QStringLiteral("worker-2");
    else if (change == QLatin1String("checkin-other-visit"))
        b.visitId = newUuid7();
    QVERIFY(validateRecord(b).ok());
    const QString key = conflictKey(a);
    QCOMPARE(key.isEmpty(), change == QLatin1String("prn"));
    const QList<Record> found = clashOn(key, {a, b});
    QCOMPARE(found.size() >= 2, clash);
}

void TestAlertRules::withdrawnRecordsNoLongerClash()
{
    const Record a = dose(QStringLiteral("worker-1"));
    const Record b = dose(QStringLiteral("worker-2"));
    const Record c = dose(QStringLiteral("worker-3"));
    QCOMPARE(clashOn(conflictKey(a), {a, b, withdrawal(b)}).size(), 1);
    const QList<Record> two = clashOn(conflictKey(a), {c, a, b, withdrawal(b)});
    QCOMPARE(idsOf(two), (QStringList {qMin(a.id, c.id), qMax(a.id, c.id)})); // sorted by id
    Record notWithdrawn = withdrawal(b);
    notWithdrawn.payload.remove(QStringLiteral("withdrawn"));
    notWithdrawn.payload[QStringLiteral("replacement")] = b.payload;
    QCOMPARE(clashOn(conflictKey(a), {a, b, notWithdrawn}).size(),
             2); // a correction, not a withdrawal
}

void TestAlertRules::conflictAlertIsOneValidDeterministicRecord()
{
    Record a = dose(QStringLiteral("worker-1"));
    Record b = dose(QStringLiteral("worker-2"), QStringLiteral("refused"));
    b.hlc.wallMs = a.hlc.wallMs + 60'000; // b is the later record
    const ConflictNames names {{{QStringLiteral("worker-1"), QStringLiteral("Amira Khan")},
                                {QStringLiteral("worker-2"), QStringLiteral("Ben Taylor")}},
                               QStringLiteral("Amlodipine 5 mg tablet")};
    const Record alert = conflictAlert(clashOn(conflictKey(a), {a, b}), names);
    QVERIFY2(validateRecord(alert).ok(), qPrintable(validateRecord(alert).error().toString()));
    QVERIFY(isUuid7(alert.id));
    QCOMPARE(alert.type, QStringLiteral("alert"));
    QCOMPARE(alert.personId, Person);
    QCOMPARE(alert.payload.value(QStringLiteral("rule")).toString(), QStringLiteral("conflict"));
    QCOMPARE(alert.payload.value(QStringLiteral("relatedRecordIds")).toArray(),
             QJsonArray::fromStringList({qMin(a.id, b.id), qMax(a.id, b.id)}));
    const QString summary = alert.payload.value(QStringLiteral("summary")).toString();
    for (const char *words :
         {"Amlodipine 5 mg tablet", "08:00", "Given by Amira Khan", "Refused by Ben Taylor"})
        QVERIFY2(summary.contains(QLatin1String(words)), qPrintable(summary));
    // The timestamp is the later record's; the alert sorts after both.
    bool ok = false;
    QCOMPARE((alert.id.left(8) + alert.id.mid(9, 4)).toLongLong(&ok, 16), b.hlc.wallMs);
    QVERIFY(alert.hlc > b.hlc && alert.hlc > a.hlc);
    // Whoever notices, in whatever order: byte for byte the same record.
    QCOMPARE(RecordCodec::encode(conflictAlert(clashOn(conflictKey(b), {b, a}), names)),
             RecordCodec::encode(alert));
    // A third record makes a different clash, so a different alert.
    const Record c = dose(QStringLiteral("worker-1"));
    QVERIFY(conflictAlert(clashOn(conflictKey(a), {a, b, c}), names).id != alert.id);
}

void TestAlertRules::doseClashSeverityFollowsWhatWasGiven()
{
    const Record a = dose(QStringLiteral("worker-1"));
    const Record given = dose(QStringLiteral("worker-2"));
    const Record refused = dose(QStringLiteral("worker-2"), QStringLiteral("refused"));
    const auto severity = [&](const Record &second) {
        return conflictAlert(clashOn(conflictKey(a), {a, second}), {})
            .payload.value(QStringLiteral("severity"))
            .toString();
    };
    QCOMPARE(severity(given), QStringLiteral("urgent")); // maybe a double dose
    QCOMPARE(severity(refused), QStringLiteral("warning"));
}

void TestAlertRules::checkInClashNamesTheWorker()
{
    const Record a = checkIn(QStringLiteral("worker-1"));
    const Record b = checkIn(QStringLiteral("worker-1"));
    const Record alert = conflictAlert(
        clashOn(conflictKey(a), {a, b}),
        ConflictNames {{{QStringLiteral("worker-1"), QStringLiteral("Amira Khan")}}, {}});
    QVERIFY(validateRecord(alert).ok());
    QCOMPARE(alert.payload.value(QStringLiteral("subjectUserId")).toString(),
             QStringLiteral("worker-1"));
    QCOMPARE(alert.visitId, VisitId);
    QCOMPARE(alert.payload.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(alert.payload.value(QStringLiteral("summary"))
                .toString()
                .startsWith(QLatin1String("Amira Khan checked in 2 times")));
}

void TestAlertRules::incidentSeverity_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("alert");
    for (const char *kind : {"safeguarding", "hospital_admission", "death"}) {
        for (const char *severity : {"low", "moderate", "serious"})
            QTest::addRow("%s %s", kind, severity) << kind << severity << "urgent";
    }
    for (const char *kind : {"accident", "fall", "medication_error", "complaint"}) {
        QTest::addRow("%s low", kind) << kind << "low"
                                      << "warning";
        QTest::addRow("%s moderate", kind) << kind << "moderate"
                                           << "warning";
        QTest::addRow("%s serious", kind) << kind << "serious"
                                          << "urgent";
    }
}

void TestAlertRules::incidentSeverity()
{
    QFETCH(QString, kind);
    QFETCH(QString, severity);
    QFETCH(QString, alert);
    QCOMPARE(incidentAlertSeverity(kind, severity), alert);
    Record incident = samples::record(QString::fromLatin1(RecordType::Incident), Person);
    incident.payload[QStringLiteral("kind")] = kind;
    incident.payload[QStringLiteral("severity")] = severity;
    const Record raised = incidentAlert(incident, QStringLiteral("Amira Khan"));
    QVERIFY(validateRecord(raised).ok());
    QCOMPARE(raised.payload.value(QStringLiteral("severity")).toString(), alert);
    QCOMPARE(raised.payload.value(QStringLiteral("rule")).toString(), QStringLiteral("incident"));
    QCOMPARE(raised.payload.value(QStringLiteral("relatedRecordIds")).toArray(),
             QJsonArray {incident.id});
    QCOMPARE(raised.personId, Person);
    QCOMPARE(raised.id, incidentAlert(incident, QStringLiteral("Amira Khan")).id);
}

void TestAlertRules::incidentAlertIsNeverWithheld()
{
    Record concern = samples::record(QString::fromLatin1(RecordType::Incident), Person);
    concern.payload[QStringLiteral("kind")] = QStringLiteral("safeguarding");
    concern.payload[QStringLiteral("severity")] = QStringLiteral("low");
    const Record plain = incidentAlert(concern, QStringLiteral("Amira Khan"));
    // Whatever the person said about sharing, the concern goes to the office unchanged.
    for (const char *field : {"personRefusedSharing", "consentToShare", "withheld", "doNotShare"}) {
        Record refused = concern;
        refused.payload[QLatin1String(field)] =
            QLatin1String(field) == QLatin1String("consentToShare") ? false : true;
        QVERIFY(validateRecord(refused).ok()); // unknown payload fields are kept and ignored
        const Record alert = incidentAlert(refused, QStringLiteral("Amira Khan"));
        QCOMPARE(alert.payload, plain.payload);
        QCOMPARE(alert.payload.value(QStringLiteral("severity")).toString(),
                 QStringLiteral("urgent"));
    }
}

// Both sides of the threshold: two refusals in a row raise nothing, three raise one alert; a
// visit with another outcome breaks the streak.
void TestAlertRules::threeRefusalsThreshold_data()
{
    QTest::addColumn<QStringList>("outcomes"); // oldest first, one visit each
    QTest::addColumn<int>("alerts");
    const QString R = QStringLiteral("refused"), D = QStringLiteral("done");
    QTest::newRow("two") << QStringList {R, R} << 0;
    QTest::newRow("three") << QStringList {R, R, R} << 1;
    QTest::newRow("five") << QStringList {R, R, R, R, R} << 1;
    QTest::newRow("broken") << QStringList {R, R, D, R, R} << 0;
    QTest::newRow("done last") << QStringList {R, R, R, D} << 0;
}

void TestAlertRules::threeRefusalsThreshold()
{
    QFETCH(QStringList, outcomes);
    QFETCH(int, alerts);
    QList<Record> records;
    for (int i = 0; i < outcomes.size(); ++i)
        records.append(task(int(outcomes.size()) - i, outcomes.at(i)));
    const QList<Record> raised = threeRefusalsAlerts(records, refusalWords);
    QCOMPARE(raised.size(), alerts);
    for (const Record &alert : raised) {
        QVERIFY2(validateRecord(alert).ok(), qPrintable(validateRecord(alert).error().toString()));
        QCOMPARE(alert.payload.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("three_refusals"));
        QCOMPARE(alert.personId, Person);
        QCOMPARE(alert.authorUserId, QStringLiteral("careround-server"));
        const QString summary = alert.payload.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(
                     QStringLiteral("\u201cPersonal care\u201d refused at 3 visits in a row")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Amira Khan")), qPrintable(summary));
    }
}

// The streak's first three refusals make the id: a fourth refusal, or the same records seen again
// in another order, raise byte for byte the same alert (a Duplicate in the store).
void TestAlertRules::threeRefusalsIsOneAlertPerStreak()
{
    QList<Record> records {task(3), task(2), task(1)};
    const QList<Record> first = threeRefusalsAlerts(records, refusalWords);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().payload.value(QStringLiteral("relatedRecordIds")).toArray().size(), 3);
    QCOMPARE(first.first().visitId, records.last().visitId);
    records.append(task(0));
    const QList<Record> fourth = threeRefusalsAlerts(records, refusalWords);
    QCOMPARE(fourth.size(), 1);
    QCOMPARE(RecordCodec::encode(fourth.first()), RecordCodec::encode(first.first()));
    std::reverse(records.begin(), records.end());
    QCOMPARE(RecordCodec::encode(threeRefusalsAlerts(records, refusalWords).first()),
             RecordCodec::encode(first.first()));
    // A refused medicine is a streak of its own subject.
    QList<Record> doses;
    for (int day = 0; day < 3; ++day)
        doses.append(dose(QStringLiteral("worker-1"), QStringLiteral("refused"),
                          QStringLiteral("08:00"), QDate(2025, 3, 3).addDays(day)));
    for (int day = 0; day < 3; ++day)
        doses[day].visitId = QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-0000000001%1")
                                 .arg(day, 2, 10, QLatin1Char('0'));
    QCOMPARE(threeRefusalsAlerts(doses, refusalWords).size(), 1);
    QCOMPARE(threeRefusalsAlerts(doses.mid(0, 2), refusalWords).size(), 0);
    QVERIFY(isRefusal(doses.first()));
    QVERIFY(!isRefusal(dose(QStringLiteral("worker-1"))));
}

void TestAlertRules::refusedRecordAlertNamesDeviceAndRecord()
{
    Record phoneAlert = samples::record(QString::fromLatin1(RecordType::Alert), Person, VisitId);
    const Error why {QStringLiteral("type"),
                     QStringLiteral("only the office may write alert records")};
    const RefusedRecordWords words {QStringLiteral("worker-1"), QStringLiteral("Amira Khan"),
                                    QStringLiteral("Pixel 7 of A. Khan")};
    const Record alert = recordRefusedAlert(phoneAlert, why, QStringLiteral("device-1"), words);
    QVERIFY2(validateRecord(alert).ok(), qPrintable(validateRecord(alert).error().toString()));
    QCOMPARE(alert.payload.value(QStringLiteral("rule")).toString(),
             QStringLiteral("record_refused"));
    QCOMPARE(alert.payload.value(QStringLiteral("relatedRecordIds")).toArray(),
             QJsonArray {phoneAlert.id});
    QCOMPARE(alert.payload.value(QStringLiteral("subjectUserId")).toString(),
             QStringLiteral("worker-1"));
    QCOMPARE(alert.personId, Person);
    const QString summary = alert.payload.value(QStringLiteral("summary")).toString();
    for (const QString &words :
         {QStringLiteral("device-1"), QStringLiteral("Pixel 7 of A. Khan"), phoneAlert.id,
          QStringLiteral("Amira Khan"), QStringLiteral("only the office may write alert records")})
        QVERIFY2(summary.contains(words), qPrintable(summary));
    // One per device and record: the same again is the same alert; another device, another one.
    QCOMPARE(recordRefusedAlert(phoneAlert, why, QStringLiteral("device-1"), words).id, alert.id);
    QVERIFY(recordRefusedAlert(phoneAlert, why, QStringLiteral("device-2"), words).id != alert.id);
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
