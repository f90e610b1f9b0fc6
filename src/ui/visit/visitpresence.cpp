#include "visitpresence.h"

#include "core/recordtypes.h"
#include <algorithm>

namespace careround::ui {

int WorkerPresence::minutesHere() const
{
    if (!checkIn || !checkOut)
        return 0;
    return int(std::max<qint64>(0, checkIn->deviceTime.secsTo(checkOut->deviceTime)) / 60);
}

WorkerPresence presenceOf(const QList<Record> &visitEvents, const QString &userId)
{
    WorkerPresence presence;
    for (const Record &r : visitEvents) {
        if (r.authorUserId != userId)
            continue;
        if (r.type == QLatin1String(RecordType::VisitCheckIn) && !presence.checkIn)
            presence.checkIn = r;
        else if (r.type == QLatin1String(RecordType::VisitCheckOut) && presence.checkIn)
            presence.checkOut = r;
    }
    return presence;
}

bool isAssigned(const PlannedVisit &visit, const QString &userId)
{
    return !userId.isEmpty() && visit.workerIds.contains(userId);
}

QString partnerOf(const PlannedVisit &visit, const QString &userId)
{
    for (const QString &worker : visit.workerIds) {
        if (worker != userId)
            return visit.workerIds.size() == 2 ? worker : QString();
    }
    return {};
}

QString workerName(const Record &visitRecord, const QString &userId)
{
    return visitRecord.payload.value(QLatin1String("workerNames"))
        .toObject()
        .value(userId)
        .toString()
        .simplified();
}

bool mayRevealEntryCodes(const PlannedVisit &visit, const QList<Record> &visitEvents,
                         const QString &userId)
{
    return isAssigned(visit, userId) && !visit.cancelled && presenceOf(visitEvents, userId).here();
}

const Record *currentVisitVersion(const QList<Record> &records, const QString &visitId)
{
    const Record *found = nullptr;
    for (const Record &r : records) {
        if (r.type == QLatin1String(RecordType::Visit) && r.visitId == visitId
            && (!found || found->hlc < r.hlc))
            found = &r;
    }
    return found;
}

} // namespace careround::ui
