// The alert's state folded from its alert.action records (core rules/alertstate.h): each action's
// effect, HLC order whatever the input order, duplicates, actions after resolution, other alerts'
// actions, and which next action is allowed.
#include "core/recordtypes.h"
#include "core/rules/alertstate.h"
#include "core/uuid7.h"
#include <QTest>
#include <QTimeZone>

using namespace careround;

namespace {

const QString AlertId = QStringLiteral("0190a5c0-0000-7000-8000-00000000a1e7");
const qint64 T0 = 1'760'000'000'000; // ms

Record action(const char *name, const QString &by, qint64 atMs, const QString &assignee = {},
              const QString &note = {}, const QString &alertId = AlertId)
{
    Record r;
    r.id = newUuid7();
    r.type = QString::fromLatin1(RecordType::AlertAction);
    r.schemaVersion = 1;
    r.authorUserId = by;
    r.deviceId = QStringLiteral("office-console");
    r.hlc = HlcTimestamp {atMs, 0, QStringLiteral("office")};
    r.deviceTime = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    r.careDay = r.deviceTime.date();
    r.payload = {{QStringLiteral("alertId"), alertId},
                 {QStringLiteral("action"), QString::fromLatin1(name)}};
    if (!assignee.isEmpty())
        r.payload.insert(QStringLiteral("assigneeUserId"), assignee);
    if (!note.isEmpty())
        r.payload.insert(QStringLiteral("note"), note);
    return r;
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

class TestAlertState : public QObject
{
    Q_OBJECT
private slots:
    void noActionsIsOpen();
    void acknowledgeOpensNothingElse();
    void assignAcknowledgesAndNamesTheColleague();
    void reassignKeepsTheFirstAcknowledgement();
    void resolveClosesWithItsNote();
    void actionsAfterResolutionChangeNothing();
    void hlcOrderNotInputOrder();
    void sameTimeOrderedById();
    void duplicatesCountOnce();
    void otherAlertsAndTypesAreIgnored();
    void nextAction_data();
    void nextAction();
    void severityRank();
};

void TestAlertState::noActionsIsOpen()
{
    const AlertState state = foldAlertActions(AlertId, {});
    QCOMPARE(state.status, AlertStatus::Open);
    QCOMPARE(alertStatusName(state.status), QStringLiteral("open"));
    QVERIFY(state.history.isEmpty());
    QVERIFY(state.assigneeUserId.isEmpty());
}

void TestAlertState::acknowledgeOpensNothingElse()
{
    const AlertState state = foldAlertActions(AlertId, {action("acknowledge", "ann", T0)});
    QCOMPARE(state.status, AlertStatus::Acknowledged);
    QCOMPARE(state.acknowledgedBy, QStringLiteral("ann"));
    QCOMPARE(state.acknowledgedAt, at(T0));
    QVERIFY(state.assigneeUserId.isEmpty());
    QVERIFY(state.resolvedBy.isEmpty());
    QCOMPARE(state.history.size(), 1);
    QVERIFY(state.history.first().effective);
}

void TestAlertState::assignAcknowledgesAndNamesTheColleague()
{
    const AlertState state = foldAlertActions(AlertId, {action("assign", "ann", T0, "bob")});
    QCOMPARE(state.status, AlertStatus::Acknowledged);
    QCOMPARE(state.acknowledgedBy, QStringLiteral("ann"));
    QCOMPARE(state.assigneeUserId, QStringLiteral("bob"));
    QCOMPARE(state.history.first().assigneeUserId, QStringLiteral("bob"));
}

void TestAlertState::reassignKeepsTheFirstAcknowledgement()
{
    const AlertState state = foldAlertActions(AlertId,
                                              {action("acknowledge", "ann", T0),
                                               action("assign", "bob", T0 + 1000, "cat"),
                                               action("assign", "cat", T0 + 2000, "bob")});
    QCOMPARE(state.acknowledgedBy, QStringLiteral("ann"));
    QCOMPARE(state.acknowledgedAt, at(T0));
    QCOMPARE(state.assigneeUserId, QStringLiteral("bob"));
    QCOMPARE(state.history.size(), 3);
}

void TestAlertState::resolveClosesWithItsNote()
{
    const AlertState state =
        foldAlertActions(AlertId,
                         {action("assign", "ann", T0, "bob"),
                          action("resolve", "bob", T0 + 60'000, {}, QStringLiteral("GP visited"))});
    QCOMPARE(state.status, AlertStatus::Resolved);
    QCOMPARE(alertStatusName(state.status), QStringLiteral("resolved"));
    QCOMPARE(state.resolvedBy, QStringLiteral("bob"));
    QCOMPARE(state.resolvedAt, at(T0 + 60'000));
    QCOMPARE(state.resolutionNote, QStringLiteral("GP visited"));
    QCOMPARE(state.assigneeUserId, QStringLiteral("bob")); // who had it when it was resolved
}

void TestAlertState::actionsAfterResolutionChangeNothing()
{
    const AlertState state =
        foldAlertActions(AlertId,
                         {action("resolve", "ann", T0, {}, QStringLiteral("first")),
                          action("resolve", "bob", T0 + 1, {}, QStringLiteral("second")),
                          action("assign", "bob", T0 + 2, "cat")});
    QCOMPARE(state.status, AlertStatus::Resolved);
    QCOMPARE(state.resolvedBy, QStringLiteral("ann"));
    QCOMPARE(state.resolutionNote, QStringLiteral("first"));
    QVERIFY(state.assigneeUserId.isEmpty());
    QCOMPARE(state.history.size(), 3); // kept, shown, but without effect
    QVERIFY(state.history.at(0).effective);
    QVERIFY(!state.history.at(1).effective);
    QVERIFY(!state.history.at(2).effective);
}

void TestAlertState::hlcOrderNotInputOrder()
{
    // A phone offline acknowledged before the office resolved; its record arrives later.
    const AlertState state =
        foldAlertActions(AlertId,
                         {action("resolve", "ann", T0 + 5000, {}, QStringLiteral("done")),
                          action("acknowledge", "sam", T0)});
    QCOMPARE(state.status, AlertStatus::Resolved);
    QCOMPARE(state.acknowledgedBy, QStringLiteral("sam"));
    QCOMPARE(state.history.first().action, QStringLiteral("acknowledge"));
    QVERIFY(state.history.at(0).effective && state.history.at(1).effective);
}

void TestAlertState::sameTimeOrderedById()
{
    Record a = action("resolve", "ann", T0, {}, QStringLiteral("ann's"));
    Record b = action("resolve", "bob", T0, {}, QStringLiteral("bob's"));
    const QString first = qMin(a.id, b.id);
    for (const QList<Record> &input : {QList<Record> {a, b}, QList<Record> {b, a}}) {
        const AlertState state = foldAlertActions(AlertId, input);
        QCOMPARE(state.history.first().recordId, first); // every replica agrees
        QCOMPARE(state.resolutionNote,
                 first == a.id ? QStringLiteral("ann's") : QStringLiteral("bob's"));
    }
}

void TestAlertState::duplicatesCountOnce()
{
    const Record ack = action("acknowledge", "ann", T0);
    const AlertState state = foldAlertActions(AlertId, {ack, ack});
    QCOMPARE(state.history.size(), 1);
}

void TestAlertState::otherAlertsAndTypesAreIgnored()
{
    Record note = action("acknowledge", "ann", T0);
    note.type = QString::fromLatin1(RecordType::VisitNote);
    const AlertState state = foldAlertActions(
        AlertId,
        {note, action("resolve", "ann", T0, {}, QStringLiteral("x"), QStringLiteral("other"))});
    QCOMPARE(state.status, AlertStatus::Open);
    QVERIFY(state.history.isEmpty());
}

void TestAlertState::nextAction_data()
{
    QTest::addColumn<QList<Record>>("done");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<QString>("refusedField"); // empty: allowed
    const QList<Record> none;
    const QList<Record> acked {action("acknowledge", "ann", T0)};
    const QList<Record> assigned {action("assign", "ann", T0, "bob")};
    const QList<Record> resolved {action("resolve", "ann", T0, {}, QStringLiteral("done"))};
    QTest::newRow("open: acknowledge") << none << "acknowledge"
                                       << ""
                                       << "";
    QTest::newRow("open: assign") << none << "assign"
                                  << "bob"
                                  << "";
    QTest::newRow("open: resolve") << none << "resolve"
                                   << ""
                                   << "";
    QTest::newRow("acknowledged: acknowledge again") << acked << "acknowledge"
                                                     << ""
                                                     << "action";
    QTest::newRow("acknowledged: assign") << acked << "assign"
                                          << "bob"
                                          << "";
    QTest::newRow("acknowledged: resolve") << acked << "resolve"
                                           << ""
                                           << "";
    QTest::newRow("assigned: same colleague") << assigned << "assign"
                                              << "bob"
                                              << "assigneeUserId";
    QTest::newRow("assigned: another colleague") << assigned << "assign"
                                                 << "cat"
                                                 << "";
    QTest::newRow("resolved: resolve again") << resolved << "resolve"
                                             << ""
                                             << "action";
    QTest::newRow("resolved: assign") << resolved << "assign"
                                      << "bob"
                                      << "action";
    QTest::newRow("resolved: acknowledge") << resolved << "acknowledge"
                                           << ""
                                           << "action";
    QTest::newRow("unknown action") << none << "delete"
                                    << ""
                                    << "action";
}

void TestAlertState::nextAction()
{
    QFETCH(QList<Record>, done);
    QFETCH(QString, next);
    QFETCH(QString, assignee);
    QFETCH(QString, refusedField);
    const auto allowed = checkAlertAction(foldAlertActions(AlertId, done), next, assignee);
    if (refusedField.isEmpty()) {
        QVERIFY2(allowed.ok(), qPrintable(allowed.error().toString()));
    } else {
        QVERIFY(!allowed.ok());
        QCOMPARE(allowed.error().field, refusedField);
    }
}

void TestAlertState::severityRank()
{
    QVERIFY(alertSeverityRank(QStringLiteral("urgent"))
            > alertSeverityRank(QStringLiteral("warning")));
    QVERIFY(alertSeverityRank(QStringLiteral("warning"))
            > alertSeverityRank(QStringLiteral("info")));
    QVERIFY(alertSeverityRank(QStringLiteral("info")) > alertSeverityRank(QStringLiteral("other")));
}

QTEST_GUILESS_MAIN(TestAlertState)
#include "tst_alertstate.moc"
