// Child process for tst_store_crash: opens the store and saves records until it is killed.
// Protocol on stdout, one line each, flushed at once:
//   P <base64 of RecordCodec::encode(record)>   before a save is submitted (so the parent can retry
//   it) A <id>                                      only after that save's commit returned success
//   E <message>                                 a save or the open failed (exit code 2)
// Every 16th submission re-saves an earlier record unchanged: the idempotent path under kills.
#include "core/recordcodec.h"
#include "recordfactory.h"
#include "store/recordstore.h"
#include <QCoreApplication>
#include <QFuture>
#include <cstdio>
#include <deque>

using namespace careround;

namespace {

void emitLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    emitLine("E " + message.toUtf8());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(QStringLiteral(
            "usage: store_crash_child <database path> (key hex in CAREROUND_CRASH_KEY)"));
    const QByteArray key = QByteArray::fromHex(qgetenv("CAREROUND_CRASH_KEY"));

    store::RecordStore store;
    auto opened = store.open(args.at(1), key);
    opened.waitForFinished();
    if (!opened.result())
        return fail(opened.result().error().toString());

    constexpr int InFlight =
        4; // several saves queued at once, so kills also land inside group commits
    std::deque<std::pair<QString, QFuture<Result<void>>>> inFlight;
    QList<Record> earlier; // already submitted: re-saved unchanged now and then
    for (int n = 0;; ++n) {
        Record record;
        if (n % 16 == 15 && !earlier.isEmpty()) {
            record = earlier.at(n % earlier.size());
        } else {
            record = testutil::makeRecord(testutil::RecordShape::Note,
                                          QStringLiteral("crash test %1").arg(n));
            emitLine("P " + RecordCodec::encode(record).toBase64());
        }
        inFlight.emplace_back(record.id, store.save(record));
        if (earlier.size() < 64)
            earlier.append(record);
        while (int(inFlight.size()) >= InFlight) {
            auto [id, future] = std::move(inFlight.front());
            inFlight.pop_front();
            future.waitForFinished();
            if (!future.result())
                return fail(id + QStringLiteral(": ") + future.result().error().toString());
            emitLine("A " + id.toUtf8());
        }
        if (n % 64 == 0)
            QCoreApplication::processEvents(); // deliver the store's queued signals
    }
}
