#include "boarddelta.h"

#include "core/recordtypes.h"

namespace careround::server {

Result<QSet<QString>> peopleChangedBetween(ServerStore &store, const QString &orgId,
                                           qint64 afterSeq, qint64 upToSeq)
{
    RecordQuery q;
    q.orgId = orgId;
    q.allPersons = true;
    q.afterSeq = afterSeq;
    q.upToSeq = upToSeq;
    q.bodiesOnly = true;
    q.limit = 5000;
    // The records the board's fold reads (officedata.cpp).
    for (const char *type : {RecordType::Visit, RecordType::VisitCheckIn, RecordType::VisitCheckOut,
                             RecordType::VisitNoAccess, RecordType::Amendment, RecordType::Person})
        q.types.append(QString::fromLatin1(type));
    QSet<QString> people;
    if (upToSeq <= afterSeq)
        return people;
    for (;;) {
        auto page = store.queryRecords(q);
        if (!page)
            return page.error();
        for (const StoredBody &stored : page.value().bodies) {
            if (!stored.personId.isEmpty())
                people.insert(stored.personId);
        }
        if (!page.value().more)
            break;
        q.afterSeq = page.value().nextAfterSeq;
    }
    return people;
}

BoardDelta boardDelta(const QList<VisitAssignment> &rota, const QSet<QString> &changedPeople,
                      const QSet<QString> &moreWorkers)
{
    BoardDelta delta;
    delta.workerIds = moreWorkers;
    for (const VisitAssignment &row : rota) {
        if (!changedPeople.contains(row.personId))
            continue;
        delta.personIds.insert(row.personId);
        for (const QString &worker : row.workerIds)
            delta.workerIds.insert(worker);
    }
    // The lanes of those workers bring their other visits, and so those visits' people.
    for (const VisitAssignment &row : rota) {
        bool inLane = false;
        for (const QString &worker : row.workerIds)
            inLane = inLane || delta.workerIds.contains(worker);
        if (inLane)
            delta.personIds.insert(row.personId);
    }
    for (const VisitAssignment &row : rota) {
        if (!delta.personIds.contains(row.personId))
            continue;
        delta.visitIds.insert(row.visitId);
    }
    return delta;
}

} // namespace careround::server
