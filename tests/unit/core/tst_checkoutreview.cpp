// The check-out review (core rules/checkoutreview.h): what is still open at check-out, and the
// reasons it carries into the check-out's payload.
#include "core/recordtypes.h"
#include "core/rules/checkoutreview.h"
#include "core/rules/duedoses.h"
#include "medfixtures.h"
#include <QJsonObject>
#include <QtTest>

using namespace careround;
using namespace careround::fixtures;

namespace {

const QDate Day(2026, 12, 1);
const QString Me = QStringLiteral("worker-1");
const QString Partner = QStringLiteral("worker-2");

// A record of this visit: `type` by `author` at a London time.
Record visitEvent(const QString &type, const QString &author, const QString &at,
                  const QJsonObject &payload = {})
{
    Record r = dose(QStringLiteral("order"), Day, QStringLiteral("08:00"), QStringLiteral("given"),
                    QStringLiteral("2026-12-01 08:00"));
    r.type = type;
    r.visitId = QStringLiteral("visit-1");
    r.authorUserId = author;
    r.deviceTime = londonTime(QStringLiteral("2026-12-01 ") + at).toUTC();
    r.payload = payload;
    return r;
}

Record task(const QString &name, const QString &outcome)
{
    return visitEvent(QString::fromLatin1(RecordType::VisitTask), Me, QStringLiteral("08:10"),
                      {{QStringLiteral("task"), name}, {QStringLiteral("outcome"), outcome}});
}

CheckOutFacts facts(const QString &checkOutAt)
{
    CheckOutFacts f;
    f.visit = visit(QStringLiteral("visit-1"), Day, QStringLiteral("08:00"), 30);
    f.userId = Me;
    f.zone = london();
    f.checkOutAt = londonTime(QStringLiteral("2026-12-01 ") + checkOutAt).toUTC();
    f.records = {
        visitEvent(QString::fromLatin1(RecordType::VisitCheckIn), Me, QStringLiteral("08:00"))};
    return f;
}

QStringList keys(const QList<CheckOutItem> &items)
{
    QStringList out;
    for (const CheckOutItem &i : items)
        out.append(i.key);
    return out;
}

} // namespace

class TestCheckOutReview : public QObject
{
    Q_OBJECT
private slots:
    void nothingOpenIsAnEmptyReview()
    {
        CheckOutFacts f = facts(QStringLiteral("08:30"));
        f.taskNames = {QStringLiteral("Breakfast")};
        f.records.append(task(QStringLiteral("breakfast"), QStringLiteral("done")));
        QVERIFY(checkOutReview(f).isEmpty());
    }

    void openTaskIsListedOnceIgnoringCaseAndSpacing()
    {
        CheckOutFacts f = facts(QStringLiteral("08:30"));
        f.taskNames = {QStringLiteral("Evening  meal"), QStringLiteral("evening meal"),
                       QStringLiteral("Wash")};
        f.records.append(task(QStringLiteral("Wash"), QStringLiteral("refused")));
        const auto items = checkOutReview(f);
        QCOMPARE(keys(items), QStringList {QStringLiteral("task:evening meal")});
        QCOMPARE(items.first().kind, CheckOutItemKind::TaskNotRecorded);
        QCOMPARE(items.first().subject, QStringLiteral("Evening meal"));
    }

    void withdrawnTaskRecordCountsAsNotRecorded()
    {
        CheckOutFacts f = facts(QStringLiteral("08:30"));
        f.taskNames = {QStringLiteral("Wash")};
        const Record done = task(QStringLiteral("Wash"), QStringLiteral("done"));
        Record gone = withdrawal(done);
        gone.visitId = done.visitId;
        f.records += {done, gone};
        QCOMPARE(keys(checkOutReview(f)), QStringList {QStringLiteral("task:wash")});
    }

    void dueDoseWithoutOutcome()
    {
        CheckOutFacts f = facts(QStringLiteral("08:30"));
        const Record metformin = orderRecord(QStringLiteral("Metformin"), QStringLiteral("08:00"));
        const Record sinemet = orderRecord(QStringLiteral("Sinemet"), QStringLiteral("08:15"));
        const Record evening = orderRecord(QStringLiteral("Statin"), QStringLiteral("20:00"));
        f.orders = {orderOf(metformin), orderOf(sinemet), orderOf(evening)};
        f.dayVisits = {f.visit};
        // Metformin has an outcome (refused is an outcome); Sinemet has none; the 20:00 statin is
        // outside this visit's span (no visit covers it: the MAR says so, not the review).
        f.records.append(
            dose(metformin.id, Day, QStringLiteral("08:00"), QStringLiteral("refused")));
        const auto items = checkOutReview(f);
        QCOMPARE(keys(items), QStringList {QStringLiteral("dose:%1@08:15").arg(sinemet.id)});
        QCOMPARE(items.first().kind, CheckOutItemKind::DoseWithoutOutcome);
        QCOMPARE(items.first().scheduledTime, QStringLiteral("08:15"));
        QCOMPARE(items.first().subject, QStringLiteral("Sinemet"));
    }

    void doseOfAnotherVisitIsNotListed()
    {
        CheckOutFacts f = facts(QStringLiteral("08:30"));
        const Record statin = orderRecord(QStringLiteral("Statin"), QStringLiteral("20:00"));
        f.orders = {orderOf(statin)};
        f.dayVisits = {f.visit, visit(QStringLiteral("visit-2"), Day, QStringLiteral("19:30"), 30)};
        QVERIFY(checkOutReview(f).isEmpty());
    }

    void partnerWhoNeverCheckedIn()
    {
        CheckOutFacts f = facts(QStringLiteral("08:30"));
        f.visit.workerIds = {Me, Partner};
        QCOMPARE(keys(checkOutReview(f)), QStringList {QStringLiteral("partner:worker-2")});
        f.records.append(visitEvent(QString::fromLatin1(RecordType::VisitCheckIn), Partner,
                                    QStringLiteral("08:05")));
        QVERIFY(checkOutReview(f).isEmpty());
    }

    void shortVisitUsesTheAlertRule_data()
    {
        QTest::addColumn<QString>("checkOutAt");
        QTest::addColumn<bool>("isShort");
        // 30 minutes planned: under 2/3 (20 minutes) is short, as the short_visit alert says.
        QTest::newRow("1 minute") << QStringLiteral("08:01") << true;
        QTest::newRow("19 minutes") << QStringLiteral("08:19") << true;
        QTest::newRow("20 minutes") << QStringLiteral("08:20") << false;
        QTest::newRow("30 minutes") << QStringLiteral("08:30") << false;
    }
    void shortVisitUsesTheAlertRule()
    {
        QFETCH(QString, checkOutAt);
        QFETCH(bool, isShort);
        const auto items = checkOutReview(facts(checkOutAt));
        QCOMPARE(items.size(), isShort ? 1 : 0);
        if (isShort) {
            QCOMPARE(items.first().kind, CheckOutItemKind::ShortVisit);
            QCOMPARE(items.first().plannedMinutes, 30);
        }
    }

    void payloadCarriesEveryReason()
    {
        CheckOutFacts f = facts(QStringLiteral("08:01"));
        f.taskNames = {QStringLiteral("Wash")};
        const auto items = checkOutReview(f);
        QCOMPARE(items.size(), 2);
        QHash<QString, QString> reasons {{QStringLiteral("task:wash"), QStringLiteral("  ")}};
        auto missing = checkOutReviewPayload(items, reasons);
        QVERIFY(!missing);
        QCOMPARE(missing.error().field, QStringLiteral("review.task:wash"));
        reasons.insert(QStringLiteral("task:wash"), QStringLiteral("Had a wash before I came"));
        reasons.insert(QStringLiteral("short"), QStringLiteral("Called away to a fall"));
        auto payload = checkOutReviewPayload(items, reasons);
        QVERIFY(payload);
        QCOMPARE(payload.value().size(), 2);
        const QJsonObject wash = payload.value().at(0).toObject();
        QCOMPARE(wash.value(u"item").toString(), QStringLiteral("task_not_recorded"));
        QCOMPARE(wash.value(u"subject").toString(), QStringLiteral("Wash"));
        QCOMPARE(wash.value(u"reason").toString(), QStringLiteral("Had a wash before I came"));
        const QJsonObject shortItem = payload.value().at(1).toObject();
        QCOMPARE(shortItem.value(u"item").toString(), QStringLiteral("short_visit"));
        QCOMPARE(shortItem.value(u"deliveredMinutes").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckOutReview)
#include "tst_checkoutreview.moc"
