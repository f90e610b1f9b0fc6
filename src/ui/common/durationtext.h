#pragma once
// Words for a span of time and a moment, as the lockout screen shows them:
// "4 minutes 30 seconds", "Locked until 14:35". Kept here so the wording is tested, not in QML.
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace careround::ui {

class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)
public:
    // Seconds rounded up to whole seconds; under a minute counts seconds, under an hour minutes
    // and seconds, longer spans hours and minutes (minutes rounded up, so it never says less).
    static QString remaining(qint64 seconds);
    // The clock time in the locale's short format; with the day when it is not on `now`'s day.
    static QString clockTime(const QDateTime &moment, const QDateTime &now);
};

} // namespace careround::ui
