// bench_ui: (1) app start to first frame, offscreen, against a bare Qt Quick window built the same
// way (both child programs started alternately, same run), and (2) today's round loaded from a
// store of >= 200k records (two years of one worker's rounds) through RoundModel, the real session
// and store; also the round page's first frame with its rows, and the visit page's load.
// Prints figures and summary lines; never fails on timing.
#include "bench_ui_history.h"
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/round/roundmodel.h"
#include "ui/visit/visitcontroller.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(
        std::clamp(p / 100.0 * double(values.size() - 1), 0.0, double(values.size() - 1)) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_ui: %s\n", qPrintable(what));
    std::exit(1);
}

// Wall time from starting `program` to its "first-frame" line, in ms; -1 on failure.
double timeToFirstFrame(const QString &program)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(program, {});
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        if (child.canReadLine() || child.waitForReadyRead(10000)) {
            while (child.canReadLine()) {
                if (child.readLine().trimmed() == "first-frame") {
                    const double ms = double(timer.nsecsElapsed()) / 1e6;
                    child.waitForFinished(5000);
                    return ms;
                }
            }
        } else if (child.state() == QProcess::NotRunning || timer.elapsed() > 30000) {
            break;
        }
    }
    child.kill();
    child.waitForFinished();
    std::fprintf(stderr, "bench_ui: %s gave no first frame: %s\n", qPrintable(program),
                 child.readAllStandardError().constData());
    return -1;
}

struct StartFigures
{
    QList<double> appMs;
    QList<double> bareMs;
};

StartFigures measureStart(const QString &directory, int runs)
{
    const QString app = QDir(directory).filePath(QStringLiteral("bench_ui_startapp"));
    const QString bare = QDir(directory).filePath(QStringLiteral("bench_ui_startbare"));
    StartFigures f;
    timeToFirstFrame(app); // warm the page cache for both
    timeToFirstFrame(bare);
    for (int i = 0; i < runs; ++i) { // alternate, so drift on a shared machine hits both alike
        const double a = timeToFirstFrame(app), b = timeToFirstFrame(bare);
        if (a > 0)
            f.appMs << a;
        if (b > 0)
            f.bareMs << b;
    }
    return f;
}

qint64 fillHistory(AppSession &session, const bench::HistoryShape &shape)
{
    QList<Record> batch;
    qint64 total = 0;
    auto flush = [&] {
        if (!receive(*session.store(), batch, 120000))
            die(QStringLiteral("filling the store failed"));
        total += batch.size();
        batch.clear();
    };
    for (int day = 0; day < shape.days; ++day) {
        batch += bench::historyDay(shape, day, session.profile().userId);
        if (batch.size() >= 10000)
            flush();
    }
    batch += bench::officeRecords(shape);
    flush();
    return total;
}

double loadRoundOnce(RoundModel &model)
{
    QSignalSpy loaded(&model, &RoundModel::loadFinished);
    QElapsedTimer timer;
    timer.start();
    model.reload();
    if (!caught(loaded, 10000))
        die(QStringLiteral("the round did not load"));
    return double(timer.nsecsElapsed()) / 1e6;
}

// The round page (HomePage with its RoundModel) in an offscreen window: from creating the page to
// the first frame that shows its rows.
double roundPageFirstFrame(QQmlEngine &engine, AppSession &session, int expectedRows)
{
    QQuickWindow window;
    window.resize(400, 720);
    window.show();
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQuick
import CareRound
HomePage { anchors.fill: parent }
)",
                      QUrl(QStringLiteral("qrc:/bench/RoundPage.qml")));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{QStringLiteral("session"), QVariant::fromValue(&session)}}));
    auto *page = qobject_cast<QQuickItem *>(object.get());
    if (!page)
        die(QStringLiteral("HomePage: ") + component.errorString());
    page->setParentItem(window.contentItem());
    auto *model = page->findChild<RoundModel *>();
    if (!model)
        die(QStringLiteral("HomePage has no RoundModel"));
    bool shown = false;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [&] {
        shown = shown || (model->isLoaded() && model->count() == expectedRows);
    });
    if (!QTest::qWaitFor([&] { return shown; }, 10000))
        die(QStringLiteral("the round page showed no rows"));
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CareRound UI benchmark"));
    parser.addHelpOption();
    QCommandLineOption startsOption(QStringLiteral("starts"), QStringLiteral("start-up runs each"),
                                    QStringLiteral("n"), QStringLiteral("10"));
    QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days of history"),
                                  QStringLiteral("n"), QStringLiteral("730"));
    QCommandLineOption loadsOption(QStringLiteral("loads"), QStringLiteral("round loads"),
                                   QStringLiteral("n"), QStringLiteral("40"));
    QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where to create the store"),
                                 QStringLiteral("path"));
    parser.addOptions({startsOption, daysOption, loadsOption, dirOption});
    parser.process(app);
    const int starts = std::max(1, parser.value(startsOption).toInt());
    const int loads = std::max(1, parser.value(loadsOption).toInt());
    bench::HistoryShape shape;
    shape.days = std::max(2, parser.value(daysOption).toInt());

    const StartFigures start = measureStart(QCoreApplication::applicationDirPath(), starts);
    const double appP50 = percentile(start.appMs, 50), bareP50 = percentile(start.bareMs, 50);
    std::printf("start to first frame, offscreen, %d runs each: app p50 %.1f ms (min %.1f), "
                "bare Qt Quick window p50 %.1f ms (min %.1f)\n",
                starts, appP50, percentile(start.appMs, 0), bareP50, percentile(start.bareMs, 0));

    QTemporaryDir dir(parser.isSet(dirOption)
                          ? parser.value(dirOption) + QStringLiteral("/bench_ui-XXXXXX")
                          : QString());
    auto session = unlockedSession(dir.path());
    if (!session)
        die(QStringLiteral("cannot unlock a session in ") + dir.path());
    QElapsedTimer fillTimer;
    fillTimer.start();
    const qint64 total = fillHistory(*session, shape);
    std::printf("history: %lld records (%d days, %d visits a day) received in %.1f s\n", total,
                shape.days, shape.visitsPerDay, double(fillTimer.elapsed()) / 1000.0);

    // A fresh unlock, so the first load runs on newly opened reader connections.
    session->lock();
    if (!waitForState(*session, AppSession::Locked))
        die(QStringLiteral("lock"));
    RoundModel model;
    QSignalSpy firstLoad(&model, &RoundModel::loadFinished);
    model.setSession(session.get());
    QElapsedTimer firstTimer;
    session->unlock(GoodPin);
    if (!waitForState(*session, AppSession::Unlocked, 30000))
        die(QStringLiteral("unlock"));
    firstTimer.restart();
    if (!caught(firstLoad, 10000))
        die(QStringLiteral("first round load"));
    const double firstMs = double(firstTimer.nsecsElapsed()) / 1e6;
    QList<double> loadMs;
    for (int i = 0; i < loads; ++i)
        loadMs << loadRoundOnce(model);
    std::printf("round load (%d visits) from %lld records: first after unlock %.2f ms, then p50 "
                "%.2f ms p95 %.2f ms max %.2f ms\n",
                model.count(), total, firstMs, percentile(loadMs, 50), percentile(loadMs, 95),
                percentile(loadMs, 100));

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QList<double> pageMs;
    for (int i = 0; i < 5; ++i)
        pageMs << roundPageFirstFrame(engine, *session, model.count());
    std::printf("round page, create to first frame with its rows: p50 %.1f ms\n",
                percentile(pageMs, 50));

    QList<double> visitMs;
    const QString visitId = bench::visitIdFor(QDate::currentDate(), 0);
    for (int i = 0; i < 10; ++i) {
        VisitController visit;
        QSignalSpy loaded(&visit, &VisitController::loadFinished);
        QElapsedTimer timer;
        timer.start();
        visit.setSession(session.get());
        visit.setVisitId(visitId);
        if (!caught(loaded, 10000) || !visit.found())
            die(QStringLiteral("visit page load"));
        visitMs << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("visit page load (person's file and 31 days of history): p50 %.2f ms\n",
                percentile(visitMs, 50));

    std::printf(
        "ui.start_first_frame_ms=%.1f ui.start_bare_first_frame_ms=%.1f ratio_vs_bare=%.2f\n",
        appP50, bareP50, bareP50 > 0 ? appP50 / bareP50 : 0.0);
    std::printf("ui.round_load_ms=%.2f ui.round_load_p95_ms=%.2f ui.round_first_load_ms=%.2f "
                "records=%lld visits=%d\n",
                percentile(loadMs, 50), percentile(loadMs, 95), firstMs, total, model.count());
    std::printf("ui.round_page_first_frame_ms=%.1f\n", percentile(pageMs, 50));
    std::printf("ui.visit_load_ms=%.2f\n", percentile(visitMs, 50));
    return 0;
}
