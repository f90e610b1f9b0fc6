// Medication orders written from the office console against the real server, both backends:
// create, change and stop (each change an amendment of the one order, with its history), the
// version check (a stale edit is 409 and changes nothing), bad input naming its field with
// nothing stored, the role matrix (coordinators only; another organisation's ids are 404), and
// the amendments reaching the assigned worker's phone by pull.
#include "integrationtest.h"

#include <QJsonArray>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

QJsonObject paracetamol(int maxPer24h = 4)
{
    return {{"medicine", "Paracetamol"},
            {"formulation", "tablet"},
            {"strength", "500 mg"},
            {"dose", "one or two tablets"},
            {"route", "oral"},
            {"supportLevel", "administer"},
            {"prescriber", "Dr Patel"},
            {"prn", true},
            {"prnProtocol",
             QJsonObject {{"indication", "pain in the hip"},
                          {"doseRule", "1-2 tablets"},
                          {"minimumIntervalMinutes", 240},
                          {"maxDosesPer24h", maxPer24h}}}};
}

QString ordersPath(const QString &personId)
{
    return QStringLiteral("/v1/office/people/%1/orders").arg(personId);
}

QString orderPath(const QString &orderId, const char *action)
{
    return QStringLiteral("/v1/office/orders/%1/%2").arg(orderId, QLatin1String(action));
}

} // namespace

class TestServerOrders : public IntegrationTest
{
    Q_OBJECT
private slots:
    void createChangeAndStopAreOneOrderWithItsHistory();
    void aStaleVersionIsRefusedWith409();
    void badInputNamesTheFieldAndStoresNothing();
    void onlyCoordinatorsOfTheOrganisationWrite();

private:
    QString createOrder(const EnrolledDevice &coordinator);
    QJsonArray orders(const EnrolledDevice &coordinator);
};

QString TestServerOrders::createOrder(const EnrolledDevice &coordinator)
{
    const ApiReply created = m_client->postJson(
        ordersPath(m_world.personInScope), {{"order", paracetamol()}}, coordinator.accessToken);
    if (created.status != 201)
        qWarning() << created.describe();
    return created.json.value(QStringLiteral("order_id")).toString();
}

QJsonArray TestServerOrders::orders(const EnrolledDevice &coordinator)
{
    const ApiReply list = m_client->get(ordersPath(m_world.personInScope), coordinator.accessToken);
    if (list.status != 200)
        qWarning() << list.describe();
    return list.json.value(QStringLiteral("orders")).toArray();
}

void TestServerOrders::createChangeAndStopAreOneOrderWithItsHistory()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const QString orderId = createOrder(coordinator);
    QVERIFY(!orderId.isEmpty());
    QCOMPARE(orders(coordinator).size(), 1);

    QJsonObject protocol = paracetamol().value("prnProtocol").toObject();
    protocol.insert("maxDosesPer24h", 2);
    const ApiReply amended = m_client->postJson(
        orderPath(orderId, "amend"),
        {{"version", 1},
         {"reason", "GP lowered the maximum"},
         {"changes", QJsonObject {{"prnProtocol", protocol}, {"instructions", "with food"}}}},
        coordinator.accessToken);
    QVERIFY2(amended.status == 200, qPrintable(amended.describe()));
    QCOMPARE(amended.json.value("order_id").toString(), orderId);
    QCOMPARE(amended.json.value("version").toInt(), 2);

    const ApiReply stopped = m_client->postJson(
        orderPath(orderId, "stop"),
        {{"version", 2}, {"reason", "pain resolved"}, {"stop_date", "2030-01-31"}},
        coordinator.accessToken);
    QVERIFY2(stopped.status == 200, qPrintable(stopped.describe()));
    QCOMPARE(stopped.json.value("version").toInt(), 3);

    const QJsonArray list = orders(coordinator);
    QCOMPARE(list.size(), 1); // one order, never a second
    const QJsonObject order = list.first().toObject();
    QCOMPARE(order.value("order_id").toString(), orderId);
    QCOMPARE(order.value("version").toInt(), 3);
    const QJsonObject current = order.value("order").toObject();
    QCOMPARE(current.value("prnProtocol").toObject().value("maxDosesPer24h").toInt(), 2);
    QCOMPARE(current.value("stopDate").toString(), QStringLiteral("2030-01-31"));
    QCOMPARE(current.value("stopReason").toString(), QStringLiteral("pain resolved"));
    const QJsonArray history = order.value("history").toArray();
    QCOMPARE(history.size(), 3);
    const QJsonObject change = history.at(1).toObject();
    QCOMPARE(change.value("reason").toString(), QStringLiteral("GP lowered the maximum"));
    QCOMPARE(change.value("author").toString(),
             m_world.users.value(QStringLiteral("coordinator")).displayName);
    QStringList fields;
    for (const QJsonValue &c : change.value("changes").toArray())
        fields << c.toObject().value("field").toString();
    QCOMPARE(fields, (QStringList {"instructions", "prnProtocol"}));
    QCOMPARE(history.at(2).toObject().value("changes").toArray().size(), 2); // stop date, reason

    // The worker's phone is sent the order and both amendments (it folds them to version 3).
    QString failure;
    const QSet<QString> pulled = pulledIds(worker, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(pulled.contains(orderId));
    QVERIFY(pulled.contains(amended.json.value("record_id").toString()));
    QVERIFY(pulled.contains(stopped.json.value("record_id").toString()));
}

void TestServerOrders::aStaleVersionIsRefusedWith409()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QString orderId = createOrder(coordinator);
    QVERIFY(!orderId.isEmpty());
    const QJsonObject first {{"version", 1},
                             {"reason", "dose changed"},
                             {"changes", QJsonObject {{"dose", "one tablet"}}}};
    QCOMPARE(m_client->postJson(orderPath(orderId, "amend"), first, coordinator.accessToken).status,
             200);
    // A second coordinator still looking at version 1.
    const ApiReply stale = m_client->postJson(
        orderPath(orderId, "amend"),
        {{"version", 1}, {"reason", "other change"}, {"changes", QJsonObject {{"dose", "two"}}}},
        coordinator.accessToken);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.error(), QStringLiteral("stale_version"));
    QCOMPARE(stale.json.value("field").toString(), QStringLiteral("version"));
    const ApiReply staleStop = m_client->postJson(
        orderPath(orderId, "stop"), {{"version", 1}, {"reason", "x"}, {"stop_date", "2030-01-01"}},
        coordinator.accessToken);
    QCOMPARE(staleStop.status, 409);
    const QJsonObject order = orders(coordinator).first().toObject();
    QCOMPARE(order.value("version").toInt(), 2);
    QCOMPARE(order.value("order").toObject().value("dose").toString(),
             QStringLiteral("one tablet"));
}

void TestServerOrders::badInputNamesTheFieldAndStoresNothing()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QString path = ordersPath(m_world.personInScope);
    QJsonObject noDose = paracetamol();
    noDose.remove("dose");
    QJsonObject unknown = paracetamol();
    unknown.insert("colour", "white");
    QJsonObject regularWithoutTimes = paracetamol();
    regularWithoutTimes.insert("prn", false);
    regularWithoutTimes.remove("prnProtocol");
    const QList<QPair<QJsonObject, QString>> bad {
        {{{"order", noDose}}, "dose"},
        {{{"order", paracetamol(0)}}, "prnProtocol.maxDosesPer24h"},
        {{{"order", unknown}}, "colour"},
        {{{"order", regularWithoutTimes}}, "times"},
        {{{"order", "Paracetamol"}}, "order"},
        {{{"order", paracetamol()}, {"extra", 1}}, "extra"},
    };
    for (const auto &[body, field] : bad) {
        const ApiReply refused = m_client->postJson(path, body, coordinator.accessToken);
        QVERIFY2(refused.status == 400, qPrintable(field + ": " + refused.describe()));
        QCOMPARE(refused.json.value("field").toString(), field);
    }
    QCOMPARE(orders(coordinator).size(), 0);

    const QString orderId = createOrder(coordinator);
    const QList<QPair<QJsonObject, QString>> badChanges {
        {{{"reason", "r"}, {"changes", QJsonObject {{"dose", "x"}}}}, "version"},
        {{{"version", 1}, {"changes", QJsonObject {{"dose", "x"}}}}, "reason"},
        {{{"version", 1}, {"reason", " "}, {"changes", QJsonObject {{"dose", "x"}}}}, "reason"},
        {{{"version", 1}, {"reason", "r"}, {"changes", QJsonObject {{"route", "by ear"}}}},
         "route"},
        {{{"version", 1},
          {"reason", "r"},
          {"changes", QJsonObject {{"dose", "one or two tablets"}}}},
         "changes"}, // nothing changed
        {{{"version", 1},
          {"reason", "r"},
          {"changes", QJsonObject {{"startDate", "2030-02-01"}, {"stopDate", "2030-01-01"}}}},
         "stopDate"},
    };
    for (const auto &[body, field] : badChanges) {
        const ApiReply refused =
            m_client->postJson(orderPath(orderId, "amend"), body, coordinator.accessToken);
        QVERIFY2(refused.status == 400, qPrintable(field + ": " + refused.describe()));
        QCOMPARE(refused.json.value("field").toString(), field);
    }
    const ApiReply badStop = m_client->postJson(
        orderPath(orderId, "stop"), {{"version", 1}, {"reason", "r"}, {"stop_date", "31/01/2030"}},
        coordinator.accessToken);
    QCOMPARE(badStop.status, 400);
    QCOMPARE(badStop.json.value("field").toString(), QStringLiteral("stop_date"));
    QCOMPARE(m_client
                 ->postJson(orderPath(m_world.noteInScope, "amend"),
                            {{"version", 1}, {"reason", "r"}, {"changes", QJsonObject {}}},
                            coordinator.accessToken)
                 .status,
             404); // not an order
    const QJsonObject order = orders(coordinator).first().toObject();
    QCOMPARE(order.value("version").toInt(), 1);
}

void TestServerOrders::onlyCoordinatorsOfTheOrganisationWrite()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QString orderId = createOrder(coordinator);
    QVERIFY(!orderId.isEmpty());
    const QJsonObject amend {
        {"version", 1}, {"reason", "r"}, {"changes", QJsonObject {{"dose", "one tablet"}}}};
    const QJsonObject stop {{"version", 1}, {"reason", "r"}, {"stop_date", "2030-01-01"}};
    for (const QString &role :
         {QStringLiteral("worker"), QStringLiteral("supervisor"), QStringLiteral("therapist"),
          QStringLiteral("family"), QStringLiteral("outsider")}) {
        const EnrolledDevice device = enrol(role);
        for (const auto &[path, body] :
             {qMakePair(ordersPath(m_world.personInScope), QJsonObject {{"order", paracetamol()}}),
              qMakePair(orderPath(orderId, "amend"), amend),
              qMakePair(orderPath(orderId, "stop"), stop)}) {
            const ApiReply refused = m_client->postJson(path, body, device.accessToken);
            QVERIFY2(refused.status == 403,
                     qPrintable(role + " " + path + ": " + refused.describe()));
        }
    }
    const EnrolledDevice other = enrol(QStringLiteral("coordinatorB"));
    QCOMPARE(m_client
                 ->postJson(ordersPath(m_world.personInScope), {{"order", paracetamol()}},
                            other.accessToken)
                 .status,
             404);
    QCOMPARE(m_client->postJson(orderPath(orderId, "amend"), amend, other.accessToken).status, 404);
    QCOMPARE(m_client->get(ordersPath(m_world.personInScope), other.accessToken).status, 404);
    QCOMPARE(m_client->get(ordersPath(m_world.personInScope), enrol("worker").accessToken).status,
             403);
    // Nothing of theirs landed.
    const QJsonObject order = orders(coordinator).first().toObject();
    QCOMPARE(orders(coordinator).size(), 1);
    QCOMPARE(order.value("version").toInt(), 1);
}

QTEST_MAIN(TestServerOrders)
#include "tst_server_orders.moc"
