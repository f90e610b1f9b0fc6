#include "roundflags.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "core/rules/duedoses.h"
#include "core/rules/reablementsummary.h"
#include "core/rules/timecritical.h"
#include "ui/goals/reablementcontroller.h"
#include "ui/person/personreads.h"

namespace careround::ui {

QHash<QString, RoundFlags> roundFlags(const QList<RoundVisit> &round,
                                      const QList<Record> &visitRecords,
                                      const QList<Record> &personFiles, const QDate &day,
                                      const QDateTime &now, const QTimeZone &zone)
{
    QHash<QString, RoundFlags> flags;
    QStringList people;
    for (const RoundVisit &v : round) {
        if (!people.contains(v.visit.personId))
            people.append(v.visit.personId);
    }
    for (const QString &person : std::as_const(people)) {
        QList<Record> file;
        for (const Record &r : personFiles) {
            if (r.personId == person)
                file.append(r);
        }
        const DayDosePlan plan =
            planDoses(currentMedicationOrders(file),
                      PersonReads::plannedVisitsOn(visitRecords, person, day), day, zone);
        const auto critical = timeCriticalFlags(plan.doses);
        QString reablement;
        int daysLeft = 0;
        const auto episodes =
            effectiveRecords(file, QString::fromLatin1(RecordType::ReablementEpisode));
        if (!episodes.isEmpty()) {
            auto summary =
                summariseReablementEpisode(file, episodes.constLast().record.id, now, zone);
            if (summary && !summary.value().ended && summary.value().startDate <= day) {
                reablement = ReablementWords::daysLeft(summary.value());
                daysLeft = summary.value().daysLeft;
            }
        }
        for (const RoundVisit &v : round) {
            if (v.visit.personId != person)
                continue;
            RoundFlags &f = flags[v.visit.visitId];
            if (const auto it = critical.constFind(v.visit.visitId); it != critical.cend())
                f.timeCriticalText =
                    RoundFlagWords::tr("Time-critical medicine: %1").arg(it->label());
            f.reablementText = reablement;
            f.reablementDaysLeft = daysLeft;
        }
    }
    return flags;
}

} // namespace careround::ui
