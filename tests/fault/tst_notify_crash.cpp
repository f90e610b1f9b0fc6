// kill -9 of the real server while council notifications are being sent (docs/alerts.md): 60
// alerts wait in an embedded store; the server is started and SIGKILLed at random moments
// (CAREROUND_NOTIFY_KILLS times, default 55) while it e-mails them to a slow aiosmtpd with
// STARTTLS; then it runs to the end. Every notification arrives, none is lost, and a repeat
// carries the same Message-ID as the first delivery. Time between retries comes from the
// server's test clock (moved two hours per restart), never a real wait.
#include "notifyreceiver.h"
#include "server/alerts/alertrecord.h"
#include "server/storage/serverstorefactory.h"
#include "serverprocess.h"
#include "storetestsupport.h"
#include "testrecords.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

constexpr int Notifications = 60;

int kills()
{
    const int configured = qEnvironmentVariableIntValue("CAREROUND_NOTIFY_KILLS");
    return configured > 0 ? configured : 55;
}

} // namespace

class TestNotifyCrash : public QObject
{
    Q_OBJECT
private slots:
    void everyNotificationArrivesThroughRepeatedKills();

private:
    QStringList seedAlerts(const QString &dataDir, QString *orgId); // the alert ids
    void writeConfig(const QString &orgId, const NotifyReceiver &smtp);
    void moveClock(qint64 offsetMs);

    QTemporaryDir m_dir;
};

QStringList TestNotifyCrash::seedAlerts(const QString &dataDir, QString *orgId)
{
    EmbeddedStoreOptions options;
    options.dataDir = dataDir;
    options.keyFile = m_dir.filePath(QStringLiteral("server.key"));
    auto store = openEmbeddedServerStore(options);
    if (!store)
        return {};
    auto t = createTestOrg(*store.value(), QStringLiteral("crash"));
    if (!t)
        return {};
    *orgId = t.value().org.id;
    const QString personId = newPersonId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PutContext office {*orgId, t.value().coordinator.id, QStringLiteral("server-import"),
                             now};
    RecordFactory records(t.value().coordinator.id, QString());
    if (!store.value()->putRecords(office, {records.person(personId)}))
        return {};
    QList<Record> alerts;
    QStringList ids;
    for (int i = 0; i < Notifications; ++i) {
        alerts::AlertContent content;
        content.rule = i % 2 ? QStringLiteral("missed_visit") : QStringLiteral("late_visit");
        content.severity = QStringLiteral("urgent");
        content.summary = QStringLiteral("Visit %1 not started").arg(i);
        content.personId = personId;
        content.idKey = QStringLiteral("crash-%1").arg(i);
        Record anchor;
        anchor.careDay = now.date();
        anchor.deviceTime = now.addSecs(i);
        anchor.hlc = HlcTimestamp {now.toMSecsSinceEpoch() + i, 0, alerts::serverAuthorId()};
        alerts.append(alerts::alertRecord(content, anchor));
        ids.append(alerts.last().id);
    }
    const PutContext server {*orgId, alerts::serverAuthorId(), alerts::serverAuthorId(), now};
    auto stored = store.value()->putRecords(server, alerts);
    if (!stored)
        return {};
    for (const PutResult &r : stored.value())
        if (r.status != PutStatus::Accepted)
            return {};
    return ids;
}

void TestNotifyCrash::writeConfig(const QString &orgId, const NotifyReceiver &smtp)
{
    const QJsonObject config {
        {QStringLiteral("smtp"),
         QJsonObject {
             {QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(smtp.port())},
             {QStringLiteral("from"), QStringLiteral("alerts@provider.example")},
             {QStringLiteral("caFile"), smtp.certificateFile()}}},
        {QStringLiteral("councils"),
         QJsonArray {
             QJsonObject {{QStringLiteral("orgId"), orgId},
                          {QStringLiteral("name"), QStringLiteral("Kent County Council")},
                          {QStringLiteral("email"), QStringLiteral("care-alerts@kent.example")}}}}};
    QFile file(m_dir.filePath(QStringLiteral("councils.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

void TestNotifyCrash::moveClock(qint64 offsetMs)
{
    QFile file(m_dir.filePath(QStringLiteral("clock-offset-ms")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(offsetMs));
}

void TestNotifyCrash::everyNotificationArrivesThroughRepeatedKills()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    QString orgId;
    const QStringList alertIds = seedAlerts(dataDir, &orgId);
    QCOMPARE(alertIds.size(), Notifications);
    NotifyReceiver smtp; // slow, so that kills land in the middle of a pass
    const QString why =
        smtp.start(QStringLiteral("smtp"), {QStringLiteral("--delay-ms"), QStringLiteral("25")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    writeConfig(orgId, smtp);

    const BackendArgs backend {QStringLiteral("embedded"), dataDir, {}, {}};
    const QStringList args {QStringLiteral("--key-file"),
                            m_dir.filePath(QStringLiteral("server.key")),
                            QStringLiteral("--council-config"),
                            m_dir.filePath(QStringLiteral("councils.json")),
                            QStringLiteral("--notify-pass-seconds"),
                            QStringLiteral("1"),
                            QStringLiteral("--alert-pass-seconds"),
                            QStringLiteral("0"),
                            QStringLiteral("--test-clock-offset-file"),
                            m_dir.filePath(QStringLiteral("clock-offset-ms"))};
    const int total = kills();
    int interrupted = 0; // kills that landed while some notifications were still unsent
    for (int round = 0; round < total; ++round) {
        // Each restart two hours later on the server's clock: a row claimed by the killed
        // process is due again (backoff is at most an hour).
        moveClock(qint64(round) * 2 * 3600 * 1000);
        ServerProcess server(backend);
        const QString started = server.start(args);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QThread::msleep(QRandomGenerator::global()->bounded(50, 400)); // a random moment
        ::kill(pid_t(server.process().processId()), SIGKILL);
        QVERIFY(server.process().waitForFinished(10000));
        QSet<QString> seen;
        for (const QJsonObject &m : smtp.received())
            seen.insert(m.value(QStringLiteral("messageId")).toString());
        if (seen.size() < Notifications)
            ++interrupted;
    }

    moveClock(qint64(total) * 2 * 3600 * 1000);
    ServerProcess server(backend);
    const QString started = server.start(args);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QSet<QString> seen;
    const QDeadlineTimer deadline(120000);
    while (seen.size() < Notifications && !deadline.hasExpired()) {
        QThread::msleep(200); // polling the receiver, not a threshold
        seen.clear();
        for (const QJsonObject &m : smtp.received())
            seen.insert(m.value(QStringLiteral("messageId")).toString());
    }
    QCOMPARE(server.stop(), 0);

    // None lost: every alert's Message-ID arrived.
    QSet<QString> expected;
    for (const QString &id : alertIds)
        expected.insert(QStringLiteral("<%1.email@careround>").arg(id));
    QCOMPARE(seen, expected);
    // Repeats carry the same Message-ID as the first delivery: each message's Message-ID is
    // the one of the alert its body names.
    static const QRegularExpression reference(QStringLiteral("Reference: (\\S+)"));
    const auto received = smtp.received();
    for (const QJsonObject &m : received) {
        const auto match = reference.match(m.value(QStringLiteral("body")).toString());
        QVERIFY(match.hasMatch());
        QCOMPARE(m.value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("<%1.email@careround>").arg(match.captured(1)));
        QVERIFY(m.value(QStringLiteral("tls")).toBool());
    }
    qInfo("notify.kills=%d interrupted=%d messages=%lld distinct=%lld repeats=%lld", total,
          interrupted, qlonglong(received.size()), qlonglong(seen.size()),
          qlonglong(received.size() - seen.size()));
    QVERIFY(total >= 50);
    QVERIFY(interrupted > 0); // the kills did land while notifications were pending

    // The outbox agrees: every row delivered, none still due.
    EmbeddedStoreOptions options;
    options.dataDir = dataDir;
    options.keyFile = m_dir.filePath(QStringLiteral("server.key"));
    auto store = openEmbeddedServerStore(options);
    QVERIFY(store.ok());
    const auto rows = store.value()->notifications(orgId, 1000).value();
    QCOMPARE(rows.size(), Notifications);
    for (const CouncilNotification &n : rows)
        QVERIFY2(n.deliveredAt.isValid(), qPrintable(n.id));
}

QTEST_GUILESS_MAIN(TestNotifyCrash)
#include "tst_notify_crash.moc"
