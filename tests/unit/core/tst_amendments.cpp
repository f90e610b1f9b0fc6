#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
const QString Note = QString::fromLatin1(RecordType::VisitNote);

Record note(const QString &text)
{
    Record r = samples::record(Note, Person);
    r.payload.insert(QStringLiteral("note"), text);
    return r;
}

QString textOf(const EffectiveRecord &e)
{
    return e.record.payload.value(QStringLiteral("note")).toString();
}
} // namespace

class TestAmendments : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void duplicateCopiesCountOnce();
    void typeFilterAndHlcOrder();
};

// Script over two notes A and B: "withdrawA", "replaceA:<text>", "replaceB:<text>", "wrongTypeA".
void TestAmendments::fold_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected"); // texts of the effective notes, in HLC order
    QTest::addColumn<QStringList>("amended"); // "yes"/"no" per effective note
    using L = QStringList;
    QTest::newRow("no amendments") << L {} << L {"A", "B"} << L {"no", "no"};
    QTest::newRow("withdrawn") << L {"withdrawA"} << L {"B"} << L {"no"};
    QTest::newRow("replaced") << L {"replaceA:A2"} << L {"A2", "B"} << L {"yes", "no"};
    QTest::newRow("latest replacement wins")
        << L {"replaceA:A2", "replaceA:A3"} << L {"A3", "B"} << L {"yes", "no"};
    QTest::newRow("withdrawal is final") << L {"withdrawA", "replaceA:A2"} << L {"B"} << L {"no"};
    QTest::newRow("replaced then withdrawn")
        << L {"replaceA:A2", "withdrawA"} << L {"B"} << L {"no"};
    QTest::newRow("replacement of another type ignored")
        << L {"wrongTypeA"} << L {"A", "B"} << L {"no", "no"};
    QTest::newRow("each record its own")
        << L {"replaceB:B2", "replaceA:A2"} << L {"A2", "B2"} << L {"yes", "yes"};
}

void TestAmendments::fold()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, amended);
    const Record a = note(QStringLiteral("A"));
    const Record b = note(QStringLiteral("B"));
    QList<Record> records {a, b};
    for (const QString &step : steps) {
        const Record &target =
            step.section(QLatin1Char(':'), 0, 0).endsWith(QLatin1Char('A')) ? a : b;
        if (step.startsWith(QLatin1String("withdraw"))) {
            records.append(withdrawal(target));
        } else if (step.startsWith(QLatin1String("wrongType"))) {
            // A valid amendment of a visit.task, pointed at a note: it cannot apply.
            Record r =
                replacement(target, QJsonObject {{QStringLiteral("note"), QStringLiteral("x")}});
            r.payload.insert(QStringLiteral("amendedType"),
                             QString::fromLatin1(RecordType::VisitTask));
            r.payload.insert(QStringLiteral("replacement"),
                             QJsonObject {{QStringLiteral("task"), QStringLiteral("x")},
                                          {QStringLiteral("outcome"), QStringLiteral("done")}});
            records.append(r);
        } else {
            records.append(replacement(
                target, QJsonObject {{QStringLiteral("note"), step.section(QLatin1Char(':'), 1)}}));
        }
    }
    const QList<EffectiveRecord> out = effectiveRecords(records);
    QStringList texts, flags;
    for (const EffectiveRecord &e : out) {
        texts.append(textOf(e));
        flags.append(e.amended() ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    QCOMPARE(texts, expected);
    QCOMPARE(flags, amended);
    for (const EffectiveRecord &e : out)
        QVERIFY(e.record.type != QLatin1String(RecordType::Amendment));
}

void TestAmendments::duplicateCopiesCountOnce()
{
    const Record a = note(QStringLiteral("A"));
    QCOMPARE(effectiveRecords({a, a, a}).size(), 1);
}

void TestAmendments::typeFilterAndHlcOrder()
{
    const Record first = note(QStringLiteral("first"));
    const Record task = samples::record(QString::fromLatin1(RecordType::VisitTask), Person);
    const Record second = note(QStringLiteral("second"));
    const QList<EffectiveRecord> notes = effectiveRecords({second, task, first}, Note);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(textOf(notes.at(0)), QStringLiteral("first"));
    QCOMPARE(textOf(notes.at(1)), QStringLiteral("second"));
}

QTEST_GUILESS_MAIN(TestAmendments)
#include "tst_amendments.moc"
