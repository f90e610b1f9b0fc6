#include "integrationtest.h"

#include "../unit/server/storetestsupport.h"
#include "core/recordcodec.h"

#include <QJsonArray>

namespace careround::server::test {

void IntegrationTest::initTestCase_data()
{
    addBackendRows();
}

void IntegrationTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_world = World {};
    const QString why = prepareWorld(backend, m_dir->path(), &m_args, &m_world);
    if (why.startsWith(QLatin1String("SKIP:"))) {
        qWarning("%s", qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_server = std::make_unique<ServerProcess>(m_args);
    const QString started = m_server->start(extraServerArgs());
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY2(!m_server->certificate().isNull(),
             "the server did not write its development certificate");
    m_client = std::make_unique<ApiClient>(m_server->port(), m_server->certificate());
}

void IntegrationTest::cleanup()
{
    m_client.reset();
    if (m_server) {
        const int code = m_server->stop();
        if (QTest::currentTestFailed() || code != 0)
            qWarning("server exit %d, log:\n%s", code,
                     m_server->stderrLog().right(4000).constData());
        QCOMPARE(code, 0);
    }
    m_server.reset();
    dropWorld(m_args);
    m_args = BackendArgs {};
    m_dir.reset();
}

EnrolledDevice IntegrationTest::enrol(const QString &key)
{
    QString failure;
    auto device = enrolDevice(*m_client, login(key), &failure);
    if (!device) {
        QTest::qFail(qPrintable(QStringLiteral("enrolling %1: %2").arg(key, failure)), __FILE__,
                     __LINE__);
        return {};
    }
    return *device;
}

QSet<QString> IntegrationTest::pulledIds(const EnrolledDevice &device, QString *failure)
{
    QSet<QString> ids;
    qint64 after = 0;
    for (int page = 0; page < 100; ++page) {
        const ApiReply reply = m_client->get(
            QStringLiteral("/v1/sync/pull?after=%1&limit=1000").arg(after), device.accessToken);
        if (reply.status != 200) {
            if (failure)
                *failure = reply.describe();
            return ids;
        }
        for (const QJsonValue &record : reply.json.value(QStringLiteral("records")).toArray())
            ids.insert(record.toObject().value(QStringLiteral("id")).toString());
        after = reply.json.value(QStringLiteral("next_after")).toInteger();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return ids;
}

ApiReply IntegrationTest::pushRecords(const EnrolledDevice &device, const QList<Record> &records)
{
    QJsonArray array;
    for (const Record &record : records)
        array.append(RecordCodec::toJson(record));
    return m_client->postJson(QStringLiteral("/v1/sync/push"), {{QStringLiteral("records"), array}},
                              device.accessToken);
}

} // namespace careround::server::test
