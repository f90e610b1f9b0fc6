#include "core/rules/marchart.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
const QDate Mon(2025, 3, 3), Tue(2025, 3, 4), Wed(2025, 3, 5);

// One person's MAR for Mon 3 – Wed 5 March 2025, seen at Tue 12:00.
struct Fixture
{
    QList<MedicationOrder> orders;
    QList<Record> records;
    QStringList unmatched; // ids expected in unmatchedRecordIds
    QList<PlannedVisit> visits;

    Fixture()
    {
        const QJsonObject insulin {{QStringLiteral("timeCritical"), true},
                                   {QStringLiteral("timeCriticalWindowMinutes"), 30},
                                   {QStringLiteral("stopDate"), QStringLiteral("2025-03-04")}};
        const MedicationOrder aspirin =
            orderOf(orderRecord(QStringLiteral("Aspirin"), QStringLiteral("08:00,18:00")));
        const MedicationOrder ins =
            orderOf(orderRecord(QStringLiteral("Insulin"), QStringLiteral("08:00"), insulin));
        const MedicationOrder biso = orderOf(
            orderRecord(QStringLiteral("Bisoprolol"), QStringLiteral("08:00"),
                        QJsonObject {{QStringLiteral("startDate"), QStringLiteral("2025-03-04")}}));
        const MedicationOrder para = orderOf(prnOrderRecord(QStringLiteral("Paracetamol"), 240, 4));
        orders = {para, ins, aspirin, biso}; // any order: the chart sorts by medicine
        const auto given = [&](const MedicationOrder &o, const QDate &day, const char *slot,
                               const char *at) {
            Record r = dose(o.orderId, day, QString::fromLatin1(slot), QStringLiteral("given"),
                            day.toString(Qt::ISODate) + QLatin1Char(' ') + QString::fromLatin1(at));
            records.append(r);
            return r;
        };
        given(aspirin, Mon, "08:00", "08:05");
        given(aspirin, Mon, "18:00", "19:30"); // records.at(1): late
        given(aspirin, Tue, "08:00", "08:10");
        given(aspirin, Tue, "08:00", "08:20");
        records.last().deviceId = QStringLiteral("device-2"); // the same slot from another device
        records.append(dose(ins.orderId, Tue, QStringLiteral("08:00"), QStringLiteral("refused")));
        records.append(withdrawal(given(aspirin, Wed, "08:00", "08:00")));
        records.append(prnDose(para.orderId, QStringLiteral("2025-03-03 10:00")));
        records.append(prnDose(para.orderId, QStringLiteral("2025-03-03 15:00")));
        unmatched.append(given(aspirin, Mon, "12:00", "12:00").id); // not one of its times
        records.append(dose(QStringLiteral("unknown-order"), Mon, QStringLiteral("08:00"),
                            QStringLiteral("refused")));
        unmatched.append(records.last().id);
        given(aspirin, QDate(2025, 3, 6), "08:00", "08:00"); // outside the range: not listed at all
        visits = {visit(QStringLiteral("mon-am"), Mon, QStringLiteral("07:45"), 45)};
    }

    MarChart chart(bool withVisits = true) const
    {
        MarRequest request {Mon, Wed, londonTime(QStringLiteral("2025-03-04 12:00")).toUTC(),
                            london(), std::nullopt};
        if (withVisits)
            request.visits = visits;
        const auto built = buildMarChart(orders, records, request);
        if (!built)
            qFatal("%s", qPrintable(built.error().toString()));
        return built.value();
    }
};

const MarCell *cellOf(const MarChart &chart, const QString &medicine, const QString &time,
                      const QDate &day)
{
    for (const MarRow &row : chart.rows)
        if (row.order.medicine == medicine && row.scheduledTime == time)
            for (const MarCell &cell : row.cells)
                if (cell.day == day)
                    return &cell;
    return nullptr;
}

// "given 08:05", "given 19:30 late", "refused 00:00" (time of recording), …
QStringList entries(const MarCell &cell)
{
    QStringList out;
    for (const MarEntry &e : cell.entries)
        out.append(e.outcomeCode + (e.given ? QLatin1Char(' ') + e.time : QString())
                   + (e.late ? QStringLiteral(" late") : QString())
                   + (e.amended ? QStringLiteral(" amended") : QString()));
    return out;
}
} // namespace

class TestMarChart : public QObject
{
    Q_OBJECT
private slots:
    void cells_data();
    void cells();
    void rowsAndColumns();
    void noVisitOnlyWhenVisitsAreKnown();
    void unmatchedRecordsAreListed();
    void replacementIsShown();
    void badRanges();
};

void TestMarChart::cells_data()
{
    QTest::addColumn<QString>("medicine");
    QTest::addColumn<QString>("time"); // empty: the PRN row
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("entries");
    using L = QStringList;
    QTest::newRow("given on time") << "Aspirin"
                                   << "08:00" << Mon << "recorded" << L {"given 08:05"};
    QTest::newRow("given late") << "Aspirin"
                                << "18:00" << Mon << "recorded" << L {"given 19:30 late"};
    QTest::newRow("two records: conflict")
        << "Aspirin"
        << "08:00" << Tue << "conflict" << L {"given 08:10", "given 08:20"};
    QTest::newRow("later today: open") << "Aspirin"
                                       << "18:00" << Tue << "open" << L {};
    QTest::newRow("withdrawn record: open") << "Aspirin"
                                            << "08:00" << Wed << "open" << L {};
    QTest::newRow("past, nothing: gap") << "Insulin"
                                        << "08:00" << Mon << "gap" << L {};
    QTest::newRow("refused") << "Insulin"
                             << "08:00" << Tue << "recorded" << L {"refused"};
    QTest::newRow("after the stop date") << "Insulin"
                                         << "08:00" << Wed << "not_due" << L {};
    QTest::newRow("before the start date") << "Bisoprolol"
                                           << "08:00" << Mon << "not_due" << L {};
    QTest::newRow("first day, missed") << "Bisoprolol"
                                       << "08:00" << Tue << "gap" << L {};
    QTest::newRow("PRN given twice") << "Paracetamol"
                                     << "" << Mon << "recorded" << L {"given 10:00", "given 15:00"};
    QTest::newRow("PRN none: never a gap") << "Paracetamol"
                                           << "" << Tue << "open" << L {};
}

void TestMarChart::cells()
{
    QFETCH(QString, medicine);
    QFETCH(QString, time);
    QFETCH(QDate, day);
    QFETCH(QString, state);
    QFETCH(QStringList, entries);
    const MarChart chart = Fixture().chart();
    const MarCell *cell = cellOf(chart, medicine, time, day);
    QVERIFY(cell);
    QCOMPARE(marCellStateCode(cell->state), state);
    QCOMPARE(::entries(*cell), entries);
    QCOMPARE(cell->due, state != QLatin1String("not_due"));
}

void TestMarChart::rowsAndColumns()
{
    const MarChart chart = Fixture().chart();
    QCOMPARE(chart.days, (QList<QDate> {Mon, Tue, Wed}));
    QStringList rows;
    for (const MarRow &row : chart.rows) {
        rows.append(row.order.medicine + QLatin1Char(' ')
                    + (row.prn ? QStringLiteral("PRN") : row.scheduledTime));
        QCOMPARE(row.cells.size(), 3);
    }
    QCOMPARE(rows,
             (QStringList {"Aspirin 08:00", "Aspirin 18:00", "Bisoprolol 08:00", "Insulin 08:00",
                           "Paracetamol PRN"}));
    const MarRow &insulin = chart.rows.at(3);
    QVERIFY(insulin.order.timeCritical);
    QCOMPARE(insulin.windowMinutes, 30);
    QCOMPARE(chart.rows.at(0).windowMinutes, RegularDoseWindowMinutes);
    const MarEntry &e =
        cellOf(chart, QStringLiteral("Aspirin"), QStringLiteral("08:00"), Mon)->entries.first();
    QCOMPARE(e.outcomeWords, QStringLiteral("Given"));
    QCOMPARE(e.authorUserId, QStringLiteral("worker-1"));
    QCOMPARE(e.dose, QStringLiteral("two tablets"));
    QCOMPARE(cellOf(chart, QStringLiteral("Insulin"), QStringLiteral("08:00"), Tue)
                 ->entries.first()
                 .outcomeWords,
             QStringLiteral("Refused"));
}

void TestMarChart::noVisitOnlyWhenVisitsAreKnown()
{
    const Fixture f;
    const MarChart withVisits = f.chart(true);
    QCOMPARE(cellOf(withVisits, QStringLiteral("Aspirin"), QStringLiteral("08:00"), Mon)->visitId,
             QStringLiteral("mon-am"));
    QVERIFY(!cellOf(withVisits, QStringLiteral("Aspirin"), QStringLiteral("08:00"), Mon)->noVisit);
    QVERIFY(cellOf(withVisits, QStringLiteral("Aspirin"), QStringLiteral("18:00"), Mon)->noVisit);
    QVERIFY(!cellOf(withVisits, QStringLiteral("Insulin"), QStringLiteral("08:00"), Wed)
                 ->noVisit); // not due
    const MarChart without = f.chart(false);
    QVERIFY(!cellOf(without, QStringLiteral("Aspirin"), QStringLiteral("18:00"), Mon)->noVisit);
}

void TestMarChart::unmatchedRecordsAreListed()
{
    const Fixture f;
    QStringList expected = f.unmatched;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(f.chart().unmatchedRecordIds, expected);
}

void TestMarChart::replacementIsShown()
{
    Fixture f;
    const Record &late = f.records.at(1);
    QJsonObject corrected = late.payload;
    corrected.insert(QStringLiteral("administeredAt"),
                     londonTime(QStringLiteral("2025-03-03 18:10")).toUTC().toString(Qt::ISODate));
    f.records.append(replacement(late, corrected));
    const MarChart chart = f.chart();
    const MarCell *cell = cellOf(chart, QStringLiteral("Aspirin"), QStringLiteral("18:00"), Mon);
    QCOMPARE(::entries(*cell), QStringList {QStringLiteral("given 18:10 amended")});
}

void TestMarChart::badRanges()
{
    MarRequest request {Wed, Mon, QDateTime::currentDateTimeUtc(), london(), std::nullopt};
    QCOMPARE(buildMarChart({}, {}, request).error().field, QStringLiteral("to"));
    request.to = Mon.addDays(MaxMarChartDays);
    request.from = Mon;
    QCOMPARE(buildMarChart({}, {}, request).error().field, QStringLiteral("to"));
    request.to = Mon.addDays(MaxMarChartDays - 1);
    QCOMPARE(buildMarChart({}, {}, request).value().days.size(), MaxMarChartDays);
    request.from = QDate();
    QCOMPARE(buildMarChart({}, {}, request).error().field, QStringLiteral("from"));
}

QTEST_GUILESS_MAIN(TestMarChart)
#include "tst_marchart.moc"
