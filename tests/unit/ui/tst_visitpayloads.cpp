// The visit forms' payloads: what the worker typed becomes a valid record payload, or an error that
// names the field. Each payload is checked against the domain's own validation too.
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "ui/visit/visitpayloads.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace careround;
using namespace careround::ui;

namespace {
void checkValid(const char *type, const Result<QJsonObject> &payload)
{
    QVERIFY2(payload.ok(), qPrintable(payload.error().toString()));
    const auto valid =
        validatePayload(QString::fromLatin1(type), payload.value(), QStringLiteral("payload"));
    QVERIFY2(valid.ok(), qPrintable(valid.error().toString()));
}
} // namespace

class TestVisitPayloads : public QObject
{
    Q_OBJECT
private slots:
    void pence_data();
    void pence();
    void validPayloads();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void corrections();
};

void TestVisitPayloads::pence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pence"); // -1: refused
    QTest::newRow("pounds and pence") << "12.50" << qint64(1250);
    QTest::newRow("pound sign") << "£3" << qint64(300);
    QTest::newRow("one decimal") << "0.5" << qint64(50);
    QTest::newRow("thousands") << "1,250.00" << qint64(125000);
    QTest::newRow("spaces") << " £ 4.99 " << qint64(499);
    QTest::newRow("limit") << "10000" << qint64(1000000);
    QTest::newRow("over the limit") << "10000.01" << qint64(-1);
    QTest::newRow("zero") << "0.00" << qint64(-1);
    QTest::newRow("three decimals") << "1.005" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("words") << "five" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestVisitPayloads::pence()
{
    QFETCH(QString, text);
    QFETCH(qint64, pence);
    const auto parsed = VisitPayloads::parsePence(text);
    if (pence < 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, QStringLiteral("amount"));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed.value(), pence);
}

void TestVisitPayloads::validPayloads()
{
    checkValid(RecordType::VisitTask,
               VisitPayloads::task(" Breakfast ", "refused", "Not hungry", "did_not_want"));
    checkValid(RecordType::VisitTask,
               VisitPayloads::task("Breakfast", "refused", {}, "other", "Waiting for her son"));
    checkValid(RecordType::VisitNote, VisitPayloads::note("Cheerful today", true, false));
    const auto note = VisitPayloads::note("x", false, true);
    QVERIFY(!note.value().contains("forNextWorker"));
    QVERIFY(note.value().value("significant").toBool());
    checkValid(RecordType::VisitFinance,
               VisitPayloads::finance("£12.40", "Shopping", true, true, ""));
    checkValid(RecordType::VisitFinance,
               VisitPayloads::finance("5", "Milk", false, false, "Asleep; daughter told"));
    const QDateTime at(QDate(2026, 11, 2), QTime(8, 20), QTimeZone::utc());
    const auto incident =
        VisitPayloads::incident("fall", "moderate", "Found on the floor",
                                "Helped up, checked, no injury", "The office", "phone", at);
    checkValid(RecordType::Incident, incident);
    QCOMPARE(
        incident.value().value("reportedTo").toArray().first().toObject().value("at").toString(),
        QStringLiteral("2026-11-02T08:20:00.000Z"));
    checkValid(RecordType::VisitNoAccess,
               VisitPayloads::noAccess(true, true, false, true, false, "No signal; will phone"));
    const QJsonObject read = VisitPayloads::fileRead("plan-1");
    QVERIFY(validatePayload("visit.fileread", read, "payload").ok());
    QVERIFY(!VisitPayloads::fileRead({}).contains("carePlanId"));
}

void TestVisitPayloads::errorsNameTheField_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("field");
    QTest::newRow("task without outcome") << 0 << "outcome";
    QTest::newRow("empty note") << 1 << "note";
    QTest::newRow("money without purpose") << 2 << "purpose";
    QTest::newRow("unconfirmed money without note") << 3 << "note";
    QTest::newRow("incident without description") << 4 << "description";
    QTest::newRow("incident of unknown kind") << 5 << "kind";
    QTest::newRow("no access without outcome") << 6 << "outcome";
    QTest::newRow("refusal without reason") << 7 << "reasonCode";
    QTest::newRow("refusal, other without words") << 8 << "reason";
}

void TestVisitPayloads::errorsNameTheField()
{
    QFETCH(int, form);
    QFETCH(QString, field);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const Result<QJsonObject> results[] = {
        VisitPayloads::task("Breakfast", "eaten", ""),
        VisitPayloads::note("   ", false, false),
        VisitPayloads::finance("2.00", " ", true, false, ""),
        VisitPayloads::finance("2.00", "Milk", false, false, " "),
        VisitPayloads::incident("fall", "low", "", "x", "Office", "phone", at),
        VisitPayloads::incident("flood", "low", "x", "x", "Office", "phone", at),
        VisitPayloads::noAccess(true, true, true, true, true, ""),
        VisitPayloads::task("Breakfast", "refused", "Not hungry"),
        VisitPayloads::task("Breakfast", "refused", "", "other", "  "),
    };
    const auto &result = results[form];
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.error().message.isEmpty());
}

void TestVisitPayloads::corrections()
{
    const QJsonObject task {{"task", "Breakfast"}, {"outcome", "refused"}};
    const auto outcome =
        VisitPayloads::corrected("visit.task", task, {{"outcome", "done"}, {"note", "Ate later"}});
    checkValid(RecordType::VisitTask, outcome);
    QCOMPARE(outcome.value().value("outcome").toString(), QStringLiteral("done"));
    QCOMPARE(VisitPayloads::corrected("visit.task", task, {{"outcome", "eaten"}}).error().field,
             QStringLiteral("outcome"));
    QCOMPARE(VisitPayloads::corrected("visit.task", task, {{"task", "Lunch"}}).error().field,
             QStringLiteral("task"));
    QVERIFY(!VisitPayloads::corrected("visit.task", task, {}).ok());
    QVERIFY(
        !VisitPayloads::corrected("visit.task", task, {{"outcome", "refused"}}).ok()); // unchanged
    // A refusal with its reason corrected to done keeps no refusal reason.
    const QJsonObject withReason {
        {"task", "Breakfast"}, {"outcome", "refused"}, {"reasonCode", "other"}, {"reason", "x"}};
    const auto done = VisitPayloads::corrected("visit.task", withReason, {{"outcome", "done"}});
    checkValid(RecordType::VisitTask, done);
    QVERIFY(!done.value().contains("reasonCode") && !done.value().contains("reason"));

    const QJsonObject money {
        {"amountPence", 500}, {"purpose", "Milk"}, {"confirmedByPerson", true}};
    const auto amount = VisitPayloads::corrected("visit.finance", money, {{"amount", "5.50"}});
    checkValid(RecordType::VisitFinance, amount);
    QCOMPARE(amount.value().value("amountPence").toInt(), 550);

    const QJsonObject note {{"note", "Ate toast"}, {"forNextWorker", true}};
    QCOMPARE(VisitPayloads::corrected("visit.note", note, {{"note", " "}}).error().field,
             QStringLiteral("note"));
    const auto text = VisitPayloads::corrected("visit.note", note, {{"note", "Ate porridge"}});
    QVERIFY(text.value().value("forNextWorker").toBool()); // the rest stays
    QCOMPARE(VisitPayloads::corrected("visit.fileread", {{"confirmed", true}}, {{"note", "x"}})
                 .error()
                 .field,
             QStringLiteral("type"));
}

QTEST_GUILESS_MAIN(TestVisitPayloads)
#include "tst_visitpayloads.moc"
