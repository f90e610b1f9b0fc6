// The words a visit is shown with: status, detail line as time passes, times, lengths, call type.
#include "roundfixtures.h"
#include "ui/visit/visitwords.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
const QDateTime Start(QDate(2026, 11, 2), QTime(8, 0));

PlannedVisit visit()
{
    return PlannedVisit::fromRecord(rotaVisit({QStringLiteral("v1"), QStringLiteral("p1"), Start}))
        .value();
}
} // namespace

class TestVisitWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }
    void statusAsTimePasses_data();
    void statusAsTimePasses();
    void everyStatusHasWordsAndATone();
    void timesAndLengths();
};

void TestVisitWords::statusAsTimePasses_data()
{
    QTest::addColumn<int>("minutesFromStart");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("an hour before") << -60 << "Upcoming"
                                    << "Starts at 08:00";
    QTest::newRow("ten minutes before") << -10 << "Due now"
                                        << "Due at 08:00";
    QTest::newRow("ten minutes after") << 10 << "Due now"
                                       << "Was due at 08:00";
    QTest::newRow("fifty minutes after") << 50 << "Late"
                                         << "Running 50 minutes late: not checked in";
    QTest::newRow("three hours after") << 180 << "Missed"
                                       << "Not checked in by 10:00";
}

void TestVisitWords::statusAsTimePasses()
{
    QFETCH(int, minutesFromStart);
    QFETCH(QString, status);
    QFETCH(QString, detail);
    const QDateTime now = Start.addSecs(minutesFromStart * 60);
    const VisitState state = foldVisitState(visit(), {}, now);
    QCOMPARE(VisitWords::statusText(state.status), status);
    QCOMPARE(VisitWords::statusDetail(visit(), state, now), detail);
}

void TestVisitWords::everyStatusHasWordsAndATone()
{
    QSet<QString> words;
    for (VisitStatus s : {VisitStatus::Upcoming, VisitStatus::Due, VisitStatus::Late,
                          VisitStatus::Missed, VisitStatus::InProgress, VisitStatus::Done,
                          VisitStatus::NoAccess, VisitStatus::Cancelled})
        words.insert(VisitWords::statusText(s));
    QCOMPARE(words.size(), 8);
    QCOMPARE(VisitWords::tone(VisitStatus::Missed), VisitWords::Tone::Alert);
    QCOMPARE(VisitWords::tone(VisitStatus::Done), VisitWords::Tone::Good);
    QCOMPARE(VisitWords::tone(VisitStatus::Late), VisitWords::Tone::Attention);

    VisitState done;
    done.status = VisitStatus::Done;
    done.deliveredMinutes = 42;
    QCOMPARE(VisitWords::statusDetail(visit(), done, Start),
             QStringLiteral("42 minutes delivered of 45 minutes planned"));
    VisitState cancelled;
    cancelled.status = VisitStatus::Cancelled;
    QCOMPARE(VisitWords::statusDetail(visit(), cancelled, Start, " in hospital "),
             QStringLiteral("Cancelled by the office: in hospital"));
    QCOMPARE(VisitWords::statusDetail(visit(), cancelled, Start),
             QStringLiteral("Cancelled by the office"));
}

void TestVisitWords::timesAndLengths()
{
    QCOMPARE(VisitWords::timeRange(visit()), QStringLiteral("08:00 to 08:45"));
    QCOMPARE(VisitWords::startTime(visit()), QStringLiteral("08:00"));
    QCOMPARE(VisitWords::length(30), QStringLiteral("30 minutes"));
    QCOMPARE(VisitWords::length(75), QStringLiteral("1 hour 15 minutes"));
    QCOMPARE(VisitWords::length(1), QStringLiteral("1 minute"));
    QCOMPARE(VisitWords::callType("morning"), QStringLiteral("Morning call"));
    QCOMPARE(VisitWords::callType("sleep_in"), QStringLiteral("Sleep in call"));
    QCOMPARE(VisitWords::callType(""), QStringLiteral("Visit"));
}

QTEST_GUILESS_MAIN(TestVisitWords)
#include "tst_visitwords.moc"
