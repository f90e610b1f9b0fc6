#include "timecritical.h"
#include <QCoreApplication>

namespace careround {

QString TimeCriticalFlag::label() const
{
    QString text = QCoreApplication::translate("TimeCritical", "%1 %2 ±%3 min")
                       .arg(earliest.medicine, earliest.scheduledTime)
                       .arg(earliest.windowMinutes);
    if (doseCount > 1)
        text += QCoreApplication::translate("TimeCritical", " and %1 more").arg(doseCount - 1);
    return text;
}

QHash<QString, TimeCriticalFlag> timeCriticalFlags(const QList<DueDose> &doses)
{
    QHash<QString, TimeCriticalFlag> flags;
    for (const DueDose &d : doses) {
        if (!d.timeCritical || d.visitId.isEmpty())
            continue;
        TimeCriticalFlag &f = flags[d.visitId];
        f.visitId = d.visitId;
        if (++f.doseCount == 1 || d.windowStart < f.earliest.windowStart)
            f.earliest = d;
    }
    return flags;
}

QList<DueDose> uncoveredTimeCriticalDoses(const QList<DueDose> &doses)
{
    QList<DueDose> out;
    for (const DueDose &d : doses)
        if (d.timeCritical && d.visitId.isEmpty())
            out.append(d);
    return out;
}

} // namespace careround
