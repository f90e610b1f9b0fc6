#pragma once
// Structured logs: one JSON object per line on stderr (or a file), written atomically under a
// mutex so lines from worker threads never interleave. Callers pass ids, codes and numbers —
// never passwords, tokens or record text.
#include <QJsonObject>
#include <QString>

namespace careround::server::http {

class JsonLog
{
public:
    enum class Level { Debug, Info, Warning, Error };

    static void setMinimumLevel(Level level);
    // Adds "ts" (UTC, ms), "level" and "event" to the fields and writes the line.
    static void write(Level level, const QString &event, QJsonObject fields = {});
    static void info(const QString &event, const QJsonObject &fields = {})
    {
        write(Level::Info, event, fields);
    }
    static void warning(const QString &event, const QJsonObject &fields = {})
    {
        write(Level::Warning, event, fields);
    }
    static void error(const QString &event, const QJsonObject &fields = {})
    {
        write(Level::Error, event, fields);
    }
};

} // namespace careround::server::http
