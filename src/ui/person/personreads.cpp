#include "personreads.h"

#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include "ui/visit/visitpresence.h"
#include <QSet>

namespace careround::ui::PersonReads {

Result<QList<Record>> dayVisits(store::RecordRepository &repo, const QString &personId,
                                const QDate &day)
{
    auto dayRecords = repo.forDay(day);
    if (!dayRecords)
        return dayRecords.error();
    QStringList visitIds;
    for (const Record &r : dayRecords.value()) {
        if (r.type == QLatin1String(RecordType::Visit) && r.personId == personId
            && !visitIds.contains(r.visitId))
            visitIds.append(r.visitId);
    }
    QList<Record> out;
    for (const QString &visitId : std::as_const(visitIds)) {
        auto records = repo.forVisit(visitId);
        if (!records)
            return records.error();
        for (const Record &r : records.value()) {
            if (r.type == QLatin1String(RecordType::Visit))
                out.append(r);
        }
    }
    return out;
}

QList<PlannedVisit> plannedVisitsOn(const QList<Record> &records, const QString &personId,
                                    const QDate &day)
{
    QList<Record> rota;
    QStringList visitIds;
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::Visit) || r.personId != personId)
            continue;
        rota.append(r);
        if (!visitIds.contains(r.visitId))
            visitIds.append(r.visitId);
    }
    QList<PlannedVisit> visits;
    for (const QString &visitId : std::as_const(visitIds)) {
        const Record *current = currentVisitVersion(rota, visitId);
        if (!current)
            continue;
        auto planned = PlannedVisit::fromRecord(*current);
        if (planned && planned.value().careDay == day)
            visits.append(std::move(planned).value());
    }
    return visits;
}

Result<void> appendPersonFile(store::RecordRepository &repo, const QString &personId,
                              const QStringList &types, QList<Record> &out)
{
    for (const QString &type : types) {
        auto file = repo.personFile(personId, type);
        if (!file)
            return file.error();
        out += std::move(file).value();
    }
    return {};
}

QList<Record> ofType(const QList<Record> &records, const char *type)
{
    QList<Record> out;
    for (const Record &r : records) {
        if (r.type == QLatin1String(type))
            out.append(r);
    }
    return out;
}

QList<Record> unique(const QList<Record> &records)
{
    QList<Record> out;
    QSet<QString> seen;
    for (const Record &r : records) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            out.append(r);
        }
    }
    return out;
}

} // namespace careround::ui::PersonReads
