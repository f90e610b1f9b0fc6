// The app's command line: defaults, --data-dir, --server, and clear errors for bad input.
#include "ui/session/appoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace careround::ui;

class TestAppOptions : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void helpIsRecognised();
    void nmeaFileMustBeReadable();
};

void TestAppOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("dataDirectory"); // expected when accepted
    QTest::addColumn<QString>("server"); // expected when accepted
    QTest::addColumn<QString>("errorField"); // non-empty: refused, naming this option
    const QString defaults = QStringLiteral("/home/worker/.local/share/CareRound");

    QTest::newRow("defaults") << QStringList {} << defaults << QString() << QString();
    QTest::newRow("data dir") << QStringList {"--data-dir", "/var/lib/cr"} << "/var/lib/cr"
                              << QString() << QString();
    QTest::newRow("data dir cleaned")
        << QStringList {"--data-dir=/var/lib//cr/"} << "/var/lib/cr" << QString() << QString();
    QTest::newRow("relative data dir")
        << QStringList {"--data-dir", "device"}
        << QDir::cleanPath(QDir::current().absoluteFilePath("device")) << QString() << QString();
    QTest::newRow("https server") << QStringList {"--server", "https://care.example.org:8443"}
                                  << defaults << "https://care.example.org:8443" << QString();
    QTest::newRow("http test server") << QStringList {"--server", "http://127.0.0.1:8080"}
                                      << defaults << "http://127.0.0.1:8080" << QString();
    QTest::newRow("blank data dir")
        << QStringList {"--data-dir", "  "} << QString() << QString() << "--data-dir";
    QTest::newRow("server without scheme")
        << QStringList {"--server", "care.example.org"} << QString() << QString() << "--server";
    QTest::newRow("ftp server") << QStringList {"--server", "ftp://care.example.org"} << QString()
                                << QString() << "--server";
    QTest::newRow("server without host")
        << QStringList {"--server", "https://"} << QString() << QString() << "--server";
    QTest::newRow("unknown option")
        << QStringList {"--colour", "blue"} << QString() << QString() << "";
    QTest::newRow("missing value") << QStringList {"--server"} << QString() << QString() << "";
    QTest::newRow("stray argument") << QStringList {"extra"} << QString() << QString() << "";
}

void TestAppOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, dataDirectory);
    QFETCH(QString, server);
    QFETCH(QString, errorField);
    arguments.prepend(QStringLiteral("careround"));
    const auto result =
        AppOptionsParser::parse(arguments, QStringLiteral("/home/worker/.local/share/CareRound"));
    const bool shouldFail = dataDirectory.isEmpty();
    if (shouldFail) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, errorField);
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value().dataDirectory, dataDirectory);
    QCOMPARE(result.value().serverUrl.toString(), server);
    QVERIFY(!result.value().showHelp);
}

void TestAppOptions::nmeaFileMustBeReadable()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("walk.nmea"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto given = AppOptionsParser::parse(
        {QStringLiteral("careround"), QStringLiteral("--nmea-file"), log}, QStringLiteral("/tmp"));
    QVERIFY2(given.ok(), qPrintable(given.error().toString()));
    QCOMPARE(given.value().nmeaFile, QFileInfo(log).absoluteFilePath());
    const auto absent =
        AppOptionsParser::parse({QStringLiteral("careround")}, QStringLiteral("/tmp"));
    QVERIFY(absent.value().nmeaFile.isEmpty());
    for (const QString &bad : {dir.filePath(QStringLiteral("missing.nmea")), dir.path()}) {
        const auto refused = AppOptionsParser::parse(
            {QStringLiteral("careround"), QStringLiteral("--nmea-file"), bad},
            QStringLiteral("/tmp"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("--nmea-file"));
    }
    QVERIFY(AppOptionsParser::helpText().contains(QStringLiteral("--nmea-file")));
}

void TestAppOptions::helpIsRecognised()
{
    const auto result = AppOptionsParser::parse(
        {QStringLiteral("careround"), QStringLiteral("--help")}, QStringLiteral("/tmp"));
    QVERIFY(result.ok());
    QVERIFY(result.value().showHelp);
    QVERIFY(AppOptionsParser::helpText().contains(QStringLiteral("--data-dir")));
    QVERIFY(AppOptionsParser::helpText().contains(QStringLiteral("--server")));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
