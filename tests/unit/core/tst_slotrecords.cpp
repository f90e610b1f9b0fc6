#include "core/rules/slotrecords.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
const QString OrderA = QStringLiteral("order-a");
const QDate Day(2025, 3, 3);
const DoseSlot Slot {OrderA, Day, QStringLiteral("08:00")};
} // namespace

class TestSlotRecords : public QObject
{
    Q_OBJECT
private slots:
    void slot_data();
    void slot();
    void replacementMovesARecordToAnotherSlot();
};

// Steps: "here" (a dose for the slot, this device), "other-device", "other-time", "other-day",
// "other-order", "prn", "withdraw-last", "again" (the last record delivered a second time).
void TestSlotRecords::slot_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<int>("onThisDevice");
    using L = QStringList;
    QTest::newRow("nothing") << L {} << 0 << false << 0;
    QTest::newRow("recorded here") << L {"here"} << 1 << false << 1;
    QTest::newRow("recorded on another device") << L {"other-device"} << 1 << false << 0;
    QTest::newRow("two records: conflict") << L {"here", "other-device"} << 2 << true << 1;
    QTest::newRow("same record twice is one") << L {"here", "again"} << 1 << false << 1;
    QTest::newRow("withdrawn does not count")
        << L {"here", "other-device", "withdraw-last"} << 1 << false << 1;
    QTest::newRow("other slots do not count")
        << L {"other-time", "other-day", "other-order", "prn"} << 0 << false << 0;
}

void TestSlotRecords::slot()
{
    QFETCH(QStringList, steps);
    QFETCH(int, count);
    QFETCH(bool, conflict);
    QFETCH(int, onThisDevice);
    QList<Record> records;
    for (const QString &step : steps) {
        if (step == QLatin1String("withdraw-last")) {
            records.append(withdrawal(records.last()));
            continue;
        }
        if (step == QLatin1String("again")) {
            records.append(records.last());
            continue;
        }
        Record r = dose(step == QLatin1String("other-order") ? QStringLiteral("order-b") : OrderA,
                        step == QLatin1String("other-day") ? Day.addDays(1) : Day,
                        step == QLatin1String("other-time") ? QStringLiteral("18:00")
                                                            : QStringLiteral("08:00"),
                        QStringLiteral("given"), QStringLiteral("2025-03-03 08:05"));
        r.deviceId = step == QLatin1String("other-device") ? QStringLiteral("device-2")
                                                           : QStringLiteral("device-1");
        if (step == QLatin1String("prn")) {
            r.payload.remove(QStringLiteral("scheduledTime"));
            r.payload.insert(QStringLiteral("prn"), true);
        }
        records.append(r);
    }
    const SlotRecords found = administrationsForSlot(records, Slot);
    QCOMPARE(int(found.administrations.size()), count);
    QCOMPARE(found.recorded(), count > 0);
    QCOMPARE(found.conflict(), conflict);
    QCOMPARE(int(found.fromDevice(QStringLiteral("device-1")).size()), onThisDevice);
}

void TestSlotRecords::replacementMovesARecordToAnotherSlot()
{
    const Record wrong = dose(OrderA, Day, QStringLiteral("18:00"), QStringLiteral("given"),
                              QStringLiteral("2025-03-03 08:05"));
    QJsonObject corrected = wrong.payload;
    corrected.insert(QStringLiteral("scheduledTime"), QStringLiteral("08:00"));
    QVERIFY(!administrationsForSlot({wrong}, Slot).recorded());
    const SlotRecords found = administrationsForSlot({wrong, replacement(wrong, corrected)}, Slot);
    QCOMPARE(found.administrations.size(), 1);
    QVERIFY(found.administrations.first().amended());
    QCOMPARE(slotOf(found.administrations.first().record), std::optional<DoseSlot>(Slot));
}

QTEST_GUILESS_MAIN(TestSlotRecords)
#include "tst_slotrecords.moc"
