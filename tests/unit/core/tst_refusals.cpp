#include "core/recordtypes.h"
#include "core/rules/refusals.h"
#include "samplerecords.h"
#include <QTest>

using namespace careround;

namespace {
const QString OrderA = QStringLiteral("0190f3c2-8a4b-7c1d-9e2f-00000000000a");

// Steps: "<visit>:med:<outcome>" (order A), "<visit>:task:<name>:<outcome>", "withdraw-last".
QList<Record> script(const QStringList &steps)
{
    QList<Record> out;
    const QString person = QStringLiteral("person-1");
    for (const QString &step : steps) {
        if (step == QLatin1String("withdraw-last")) {
            Record a = samples::record(QString::fromLatin1(RecordType::Amendment), person);
            a.amends = out.last().id;
            a.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("wrong person")},
                                     {QStringLiteral("amendedType"), out.last().type},
                                     {QStringLiteral("withdrawn"), true}};
            out.append(a);
            continue;
        }
        const QStringList parts = step.split(QLatin1Char(':'));
        if (parts.at(1) == QLatin1String("med")) {
            Record r = samples::record(QString::fromLatin1(RecordType::MedicationAdministration),
                                       person, parts.at(0));
            r.payload.insert(QStringLiteral("orderId"), OrderA);
            r.payload.insert(QStringLiteral("outcome"), parts.at(2));
            out.append(r);
        } else {
            Record r =
                samples::record(QString::fromLatin1(RecordType::VisitTask), person, parts.at(0));
            r.payload = QJsonObject {{QStringLiteral("task"), parts.at(2)},
                                     {QStringLiteral("outcome"), parts.at(3)}};
            out.append(r);
        }
    }
    return out;
}
} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT
private slots:
    void streaks_data();
    void streaks();
    void recordsAreOrderedByClockNotByList();
};

void TestRefusals::streaks_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("subject"); // empty: no streak at all
    QTest::addColumn<int>("visits");
    QTest::addColumn<bool>("alert");
    using L = QStringList;
    const QString med = QStringLiteral("medication:") + OrderA;
    QTest::newRow("none") << L {"v1:med:given"} << QString() << 0 << false;
    QTest::newRow("two refusals") << L {"v1:med:refused", "v2:med:refused"} << med << 2 << false;
    QTest::newRow("three refusals")
        << L {"v1:med:refused", "v2:med:refused_and_destroyed", "v3:med:refused"} << med << 3
        << true;
    QTest::newRow("broken by a dose given")
        << L {"v1:med:refused", "v2:med:refused", "v3:med:given", "v4:med:refused"} << med << 1
        << false;
    QTest::newRow("asleep is not a refusal")
        << L {"v1:med:refused", "v2:med:asleep", "v3:med:refused", "v4:med:refused"} << med << 2
        << false;
    QTest::newRow("two records in one visit count once")
        << L {"v1:med:refused", "v2:med:refused", "v2:med:refused"} << med << 2 << false;
    QTest::newRow("refused then taken later in the same visit")
        << L {"v1:med:refused", "v2:med:refused", "v3:med:refused", "v3:med:prompted_and_taken"}
        << QString() << 0 << false;
    QTest::newRow("withdrawn refusal")
        << L {"v1:med:refused", "v2:med:refused", "v3:med:refused", "withdraw-last"} << med << 2
        << false;
    QTest::newRow("task refused three visits")
        << L {"v1:task:shower:refused", "v2:task:shower:refused", "v3:task:shower:refused"}
        << "task:shower" << 3 << true;
    QTest::newRow("other task does not break the streak")
        << L {"v1:task:shower:refused", "v2:task:shower:refused", "v2:task:breakfast:done",
              "v3:task:shower:refused"}
        << "task:shower" << 3 << true;
}

void TestRefusals::streaks()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, subject);
    QFETCH(int, visits);
    QFETCH(bool, alert);
    const QList<RefusalStreak> streaks = refusalStreaks(script(steps));
    if (subject.isEmpty()) {
        QVERIFY(streaks.isEmpty());
        return;
    }
    QCOMPARE(streaks.size(), 1);
    QCOMPARE(streaks.first().subject, subject);
    QCOMPARE(streaks.first().consecutiveVisits, visits);
    QCOMPARE(streaks.first().recordIds.size(), visits);
    QCOMPARE(needsRefusalAlert(streaks.first()), alert);
}

void TestRefusals::recordsAreOrderedByClockNotByList()
{
    QList<Record> records =
        script({QStringLiteral("v1:med:refused"), QStringLiteral("v2:med:refused"),
                QStringLiteral("v3:med:given"), QStringLiteral("v4:med:refused")});
    std::reverse(records.begin(), records.end()); // as a sync might deliver them
    const auto streaks = refusalStreaks(records);
    QCOMPARE(streaks.size(), 1);
    QCOMPARE(streaks.first().consecutiveVisits, 1);
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
