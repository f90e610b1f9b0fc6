// The office's alerts inbox against the real server, both backends: alerts raised by pushed
// incidents are listed by scope (coordinator, supervisor, therapist; another organisation's and an
// out-of-scope alert answer 404), acknowledge -> assign -> resolve each write one alert.action
// record (history, counts, filters), refusals write nothing (resolving twice, acknowledging twice,
// an unknown alert, an assignee outside the organisation or the office, a missing or long note,
// a missing CSRF token, a care worker), and the actions reach the supervisor's phone by sync but
// never a family member's.
#include "core/recordtypes.h"
#include "core/rules/alertstate.h"
#include "core/uuid7.h"
#include "integrationtest.h"
#include "officebrowser.h"
#include "samplerecords.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestServerAlertsInbox : public IntegrationTest
{
    Q_OBJECT
protected:
    // No alert scheduler: its own tests cover it (tst_server_alerts); here the inbox must hold only
    // the alerts each test raises, whatever the time of day.
    QStringList extraServerArgs() const override
    {
        return {QStringLiteral("--alert-pass-seconds"), QStringLiteral("0")};
    }

private slots:
    void actionsRoundTripWithHistoryAndCounts();
    void refusalsWriteNothing();
    void scopeDecidesWhoSeesAnAlert();
    void actionsReachTheSupervisorsPhoneNotFamily();

private:
    BrowserSignIn signIn(const QString &key);
    // An incident pushed by `device` about `personId`: the server raises an alert for it.
    void raiseIncident(const EnrolledDevice &device, const QString &personId, const char *kind);
    QString alertOf(const BrowserSignIn &who, const QString &personId);
    ApiReply get(const BrowserSignIn &who, const QString &path)
    {
        return m_client->send("GET", path, {}, {{"Cookie", who.cookie}});
    }
    ApiReply act(const BrowserSignIn &who, const QString &alertId, const QString &action,
                 const QJsonObject &body, bool csrf = true)
    {
        return m_client->send("POST",
                              QStringLiteral("/v1/office/alerts/%1/%2").arg(alertId, action),
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              browserHeaders(who, m_server->port(), csrf));
    }
    int historySize(const BrowserSignIn &who, const QString &alertId)
    {
        return get(who, QStringLiteral("/v1/office/alerts/") + alertId)
            .json.value(QStringLiteral("history"))
            .toArray()
            .size();
    }
};

BrowserSignIn TestServerAlertsInbox::signIn(const QString &key)
{
    QString failure;
    const auto signedIn = enrolAndSignIn(*m_client, m_server->port(), login(key), kPassword,
                                         QDateTime::currentDateTimeUtc(), &failure);
    if (!signedIn) {
        QTest::qFail(qPrintable(key + QStringLiteral(": ") + failure), __FILE__, __LINE__);
        return {};
    }
    return *signedIn;
}

void TestServerAlertsInbox::raiseIncident(const EnrolledDevice &device, const QString &personId,
                                          const char *kind)
{
    Record incident = samples::record(QString::fromLatin1(RecordType::Incident), personId);
    incident.authorUserId = device.userId;
    incident.deviceId = device.deviceId;
    incident.careDay = QDate::currentDate();
    incident.payload[QStringLiteral("kind")] = QString::fromLatin1(kind);
    const ApiReply pushed = pushRecords(device, {incident});
    QVERIFY2(pushed.json.value(QStringLiteral("accepted")).toInt() == 1,
             qPrintable(pushed.describe()));
}

QString TestServerAlertsInbox::alertOf(const BrowserSignIn &who, const QString &personId)
{
    const ApiReply list = get(who, QStringLiteral("/v1/office/alerts?state=all"));
    for (const QJsonValue &alert : list.json.value(QStringLiteral("alerts")).toArray()) {
        if (alert[QStringLiteral("person_id")].toString() == personId)
            return alert[QStringLiteral("id")].toString();
    }
    return {};
}

void TestServerAlertsInbox::actionsRoundTripWithHistoryAndCounts()
{
    raiseIncident(enrol(QStringLiteral("worker")), m_world.personInScope, "safeguarding");
    const BrowserSignIn coordinator = signIn(QStringLiteral("coordinator"));
    const BrowserSignIn supervisor = signIn(QStringLiteral("supervisor"));
    const QString alertId = alertOf(coordinator, m_world.personInScope);
    QVERIFY(!alertId.isEmpty());
    const auto urgentCount = [&] {
        return get(coordinator, QStringLiteral("/v1/office/alerts/summary"))
            .json.value(QStringLiteral("unacknowledged_urgent"))
            .toInt(-1);
    };
    QCOMPARE(urgentCount(), 1);
    const ApiReply open = get(coordinator, QStringLiteral("/v1/office/alerts"));
    QCOMPARE(open.status, 200);
    const QJsonObject first =
        open.json.value(QStringLiteral("alerts")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), alertId);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("urgent"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("incident"));

    const ApiReply acked = act(coordinator, alertId, QStringLiteral("acknowledge"), {});
    QVERIFY2(acked.status == 200, qPrintable(acked.describe()));
    QCOMPARE(acked.json.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(urgentCount(), 0);

    const ApiReply assigned =
        act(coordinator, alertId, QStringLiteral("assign"),
            {{QStringLiteral("assignee_user_id"), supervisor.userId},
             {QStringLiteral("note"), QStringLiteral("Please ring the family today")}});
    QVERIFY2(assigned.status == 200, qPrintable(assigned.describe()));
    QCOMPARE(assigned.json[QStringLiteral("assignee")][QStringLiteral("id")].toString(),
             supervisor.userId);
    const ApiReply mine = get(supervisor, QStringLiteral("/v1/office/alerts?state=mine"));
    QCOMPARE(mine.json.value(QStringLiteral("matching")).toInt(), 1);
    QCOMPARE(mine.json[QStringLiteral("counts")][QStringLiteral("assigned_to_me")].toInt(), 1);

    const ApiReply resolved = act(supervisor, alertId, QStringLiteral("resolve"),
                                  {{QStringLiteral("note"),
                                    QStringLiteral("Safeguarding lead "
                                                   "informed; plan agreed")}});
    QVERIFY2(resolved.status == 200, qPrintable(resolved.describe()));
    QCOMPARE(resolved.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(resolved.json[QStringLiteral("resolved_by")][QStringLiteral("id")].toString(),
             supervisor.userId);
    const QJsonArray history = resolved.json.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0)[QStringLiteral("action")].toString(), QStringLiteral("acknowledge"));
    QCOMPARE(history.at(1)[QStringLiteral("note")].toString(),
             QStringLiteral("Please ring the family today"));
    QCOMPARE(history.at(2)[QStringLiteral("by")][QStringLiteral("name")].toString(),
             m_world.users.value(QStringLiteral("supervisor")).displayName);

    // Filters: resolved ones leave the default (unresolved) list.
    QCOMPARE(get(coordinator, QStringLiteral("/v1/office/alerts"))
                 .json.value(QStringLiteral("matching"))
                 .toInt(),
             0);
    QCOMPARE(get(coordinator,
                 QStringLiteral("/v1/office/alerts?state=resolved&severity=urgent"
                                "&rule=incident"))
                 .json.value(QStringLiteral("matching"))
                 .toInt(),
             1);
    QCOMPARE(get(coordinator, QStringLiteral("/v1/office/alerts?state=resolved&rule=conflict"))
                 .json.value(QStringLiteral("matching"))
                 .toInt(),
             0);
    QCOMPARE(get(coordinator, QStringLiteral("/v1/office/alerts?state=closed")).status, 400);
    QCOMPARE(get(coordinator, QStringLiteral("/v1/office/alerts?severity=high")).status, 400);

    // Each action is a stored alert.action record written by its author, audited as a write.
    QCOMPARE(m_server->stop(), 0);
    auto store = openWorldStore(m_args);
    QVERIFY(store.ok());
    for (const QJsonValue &entry : history) {
        const auto record =
            store.value()->record(m_world.orgA.id, entry[QStringLiteral("id")].toString());
        QVERIFY(record.ok() && record.value());
        QCOMPARE(record.value()->record.type, QString::fromLatin1(RecordType::AlertAction));
        QCOMPARE(record.value()->record.personId, m_world.personInScope);
        AuditQuery writes;
        writes.orgId = m_world.orgA.id;
        writes.recordId = record.value()->record.id;
        writes.action = QStringLiteral("record.write");
        QCOMPARE(store.value()->queryAudit(writes).value().size(), 1);
    }
    store.value().reset();
}

void TestServerAlertsInbox::refusalsWriteNothing()
{
    raiseIncident(enrol(QStringLiteral("worker")), m_world.personInScope, "fall");
    const BrowserSignIn coordinator = signIn(QStringLiteral("coordinator"));
    const QString alertId = alertOf(coordinator, m_world.personInScope);
    QVERIFY(!alertId.isEmpty());
    int written = 0; // actions that went through so far
    const auto refused = [&](const ApiReply &reply, int status, const QString &field) {
        QVERIFY2(reply.status == status && reply.json.value(QStringLiteral("field")) == field,
                 qPrintable(reply.describe()));
        QCOMPARE(historySize(coordinator, alertId), written);
    };
    refused(act(coordinator, alertId, QStringLiteral("resolve"), {}), 400, QStringLiteral("note"));
    refused(act(coordinator, alertId, QStringLiteral("resolve"),
                {{QStringLiteral("note"), QString(AlertNoteMaxLength + 1, QLatin1Char('x'))}}),
            400, QStringLiteral("note"));
    refused(act(coordinator, alertId, QStringLiteral("resolve"), {{QStringLiteral("note"), 42}}),
            400, QStringLiteral("note"));
    refused(act(coordinator, alertId, QStringLiteral("assign"), {}), 400,
            QStringLiteral("assignee_user_id"));
    for (const QString &who :
         {QStringLiteral("worker"), QStringLiteral("family"), QStringLiteral("coordinatorB")})
        refused(act(coordinator, alertId, QStringLiteral("assign"),
                    {{QStringLiteral("assignee_user_id"), m_world.users.value(who).id}}),
                400, QStringLiteral("assignee_user_id"));
    refused(act(coordinator, alertId, QStringLiteral("acknowledge"), {}, false), 403,
            QStringLiteral("X-CSRF-Token"));
    refused(act(coordinator, newUuid7(), QStringLiteral("acknowledge"), {}), 404,
            QStringLiteral("id"));
    const ApiReply byWorker =
        m_client->postJson(QStringLiteral("/v1/office/alerts/%1/acknowledge").arg(alertId), {},
                           enrol(QStringLiteral("worker")).accessToken);
    QCOMPARE(byWorker.status, 403);
    QCOMPARE(historySize(coordinator, alertId), 0);

    QCOMPARE(act(coordinator, alertId, QStringLiteral("acknowledge"), {}).status, 200);
    written = 1;
    refused(act(coordinator, alertId, QStringLiteral("acknowledge"), {}), 409,
            QStringLiteral("action"));
    QCOMPARE(historySize(coordinator, alertId), 1);
    QCOMPARE(act(coordinator, alertId, QStringLiteral("resolve"),
                 {{QStringLiteral("note"), QStringLiteral("Seen by the GP")}})
                 .status,
             200);
    const ApiReply twice = act(coordinator, alertId, QStringLiteral("resolve"),
                               {{QStringLiteral("note"), QStringLiteral("Again")}});
    QVERIFY2(twice.status == 409 && twice.error() == QLatin1String("alert_action_refused"),
             qPrintable(twice.describe()));
    QCOMPARE(historySize(coordinator, alertId), 2);
}

void TestServerAlertsInbox::scopeDecidesWhoSeesAnAlert()
{
    raiseIncident(enrol(QStringLiteral("worker")), m_world.personInScope, "fall");
    raiseIncident(enrol(QStringLiteral("coordinator")), m_world.personOutOfScope, "fall");
    raiseIncident(enrol(QStringLiteral("coordinatorB")), m_world.personOrgB, "fall");
    const BrowserSignIn coordinator = signIn(QStringLiteral("coordinator"));
    const BrowserSignIn supervisor = signIn(QStringLiteral("supervisor"));
    const BrowserSignIn therapist = signIn(QStringLiteral("therapist"));
    const BrowserSignIn coordinatorB = signIn(QStringLiteral("coordinatorB"));
    const QString inScope = alertOf(coordinator, m_world.personInScope);
    const QString outOfScope = alertOf(coordinator, m_world.personOutOfScope);
    const QString orgB = alertOf(coordinatorB, m_world.personOrgB);
    QVERIFY(!inScope.isEmpty() && !outOfScope.isEmpty() && !orgB.isEmpty());
    QVERIFY(alertOf(coordinator, m_world.personOrgB).isEmpty());
    for (const BrowserSignIn *who : {&supervisor, &therapist}) {
        QCOMPARE(alertOf(*who, m_world.personInScope), inScope);
        QVERIFY(alertOf(*who, m_world.personOutOfScope).isEmpty());
        QCOMPARE(get(*who, QStringLiteral("/v1/office/alerts/") + outOfScope).status, 404);
        QCOMPARE(act(*who, outOfScope, QStringLiteral("acknowledge"), {}).status, 404);
    }
    QCOMPARE(get(coordinator, QStringLiteral("/v1/office/alerts/") + orgB).status, 404);
    QCOMPARE(act(coordinator, orgB, QStringLiteral("acknowledge"), {}).status, 404);
    QCOMPARE(historySize(coordinatorB, orgB), 0);
    // A record that is not an alert is no alert.
    QCOMPARE(get(coordinator, QStringLiteral("/v1/office/alerts/") + m_world.noteInScope).status,
             404);
    // Who the alert may be given to: office colleagues who see it.
    const ApiReply detail = get(coordinator, QStringLiteral("/v1/office/alerts/") + outOfScope);
    QStringList colleagues;
    for (const QJsonValue &c : detail.json.value(QStringLiteral("colleagues")).toArray())
        colleagues.append(c[QStringLiteral("id")].toString());
    QCOMPARE(colleagues, QStringList {coordinator.userId});
    const ApiReply toSupervisor = act(coordinator, outOfScope, QStringLiteral("assign"),
                                      {{QStringLiteral("assignee_user_id"), supervisor.userId}});
    QCOMPARE(toSupervisor.status, 400);
    // Care workers and family have no inbox, by device token as by any path.
    for (const QString &key : {QStringLiteral("worker"), QStringLiteral("family")})
        QCOMPARE(m_client->get(QStringLiteral("/v1/office/alerts"), enrol(key).accessToken).status,
                 403);
}

void TestServerAlertsInbox::actionsReachTheSupervisorsPhoneNotFamily()
{
    raiseIncident(enrol(QStringLiteral("worker")), m_world.personInScope, "safeguarding");
    const BrowserSignIn coordinator = signIn(QStringLiteral("coordinator"));
    const QString alertId = alertOf(coordinator, m_world.personInScope);
    QVERIFY(!alertId.isEmpty());
    QCOMPARE(act(coordinator, alertId, QStringLiteral("acknowledge"), {}).status, 200);
    const ApiReply resolved = act(coordinator, alertId, QStringLiteral("resolve"),
                                  {{QStringLiteral("note"), QStringLiteral("Done")}});
    QCOMPARE(resolved.status, 200);
    QStringList actionIds;
    for (const QJsonValue &entry : resolved.json.value(QStringLiteral("history")).toArray())
        actionIds.append(entry[QStringLiteral("id")].toString());
    QCOMPARE(actionIds.size(), 2);

    QString failure;
    const QSet<QString> supervisorHas = pulledIds(enrol(QStringLiteral("supervisor")), &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(supervisorHas.contains(alertId));
    for (const QString &id : actionIds)
        QVERIFY2(supervisorHas.contains(id), qPrintable(id));
    const QSet<QString> familyHas = pulledIds(enrol(QStringLiteral("family")), &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(familyHas.contains(m_world.familyEntryInScope)); // the family device does pull
    QVERIFY(!familyHas.contains(alertId));
    for (const QString &id : actionIds)
        QVERIFY(!familyHas.contains(id));
}

QTEST_GUILESS_MAIN(TestServerAlertsInbox)
#include "tst_server_alertsinbox.moc"
