#include "roundvisits.h"

#include "core/recordtypes.h"
#include "ui/common/correctedrecords.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace careround::ui {

QString RoundVisit::cancelReason() const
{
    return visit.cancelled ? visitRecord.payload.value(QLatin1String("cancelReason")).toString()
                           : QString();
}

void refold(RoundVisit &visit, const QDateTime &now)
{
    visit.state = foldVisitState(visit.visit, visit.events, now);
}

QList<RoundVisit> buildRound(const QList<Record> &visitRecords, const QList<Record> &personRecords,
                             const QDate &day, const QString &userId, const QDateTime &now)
{
    QHash<QString, QList<Record>> byVisit;
    for (const Record &r : visitRecords) {
        if (!r.visitId.isEmpty())
            byVisit[r.visitId].append(r);
    }
    QList<RoundVisit> round;
    for (auto it = byVisit.cbegin(); it != byVisit.cend(); ++it) {
        const Record *current = currentVisitVersion(it.value(), it.key());
        if (!current)
            continue;
        auto planned = PlannedVisit::fromRecord(*current);
        if (!planned || planned.value().careDay != day || !isAssigned(planned.value(), userId))
            continue; // moved to another day, or to another worker, by a later rota version
        RoundVisit v;
        v.visit = std::move(planned).value();
        v.visitRecord = *current;
        QList<Record> events;
        for (const Record &r : it.value()) {
            if (r.type != QLatin1String(RecordType::Visit))
                events.append(r);
        }
        v.events = correctedRecords(events);
        const Record *person = PersonSheets::latest(personRecords, v.visit.personId,
                                                    QLatin1String(RecordType::Person));
        v.person =
            person ? PersonSheets::fromRecord(*person) : PersonSheets::unknown(v.visit.personId);
        v.partnerId = partnerOf(v.visit, userId);
        if (!v.partnerId.isEmpty())
            v.partnerName = workerName(*current, v.partnerId);
        refold(v, now);
        round.append(std::move(v));
    }
    std::sort(round.begin(), round.end(), [](const RoundVisit &a, const RoundVisit &b) {
        if (a.visit.plannedStart != b.visit.plannedStart)
            return a.visit.plannedStart < b.visit.plannedStart;
        return a.visit.visitId < b.visit.visitId;
    });
    return round;
}

} // namespace careround::ui
