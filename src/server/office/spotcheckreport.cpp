#include "spotcheckreport.h"

#include "core/recordtypes.h"
#include "server/alerts/conflictrules.h"

#include <QHash>
#include <algorithm>

namespace careround::server {

SpotCheckReport buildSpotCheckReport(const QList<User> &users, const QList<Record> &records,
                                     const OfficeViewer &viewer, const QDate &asOf)
{
    SpotCheckReport report;
    report.asOf = asOf;
    report.since = asOf.addMonths(-12);
    const QSet<QString> withdrawn = alerts::withdrawnIds(records);
    QHash<QString, QDate> observed, refused;
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::SpotCheck) || withdrawn.contains(r.id)
            || r.careDay > asOf)
            continue;
        const QString worker = r.payload.value(QLatin1String("workerUserId")).toString();
        QHash<QString, QDate> &latest =
            r.payload.value(QLatin1String("consentGiven")).toBool() ? observed : refused;
        if (!latest.value(worker).isValid() || latest.value(worker) < r.careDay)
            latest.insert(worker, r.careDay);
    }
    for (const User &user : users) {
        if (user.disabled || (user.role != Role::CareWorker && user.role != Role::Supervisor)
            || !viewer.seesWorker(user.id))
            continue;
        ++report.workersChecked;
        const QDate last = observed.value(user.id);
        if (!last.isValid() || last < report.since)
            report.overdue.append(SpotCheckLine {user, last, refused.value(user.id)});
    }
    std::sort(report.overdue.begin(), report.overdue.end(),
              [](const SpotCheckLine &a, const SpotCheckLine &b) {
                  return a.worker.displayName != b.worker.displayName
                      ? a.worker.displayName < b.worker.displayName
                      : a.worker.id < b.worker.id;
              });
    return report;
}

} // namespace careround::server
