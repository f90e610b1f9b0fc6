#include "jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>

namespace careround::server::http {

namespace {
std::atomic<int> g_minimumLevel {static_cast<int>(JsonLog::Level::Info)};
QMutex g_writeMutex;

QString levelName(JsonLog::Level level)
{
    switch (level) {
    case JsonLog::Level::Debug:
        return QStringLiteral("debug");
    case JsonLog::Level::Info:
        return QStringLiteral("info");
    case JsonLog::Level::Warning:
        return QStringLiteral("warning");
    case JsonLog::Level::Error:
        break;
    }
    return QStringLiteral("error");
}
} // namespace

void JsonLog::setMinimumLevel(Level level)
{
    g_minimumLevel.store(static_cast<int>(level));
}

void JsonLog::write(Level level, const QString &event, QJsonObject fields)
{
    if (static_cast<int>(level) < g_minimumLevel.load())
        return;
    fields.insert(QStringLiteral("ts"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), levelName(level));
    fields.insert(QStringLiteral("event"), event);
    QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    line.append('\n');
    QMutexLocker lock(&g_writeMutex);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace careround::server::http
