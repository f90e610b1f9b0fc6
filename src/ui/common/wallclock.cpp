#include "wallclock.h"

#include <QMutex>
#include <QMutexLocker>

namespace careround::ui::wallclock {
namespace {
QMutex fixedLock;
QDateTime fixed; // guarded by fixedLock: readers run on worker threads too
} // namespace

QDateTime now()
{
    QMutexLocker lock(&fixedLock);
    return fixed.isValid() ? fixed.toLocalTime() : QDateTime::currentDateTime();
}

QDateTime nowUtc()
{
    return now().toUTC();
}

QDate today()
{
    return now().date();
}

void fixForTests(const QDateTime &moment)
{
    QMutexLocker lock(&fixedLock);
    fixed = moment;
}

} // namespace careround::ui::wallclock
