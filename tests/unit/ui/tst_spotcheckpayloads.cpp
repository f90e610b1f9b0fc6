// SpotCheckPayloads: a spot check as the form saves it. No consent: the refusal and its reason are
// the whole record; consent: every checklist item answered, a comment for what was not met, the
// outcome, and an action with a due date when anything was not met. Errors name the field.
#include "ui/spotcheck/spotcheckpayloads.h"

#include <QJsonArray>
#include <QtTest>

using namespace careround;
using namespace careround::ui;

namespace {

const QDate Today(2026, 3, 3);

SpotCheckInput allMet()
{
    SpotCheckInput in;
    in.supervisorUserId = QStringLiteral("senior-1");
    in.workerUserId = QStringLiteral("worker-1");
    in.consent = QStringLiteral("given");
    for (const QString &item : SpotCheckPayloads::items())
        in.answers.append({item, QStringLiteral("met"), {}});
    in.outcome = QStringLiteral("satisfactory");
    return in;
}

} // namespace

class TestSpotCheckPayloads : public QObject
{
    Q_OBJECT
private slots:
    void theChecklistOfTheProductBrief()
    {
        QCOMPARE(SpotCheckPayloads::items(),
                 (QStringList {"arrival_on_time", "id_badge", "hygiene_ppe", "dignity_choice",
                               "medication_competence", "moving_handling", "record_keeping"}));
        for (const QString &item : SpotCheckPayloads::items()) {
            QVERIFY(!SpotCheckPayloads::itemWords(item).isEmpty());
            QVERIFY(!SpotCheckPayloads::itemHint(item).isEmpty());
        }
        QCOMPARE(SpotCheckPayloads::resultChoices().size(), 3);
        QCOMPARE(SpotCheckPayloads::dueChoices(Today).first().toMap().value("code").toString(),
                 QStringLiteral("2026-03-10"));
    }

    void build_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("errorField"); // empty: saved
        QTest::newRow("all met") << ""
                                 << "";
        QTest::newRow("no worker") << "noWorker"
                                   << "workerUserId";
        QTest::newRow("own practice") << "self"
                                      << "workerUserId";
        QTest::newRow("consent not asked") << "noConsent"
                                           << "consent";
        QTest::newRow("refused without reason") << "refusedNoReason"
                                                << "refusalReason";
        QTest::newRow("refused with reason") << "refused"
                                             << "";
        QTest::newRow("item not answered") << "unanswered"
                                           << "checklist[2].result";
        QTest::newRow("not met without comment") << "notMetNoComment"
                                                 << "checklist[4].comment";
        QTest::newRow("not met without action") << "notMetNoAction"
                                                << "actions";
        QTest::newRow("not met with action") << "notMetWithAction"
                                             << "";
        QTest::newRow("action without words") << "actionNoWords"
                                              << "actions[0].description";
        QTest::newRow("action date in the past") << "actionPast"
                                                 << "actions[0].dueDate";
        QTest::newRow("action date unreadable") << "actionBadDate"
                                                << "actions[0].dueDate";
        QTest::newRow("empty action rows ignored") << "emptyAction"
                                                   << "";
        QTest::newRow("no outcome") << "noOutcome"
                                    << "outcome";
    }
    void build()
    {
        QFETCH(QString, change);
        QFETCH(QString, errorField);
        SpotCheckInput in = allMet();
        if (change == "noWorker")
            in.workerUserId.clear();
        if (change == "self")
            in.workerUserId = in.supervisorUserId;
        if (change == "noConsent")
            in.consent.clear();
        if (change == "refusedNoReason")
            in.consent = "refused";
        if (change == "refused") {
            in.consent = "refused";
            in.refusalReason = " Not today ";
        }
        if (change == "unanswered")
            in.answers[2].result.clear();
        if (change == "notMetNoComment") {
            in.answers[4].result = "not_met";
        }
        if (change == "notMetNoAction" || change == "notMetWithAction") {
            in.answers[4] = {in.answers[4].item, "not_met", "Did not check the MAR"};
            in.outcome = "needs_improvement";
        }
        if (change == "notMetWithAction")
            in.actions = {{"Medication refresher", "17/03/2026"}};
        if (change == "actionNoWords")
            in.actions = {{" ", "17/03/2026"}};
        if (change == "actionPast")
            in.actions = {{"Refresher", "2026-03-02"}};
        if (change == "actionBadDate")
            in.actions = {{"Refresher", "next week"}};
        if (change == "emptyAction")
            in.actions = {{"", ""}};
        if (change == "noOutcome")
            in.outcome.clear();

        const auto payload = SpotCheckPayloads::build(in, Today);
        if (!errorField.isEmpty()) {
            QVERIFY(!payload);
            QCOMPARE(payload.error().field, errorField);
            QVERIFY(!payload.error().message.isEmpty());
            return;
        }
        QVERIFY2(payload, qPrintable(payload.error().toString()));
        const QJsonObject p = payload.value();
        QCOMPARE(p.value("workerUserId").toString(), QStringLiteral("worker-1"));
        if (change == "refused") {
            QCOMPARE(p.value("consentGiven").toBool(true), false);
            QCOMPARE(p.value("refusalReason").toString(), QStringLiteral("Not today"));
            QVERIFY(!p.contains("checklist")); // nothing observed without consent
            QVERIFY(!p.contains("outcome"));
            return;
        }
        QVERIFY(p.value("consentGiven").toBool());
        QCOMPARE(p.value("checklist").toArray().size(), SpotCheckPayloads::items().size());
        if (change == "notMetWithAction") {
            QCOMPARE(p.value("checklist").toArray().at(4).toObject().value("comment").toString(),
                     QStringLiteral("Did not check the MAR"));
            QCOMPARE(
                p.value("actions").toArray().first().toObject(),
                (QJsonObject {{"description", "Medication refresher"}, {"dueDate", "2026-03-17"}}));
        } else {
            QVERIFY(!p.contains("actions"));
        }
    }

    void dueDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: refused
        QTest::newRow("iso") << "2026-03-31" << QDate(2026, 3, 31);
        QTest::newRow("day/month/year") << "31/03/2026" << QDate(2026, 3, 31);
        QTest::newRow("short") << "4/3/2026" << QDate(2026, 3, 4);
        QTest::newRow("today") << "3/3/2026" << Today;
        QTest::newRow("yesterday") << "2/3/2026" << QDate();
        QTest::newRow("no such day") << "31/02/2026" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }
    void dueDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto due = SpotCheckPayloads::dueDate(text, Today, "actions[1].dueDate");
        if (!expected.isValid()) {
            QVERIFY(!due);
            QCOMPARE(due.error().field, QStringLiteral("actions[1].dueDate"));
            return;
        }
        QCOMPARE(due.value(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpotCheckPayloads)
#include "tst_spotcheckpayloads.moc"
