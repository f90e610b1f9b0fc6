#include "schedulercache.h"

#include "core/recordtypes.h"

namespace careround::server::alerts {

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

bool isEvent(const QString &type)
{
    return type == t(RecordType::VisitCheckIn) || type == t(RecordType::VisitCheckOut)
        || type == t(RecordType::VisitNoAccess);
}

bool isOversight(const QString &type)
{
    return type == t(RecordType::SpotCheck) || type == t(RecordType::Supervision);
}

const QStringList &readTypes()
{
    static const QStringList types {
        t(RecordType::VisitCheckIn),      t(RecordType::VisitCheckOut),
        t(RecordType::VisitNoAccess),     t(RecordType::MedicationAdministration),
        t(RecordType::MedicationOrder),   t(RecordType::Incident),
        t(RecordType::ReablementEpisode), t(RecordType::SpotCheck),
        t(RecordType::Supervision),       t(RecordType::Amendment)};
    return types;
}

} // namespace

bool schedulerReads(const QString &type)
{
    return readTypes().contains(type);
}

Result<void> SchedulerCache::refresh(ServerStore &store, const QString &orgId, const QDate &today)
{
    const QDate from = today.addDays(-SchedulerWindowDays);
    RecordQuery query;
    query.orgId = orgId;
    query.allPersons = true;
    query.afterSeq = lastSeq;
    query.limit = 5000;
    query.types = readTypes();
    query.windowFrom = from;
    query.windowTo = today.addDays(1);
    query.windowExemptTypes = {t(RecordType::MedicationOrder), t(RecordType::ReablementEpisode),
                               t(RecordType::SpotCheck), t(RecordType::Supervision),
                               t(RecordType::Amendment)};
    newAdministrations.clear();
    for (;;) {
        auto page = store.queryRecords(query);
        if (!page)
            return page.error();
        for (const StoredRecord &s : page.value().records) {
            const Record &r = s.record;
            if (isEvent(r.type))
                eventsByVisit[r.visitId].append(r);
            else if (r.type == t(RecordType::MedicationAdministration))
                newAdministrations.append(r);
            else if (isOversight(r.type))
                oversight.append(r);
            else
                byPerson[r.personId].append(r);
        }
        lastSeq = qMax(lastSeq, page.value().nextAfterSeq);
        query.afterSeq = lastSeq;
        if (!page.value().more)
            break;
    }
    // Forget what fell out of the window (orders, episodes and amendments are kept).
    for (auto it = eventsByVisit.begin(); it != eventsByVisit.end();) {
        if (!it.value().isEmpty() && it.value().first().careDay < from.addDays(-1))
            it = eventsByVisit.erase(it);
        else
            ++it;
    }
    return {};
}

QList<Record> SchedulerCache::personRecords(const QString &personId, const QString &type) const
{
    QList<Record> out;
    for (const Record &r : byPerson.value(personId))
        if (r.type == type)
            out.append(r);
    return out;
}

QList<Record> SchedulerCache::amendments(const QString &personId) const
{
    return personRecords(personId, t(RecordType::Amendment));
}

} // namespace careround::server::alerts
