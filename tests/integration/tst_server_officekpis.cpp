// The office's key figures and CSV downloads on the real server, both backends:
// GET /v1/office/kpis per role and its period checks, and format=csv on the three reports giving
// byte for byte what `careround-server report ... --format csv` prints.
#include "integrationtest.h"

#include "../unit/server/testrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

QString ukToday()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone("Europe/London"))
        .date()
        .toString(Qt::ISODate);
}

} // namespace

class TestServerOfficeKpis : public IntegrationTest
{
    Q_OBJECT
private slots:
    void kpisFollowTheRole();
    void badPeriodsAndFormatsAreRefused();
    void csvDownloadsEqualTheReportCommand();
    void kpiCommandGivesTheSameFigures();

private:
    QByteArray cli(const QStringList &args);
};

QByteArray TestServerOfficeKpis::cli(const QStringList &args)
{
    QByteArray out, err;
    const int code =
        ServerProcess::runCli(m_args,
                              QStringList {QStringLiteral("report")} + args
                                  + QStringList {QStringLiteral("--org"), m_world.orgA.id},
                              &out, &err);
    if (code != 0)
        QTest::qFail(err.constData(), __FILE__, __LINE__);
    return out;
}

void TestServerOfficeKpis::kpisFollowTheRole()
{
    const QString path = QStringLiteral("/v1/office/kpis");
    for (const QString &role : {QStringLiteral("worker"), QStringLiteral("therapist"),
                                QStringLiteral("family"), QStringLiteral("outsider")}) {
        const ApiReply refused = m_client->get(path, enrol(role).accessToken);
        QVERIFY2(refused.status == 403 && refused.error() == QLatin1String("forbidden"),
                 qPrintable(role + QStringLiteral(": ") + refused.describe()));
    }
    QCOMPARE(m_client->get(path).status, 401);
    for (const QString &role : {QStringLiteral("coordinator"), QStringLiteral("supervisor"),
                                QStringLiteral("coordinatorB")}) {
        const ApiReply report = m_client->get(path, enrol(role).accessToken);
        QVERIFY2(report.status == 200, qPrintable(role + QStringLiteral(": ") + report.describe()));
        QCOMPARE(report.json.value(QStringLiteral("report")).toString(), QStringLiteral("kpis"));
        // The default period: the 4 weeks ending today (UK), one line a day.
        QCOMPARE(report.json.value(QStringLiteral("to")).toString(), ukToday());
        QCOMPARE(report.json.value(QStringLiteral("days")).toArray().size(), 28);
        if (role == QLatin1String("coordinatorB"))
            QVERIFY2(!report.body.contains(m_world.personInScope.toUtf8()),
                     report.body.constData());
        else // the world's visit today is the worker's, whom the supervisor supervises
            QVERIFY2(report.body.contains(m_world.personInScope.toUtf8()),
                     qPrintable(role + QStringLiteral(": ") + report.describe()));
    }
}

void TestServerOfficeKpis::badPeriodsAndFormatsAreRefused()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QList<QPair<QString, QString>> cases {
        {QStringLiteral("/v1/office/kpis?from=2026-01-01&to=2026-04-03"), QStringLiteral("to")},
        {QStringLiteral("/v1/office/kpis?from=2026-02-01&to=2026-01-31"), QStringLiteral("to")},
        {QStringLiteral("/v1/office/kpis?from=last-week"), QStringLiteral("from")},
        {QStringLiteral("/v1/office/kpis?to=2026-02-30"), QStringLiteral("to")},
        {QStringLiteral("/v1/office/kpis?format=csv"), QStringLiteral("format")},
        {QStringLiteral("/v1/office/visits?format=xlsx"), QStringLiteral("format")},
        {QStringLiteral("/v1/office/devices?format=csv"), QStringLiteral("format")}};
    for (const auto &[path, field] : cases) {
        const ApiReply reply = m_client->get(path, coordinator.accessToken);
        QVERIFY2(reply.status == 400, qPrintable(path + QStringLiteral(": ") + reply.describe()));
        QCOMPARE(reply.error(), QStringLiteral("invalid_request"));
        QCOMPARE(reply.json.value(QStringLiteral("field")).toString(), field);
    }
    // 92 days is the longest period.
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1/office/kpis?from=2026-01-01&to=2026-04-02"),
                       coordinator.accessToken)
                 .status,
             200);
}

void TestServerOfficeKpis::csvDownloadsEqualTheReportCommand()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QString day = ukToday();
    struct Case
    {
        QString path;
        QStringList args;
        QByteArray fileName;
    };
    const QList<Case> cases {
        {QStringLiteral("/v1/office/visits?format=csv&date=") + day,
         {QStringLiteral("visits"), QStringLiteral("--date"), day},
         "careround-visits-" + day.toLatin1() + ".csv"},
        {QStringLiteral("/v1/office/hours?format=csv&hourly_rate_pence=2150&week=") + day,
         {QStringLiteral("hours"), QStringLiteral("--week"), day,
          QStringLiteral("--hourly-rate-pence"), QStringLiteral("2150")},
         "careround-hours-week-"},
        {QStringLiteral("/v1/office/spot-checks?format=csv&as_of=") + day,
         {QStringLiteral("spot-checks"), QStringLiteral("--date"), day},
         "careround-spot-checks-" + day.toLatin1() + ".csv"}};
    for (const Case &c : cases) {
        const ApiReply reply = m_client->get(c.path, coordinator.accessToken);
        QVERIFY2(reply.status == 200, qPrintable(c.path + QStringLiteral(": ") + reply.describe()));
        QCOMPARE(reply.header("content-type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY2(
            reply.header("content-disposition").startsWith("attachment; filename=\"" + c.fileName),
            reply.header("content-disposition").constData());
        QVERIFY(reply.body.startsWith("\xEF\xBB\xBF"));
        QVERIFY(reply.body.contains("\r\n"));
        QCOMPARE(reply.body,
                 cli(c.args + QStringList {QStringLiteral("--format"), QStringLiteral("csv")}));
    }
    // The visits CSV holds the world's visit of today, with the day in UK form.
    const ApiReply visits = m_client->get(
        QStringLiteral("/v1/office/visits?format=csv&date=") + day, coordinator.accessToken);
    QVERIFY2(visits.body.contains(m_world.visitInScope.toUtf8()), visits.body.constData());
    QVERIFY(visits.body.contains(
        QDate::fromString(day, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")).toUtf8()));
}

void TestServerOfficeKpis::kpiCommandGivesTheSameFigures()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QString to = ukToday();
    const QString from = QDate::fromString(to, Qt::ISODate).addDays(-6).toString(Qt::ISODate);
    const ApiReply endpoint = m_client->get(
        QStringLiteral("/v1/office/kpis?from=%1&to=%2").arg(from, to), coordinator.accessToken);
    QCOMPARE(endpoint.status, 200);
    const QJsonObject cliJson =
        QJsonDocument::fromJson(cli({QStringLiteral("kpis"), QStringLiteral("--from"), from,
                                     QStringLiteral("--to"), to}))
            .object();
    QCOMPARE(cliJson.value(QStringLiteral("days")).toArray().size(), 7);
    for (const QString &key :
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("days"),
          QStringLiteral("people"), QStringLiteral("workers"), QStringLiteral("continuity"),
          QStringLiteral("doses"), QStringLiteral("incidents")})
        QCOMPARE(cliJson.value(key), endpoint.json.value(key));
    QByteArray out, err;
    QCOMPARE(ServerProcess::runCli(m_args,
                                   {QStringLiteral("report"), QStringLiteral("kpis"),
                                    QStringLiteral("--org"), m_world.orgA.id,
                                    QStringLiteral("--from"), to, QStringLiteral("--to"), from},
                                   &out, &err),
             2);
    QVERIFY2(err.contains("--to"), err.constData());
}

QTEST_GUILESS_MAIN(TestServerOfficeKpis)
#include "tst_server_officekpis.moc"
