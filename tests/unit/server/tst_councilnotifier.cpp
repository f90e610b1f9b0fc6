// Council notifications end to end inside the server library, on both backends, against real
// receivers (tests/support/notifyreceivers.py): e-mail over SMTP with STARTTLS required
// (aiosmtpd), a signed HTTPS webhook whose receiver checks the HMAC; a refusing or absent SMTP
// server delays delivery with backoff on the test's clock and drops nothing.
#include "notifyreceiver.h"
#include "server/alerts/alertrecord.h"
#include "server/alerts/incidentalerts.h"
#include "server/notify/councilnotifier.h"
#include "storetestsupport.h"
#include "testrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::notify;
using namespace careround::server::test;

class TestCouncilNotifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();
    void cleanup() { m_store.close(); }

    void emailsEveryNoticeOverStartTlsOnce();
    void webhookIsSignedAndCarriesTheIdempotencyKey();
    void refusingSmtpServerDelaysWithBackoffAndDropsNothing();
    void absentSmtpServerBacksOffUpToAnHour();
    void badConfigurationIsRefused();

private:
    QByteArray configJson(quint16 smtpPort, const QString &caFile, const QString &webhook = {},
                          const QString &secretFile = {}) const;
    CouncilConfig config(const QByteArray &json) const;
    Record storeAlert(const QString &rule);
    Record storeIncidentAlert(const QString &kind, const QString &severity);
    void put(const QString &author, const QString &device, const Record &record);
    QString writeSecret(const QByteArray &secret);

    TestStore m_store;
    TestOrg m_t;
    QString m_personId;
    QDateTime m_now;
    QTemporaryDir m_files;
};

void TestCouncilNotifier::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    auto t = createTestOrg(*m_store, QStringLiteral("cn"));
    QVERIFY(t.ok());
    m_t = t.value();
    m_now = QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00.000Z"), Qt::ISODateWithMs);
    m_personId = newPersonId();
    RecordFactory office(m_t.coordinator.id, QString());
    put(m_t.coordinator.id, QStringLiteral("server-import"), office.person(m_personId));
}

void TestCouncilNotifier::put(const QString &author, const QString &device, const Record &record)
{
    auto stored = m_store->putRecords(PutContext {m_t.org.id, author, device, m_now}, {record});
    QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
    QVERIFY2(stored.value().first().status != PutStatus::Rejected,
             qPrintable(stored.value().first().error.toString()));
}

Record TestCouncilNotifier::storeAlert(const QString &rule)
{
    alerts::AlertContent content;
    content.rule = rule;
    content.severity = QStringLiteral("urgent");
    content.summary = QStringLiteral("Nobody checked in to Edith's morning call");
    content.personId = m_personId;
    content.idKey = rule + m_personId;
    Record anchor;
    anchor.careDay = m_now.date();
    anchor.deviceTime = m_now;
    anchor.hlc = HlcTimestamp {m_now.toMSecsSinceEpoch(), 0, alerts::serverAuthorId()};
    const Record alert = alerts::alertRecord(content, anchor);
    put(alerts::serverAuthorId(), alerts::serverAuthorId(), alert);
    return alert;
}

Record TestCouncilNotifier::storeIncidentAlert(const QString &kind, const QString &severity)
{
    RecordFactory worker(m_t.worker.id, m_t.workerDevice.id);
    Record incident = worker.base(QStringLiteral("incident"), m_personId, m_now.date());
    incident.payload = QJsonObject {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("occurredAt"), m_now.addSecs(-600).toString(Qt::ISODateWithMs)},
        {QStringLiteral("description"), QStringLiteral("Bruise on the left arm")},
        {QStringLiteral("actionTaken"), QStringLiteral("Spoke to her son")},
        {QStringLiteral("reportedTo"),
         QJsonArray {QJsonObject {{QStringLiteral("who"), QStringLiteral("Duty officer")},
                                  {QStringLiteral("how"), QStringLiteral("phone")},
                                  {QStringLiteral("at"), m_now.toString(Qt::ISODateWithMs)}}}}};
    put(m_t.worker.id, m_t.workerDevice.id, incident);
    const Record alert = alerts::incidentAlert(incident, QStringLiteral("Amy Worker"));
    put(alerts::serverAuthorId(), alerts::serverAuthorId(), alert);
    return alert;
}

QString TestCouncilNotifier::writeSecret(const QByteArray &secret)
{
    const QString path = m_files.filePath(
        QStringLiteral("secret-%1").arg(QString::fromLatin1(secret.left(4).toHex())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(secret + '\n');
    return path;
}

QByteArray TestCouncilNotifier::configJson(quint16 smtpPort, const QString &caFile,
                                           const QString &webhook, const QString &secretFile) const
{
    QJsonObject council {{QStringLiteral("orgId"), m_t.org.id},
                         {QStringLiteral("name"), QStringLiteral("Kent County Council")}};
    if (webhook.isEmpty())
        council.insert(QStringLiteral("email"), QStringLiteral("care-alerts@kent.example"));
    else {
        council.insert(QStringLiteral("webhookUrl"), webhook);
        council.insert(QStringLiteral("webhookSecretFile"), secretFile);
        council.insert(QStringLiteral("caFile"), caFile);
    }
    QJsonObject root {{QStringLiteral("councils"), QJsonArray {council}}};
    if (webhook.isEmpty())
        root.insert(
            QStringLiteral("smtp"),
            QJsonObject {
                {QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort)},
                {QStringLiteral("from"), QStringLiteral("alerts@provider.example")},
                {QStringLiteral("caFile"), caFile}});
    return QJsonDocument(root).toJson();
}

CouncilConfig TestCouncilNotifier::config(const QByteArray &json) const
{
    auto parsed = parseCouncilConfig(json, m_files.path());
    if (!parsed)
        qWarning("%s", qPrintable(parsed.error().toString()));
    return parsed ? parsed.value() : CouncilConfig {};
}

void TestCouncilNotifier::emailsEveryNoticeOverStartTlsOnce()
{
    NotifyReceiver smtp;
    const QString why = smtp.start(QStringLiteral("smtp"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const Record missed = storeAlert(QStringLiteral("missed_visit"));
    const Record late = storeAlert(QStringLiteral("late_visit"));
    storeAlert(QStringLiteral("no_checkout")); // not on the specification's list
    const Record safeguarding =
        storeIncidentAlert(QStringLiteral("safeguarding"), QStringLiteral("moderate"));
    storeIncidentAlert(QStringLiteral("complaint"), QStringLiteral("low")); // not either

    CouncilNotifier notifier(*m_store, config(configJson(smtp.port(), smtp.certificateFile())),
                             [this] { return m_now; });
    auto pass = notifier.runPass();
    QVERIFY2(pass.ok(), qPrintable(pass.error().toString()));
    QCOMPARE(pass.value().enqueued, 3);
    QCOMPARE(pass.value().delivered, 3);
    QCOMPARE(pass.value().failed, 0);

    const auto received = smtp.received();
    QCOMPARE(received.size(), 3);
    QSet<QString> messageIds;
    for (const QJsonObject &m : received) {
        QVERIFY(m.value(QStringLiteral("tls")).toBool());
        QCOMPARE(m.value(QStringLiteral("to")).toArray().first().toString(),
                 QStringLiteral("care-alerts@kent.example"));
        const QString body = m.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(m_personId), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("Bruise"))); // no free text
        QVERIFY(!body.contains(QStringLiteral("Edith")));
        messageIds.insert(m.value(QStringLiteral("messageId")).toString());
    }
    QCOMPARE(messageIds,
             (QSet<QString> {QStringLiteral("<%1.email@careround>").arg(missed.id),
                             QStringLiteral("<%1.email@careround>").arg(late.id),
                             QStringLiteral("<%1.email@careround>").arg(safeguarding.id)}));
    // Another pass (or a restarted server) sends nothing again.
    m_now = m_now.addSecs(3600);
    pass = notifier.runPass();
    QVERIFY(pass.ok());
    QCOMPARE(pass.value().enqueued + pass.value().delivered, 0);
    QCOMPARE(smtp.received().size(), 3);
    const auto rows = m_store->notifications(m_t.org.id, 10).value();
    for (const CouncilNotification &n : rows) {
        QVERIFY(n.deliveredAt.isValid());
        QCOMPARE(n.attempts, 1);
    }
}

void TestCouncilNotifier::webhookIsSignedAndCarriesTheIdempotencyKey()
{
    const QByteArray secret = QByteArrayLiteral("kent-webhook-secret-0123456789abcdef-xyz");
    const QString secretFile = writeSecret(secret);
    NotifyReceiver hook;
    const QString why =
        hook.start(QStringLiteral("webhook"), {QStringLiteral("--secret-file"), secretFile});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const Record death = storeIncidentAlert(QStringLiteral("death"), QStringLiteral("serious"));
    const QString url = QStringLiteral("https://127.0.0.1:%1/careround").arg(hook.port());

    // A server holding the wrong secret is refused by the receiver: not delivered, kept.
    const QString wrongFile = writeSecret(QByteArrayLiteral("not-the-secret-0123456789abcdef-xyz"));
    CouncilNotifier wrong(*m_store, config(configJson(0, hook.certificateFile(), url, wrongFile)),
                          [this] { return m_now; });
    auto pass = wrong.runPass();
    QVERIFY(pass.ok());
    QCOMPARE(pass.value().failed, 1);
    QCOMPARE(hook.received().size(), 1);
    QVERIFY(!hook.received().first().value(QStringLiteral("signatureOk")).toBool());

    CouncilNotifier notifier(*m_store,
                             config(configJson(0, hook.certificateFile(), url, secretFile)),
                             [this] { return m_now; });
    m_now = m_now.addSecs(CouncilNotifier::backoffSeconds(0));
    pass = notifier.runPass();
    QVERIFY2(pass.ok(), qPrintable(pass.error().toString()));
    QCOMPARE(pass.value().delivered, 1);
    const QJsonObject got = hook.received().last();
    QVERIFY(got.value(QStringLiteral("signatureOk")).toBool());
    QCOMPARE(got.value(QStringLiteral("idempotencyKey")).toString(), death.id + ":webhook");
    QCOMPARE(got.value(QStringLiteral("timestamp")).toString(),
             QString::number(m_now.toSecsSinceEpoch()));
    const QJsonObject body = got.value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("death"));
    QCOMPARE(body.value(QStringLiteral("personRef")).toString(), m_personId);
    QCOMPARE(body.value(QStringLiteral("alertId")).toString(), death.id);
    QVERIFY(!QJsonDocument(body).toJson().contains("Bruise"));
}

void TestCouncilNotifier::refusingSmtpServerDelaysWithBackoffAndDropsNothing()
{
    NotifyReceiver smtp;
    const QString why =
        smtp.start(QStringLiteral("smtp"), {QStringLiteral("--refuse-first"), QStringLiteral("1")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const Record missed = storeAlert(QStringLiteral("missed_visit"));
    CouncilNotifier notifier(*m_store, config(configJson(smtp.port(), smtp.certificateFile())),
                             [this] { return m_now; });
    auto pass = notifier.runPass();
    QVERIFY(pass.ok());
    QCOMPARE(pass.value().failed, 1);
    auto rows = m_store->notifications(m_t.org.id, 10).value();
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows.first().deliveredAt.isValid());
    QVERIFY2(rows.first().lastError.contains(QStringLiteral("451")),
             qPrintable(rows.first().lastError));
    QCOMPARE(rows.first().nextAttemptAt, m_now.addSecs(30));

    m_now = m_now.addSecs(29); // not yet due: nothing is sent
    QCOMPARE(notifier.runPass().value().delivered + notifier.runPass().value().failed, 0);
    m_now = m_now.addSecs(1);
    pass = notifier.runPass();
    QCOMPARE(pass.value().delivered, 1);
    QCOMPARE(smtp.received().size(), 1);
    QCOMPARE(smtp.received().first().value(QStringLiteral("messageId")).toString(),
             QStringLiteral("<%1.email@careround>").arg(missed.id));
    rows = m_store->notifications(m_t.org.id, 10).value();
    QCOMPARE(rows.first().attempts, 2);
    QVERIFY(rows.first().deliveredAt.isValid());
}

void TestCouncilNotifier::absentSmtpServerBacksOffUpToAnHour()
{
    QCOMPARE(CouncilNotifier::backoffSeconds(0), 30);
    QCOMPARE(CouncilNotifier::backoffSeconds(1), 60);
    QCOMPARE(CouncilNotifier::backoffSeconds(6), 1920);
    QCOMPARE(CouncilNotifier::backoffSeconds(7), 3600);
    QCOMPARE(CouncilNotifier::backoffSeconds(50), 3600);

    storeAlert(QStringLiteral("late_visit"));
    NotifyReceiver smtp; // started only for a certificate; stopped: nothing listens
    QVERIFY(smtp.start(QStringLiteral("smtp")).isEmpty());
    const quint16 port = smtp.port();
    smtp.stop();
    CouncilNotifier notifier(*m_store, config(configJson(port, smtp.certificateFile())),
                             [this] { return m_now; });
    const QDateTime start = m_now;
    qint64 waited = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto pass = notifier.runPass();
        QVERIFY(pass.ok());
        QCOMPARE(pass.value().failed, 1);
        const auto row = m_store->notifications(m_t.org.id, 10).value().first();
        waited += CouncilNotifier::backoffSeconds(attempt);
        QCOMPARE(row.nextAttemptAt, start.addSecs(waited));
        QCOMPARE(row.attempts, attempt + 1);
        m_now = row.nextAttemptAt;
    }
}

void TestCouncilNotifier::badConfigurationIsRefused()
{
    const auto fieldOf = [this](const QByteArray &json) {
        auto parsed = parseCouncilConfig(json, m_files.path());
        return parsed ? QString() : parsed.error().field;
    };
    const auto council = [](const QJsonObject &extra) {
        QJsonObject c {{QStringLiteral("orgId"), QStringLiteral("o")},
                       {QStringLiteral("name"), QStringLiteral("K")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.insert(it.key(), it.value());
        return QJsonDocument(QJsonObject {{QStringLiteral("councils"), QJsonArray {c}}}).toJson();
    };
    QCOMPARE(fieldOf("[]"), QStringLiteral("council-config: (file)"));
    QCOMPARE(fieldOf(council({})), QStringLiteral("council-config: councils[0]"));
    QCOMPARE(fieldOf(council({{QStringLiteral("email"), QStringLiteral("a@b")}})),
             QStringLiteral("council-config: smtp.url"));
    QCOMPARE(fieldOf(council({{QStringLiteral("webhookUrl"), QStringLiteral("http://x")}})),
             QStringLiteral("council-config: councils[0].webhookUrl"));
    const QString shortSecret = writeSecret(QByteArrayLiteral("short"));
    QCOMPARE(fieldOf(council({{QStringLiteral("webhookUrl"), QStringLiteral("https://x")},
                              {QStringLiteral("webhookSecretFile"), shortSecret}})),
             QStringLiteral("council-config: councils[0].webhookSecretFile"));
    QCOMPARE(fieldOf(configJson(25, QString())), QString());
}

QTEST_GUILESS_MAIN(TestCouncilNotifier)
#include "tst_councilnotifier.moc"
