#include "core/recordtypes.h"
#include "core/rules/careplanfold.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
// A care plan with `version` (0: none) whose special requirements name it, e.g. "plan v2".
Record plan(int version, const QString &name)
{
    Record r = samples::record(QString::fromLatin1(RecordType::CarePlan), Person);
    if (version > 0)
        r.payload.insert(QStringLiteral("version"), version);
    else
        r.payload.remove(QStringLiteral("version"));
    r.payload.insert(QStringLiteral("specialRequirements"), name);
    return r;
}
} // namespace

class TestCarePlanFold : public QObject
{
    Q_OBJECT
private slots:
    void current_data();
    void current();
    void contentsAreRead();
    void tasksForVisitType_data();
    void tasksForVisitType();
};

// Steps: "v<N>:<name>" adds a plan (v0: no version), "withdraw:<name>", "replace:<name>:<new
// name>".
void TestCarePlanFold::current_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expected"); // name of the current plan; empty: none
    using L = QStringList;
    QTest::newRow("none") << L {} << "";
    QTest::newRow("one") << L {"v1:a"} << "a";
    QTest::newRow("highest version wins") << L {"v2:b", "v1:a"} << "b";
    QTest::newRow("tie: later HLC wins") << L {"v2:a", "v2:b"} << "b";
    QTest::newRow("no version counts as 0") << L {"v1:a", "v0:b"} << "a";
    QTest::newRow("only unversioned: latest") << L {"v0:a", "v0:b"} << "b";
    QTest::newRow("withdrawn plan does not count") << L {"v1:a", "v2:b", "withdraw:b"} << "a";
    QTest::newRow("all withdrawn") << L {"v1:a", "withdraw:a"} << "";
    QTest::newRow("replacement replaces")
        << L {"v1:a", "v2:b", "replace:b:b corrected"} << "b corrected";
}

void TestCarePlanFold::current()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, expected);
    QList<Record> records;
    QHash<QString, Record> byName;
    for (const QString &step : steps) {
        const QStringList parts = step.split(QLatin1Char(':'));
        if (parts.at(0) == QLatin1String("withdraw")) {
            records.append(withdrawal(byName.value(parts.at(1))));
        } else if (parts.at(0) == QLatin1String("replace")) {
            QJsonObject payload = byName.value(parts.at(1)).payload;
            payload.insert(QStringLiteral("specialRequirements"), parts.at(2));
            records.append(replacement(byName.value(parts.at(1)), payload));
        } else {
            records.append(plan(parts.at(0).mid(1).toInt(), parts.at(1)));
            byName.insert(parts.at(1), records.last());
        }
    }
    std::reverse(records.begin(), records.end()); // list order must not matter
    const auto current = currentCarePlan(records);
    QCOMPARE(current.has_value(), !expected.isEmpty());
    if (current)
        QCOMPARE(current->specialRequirements, expected);
}

void TestCarePlanFold::contentsAreRead()
{
    const Record r = plan(3, QStringLiteral("hoist for transfers"));
    const auto p = currentCarePlan({r});
    QVERIFY(p);
    QCOMPARE(p->recordId, r.id);
    QCOMPARE(p->version, 3);
    QCOMPARE(p->personalOutcomes.size(), 1);
    QCOMPARE(p->personalOutcomes.first().id, QStringLiteral("outcome-1"));
    QCOMPARE(p->personalOutcomes.first().text, QStringLiteral("I want to make my own tea"));
    QCOMPARE(p->agreedOutcomes.size(), 1);
    QVERIFY(p->agreedOutcomes.first().id.isEmpty());
    QCOMPARE(p->agreedOutcomes.first().text, QStringLiteral("maintain independence at home"));
    QCOMPARE(p->goals.size(), 2);
    QCOMPARE(p->goals.at(1).id, QStringLiteral("goal-2"));
    QCOMPARE(p->goals.first().dueDate, QDate(2025, 4, 30));
    QCOMPARE(p->goal(QStringLiteral("goal-1"))->target, QStringLiteral("unaided at 2 of 3 calls"));
    QVERIFY(!p->goal(QStringLiteral("goal-9")));
    QCOMPARE(p->risks.size(), 2);
    QCOMPARE(p->risks.at(0).description, QStringLiteral("falls: frame within reach"));
    QCOMPARE(p->risks.at(1).level, QStringLiteral("low"));
    QCOMPARE(p->reviewDate, QDate(2025, 4, 1));
    QVERIFY(!p->amended);
}

void TestCarePlanFold::tasksForVisitType_data()
{
    QTest::addColumn<QString>("visitType");
    QTest::addColumn<QStringList>("tasks");
    QTest::newRow("exact") << "morning" << QStringList {"personal care", "breakfast"};
    QTest::newRow("case and spaces") << " Morning " << QStringList {"personal care", "breakfast"};
    QTest::newRow("exact key preferred") << "Lunch" << QStringList {"sandwich"};
    QTest::newRow("unknown") << "night" << QStringList {};
}

void TestCarePlanFold::tasksForVisitType()
{
    QFETCH(QString, visitType);
    QFETCH(QStringList, tasks);
    Record r = plan(1, QStringLiteral("a"));
    QJsonObject byType = r.payload.value(QStringLiteral("tasksByVisitType")).toObject();
    byType.insert(QStringLiteral("lunch"), QJsonArray {QStringLiteral("soup")});
    byType.insert(QStringLiteral("Lunch"), QJsonArray {QStringLiteral("sandwich")});
    r.payload.insert(QStringLiteral("tasksByVisitType"), byType);
    QCOMPARE(currentCarePlan({r})->tasksFor(visitType), tasks);
}

QTEST_GUILESS_MAIN(TestCarePlanFold)
#include "tst_careplanfold.moc"
