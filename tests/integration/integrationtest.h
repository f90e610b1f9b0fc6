#pragma once
// Shared base of the integration test classes: for each backend row (embedded, postgres) a fresh
// world, the real server process and a client. init()/cleanup() per test function.
#include "apiclient.h"
#include "integrationworld.h"
#include "serverprocess.h"

#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace careround::server::test {

class IntegrationTest : public QObject
{
    Q_OBJECT
protected slots:
    void initTestCase_data();
    void init();
    void cleanup();

protected:
    // More `serve` options for this class's server (e.g. the test clock).
    virtual QStringList extraServerArgs() const { return {}; }
    QString login(const QString &key) const { return m_world.users.value(key).loginName; }
    EnrolledDevice enrol(const QString &key); // QVERIFY-fails the test (returns empty) on error
    QSet<QString> pulledIds(const EnrolledDevice &device, QString *failure = nullptr);
    ApiReply pushRecords(const EnrolledDevice &device, const QList<Record> &records);

    World m_world;
    BackendArgs m_args;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace careround::server::test
