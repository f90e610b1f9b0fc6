#pragma once
// What the round card flags besides the visit's status: a time-critical medicine the visit gives,
// with its window ("Time-critical: Sinemet 08:00 ±30 min", core timeCriticalFlags over the
// person's orders and all their visits that day), and a running reablement episode's days left
// ("Reablement: 12 days left"). Pure; RoundModel reads the records.
#include "core/record.h"
#include "roundvisits.h"
#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace careround::ui {

struct RoundFlags
{
    QString timeCriticalText;
    QString reablementText;
    int reablementDaysLeft = 0;
};

class RoundFlagWords
{
    Q_DECLARE_TR_FUNCTIONS(RoundFlagWords)
};

// `visitRecords`: every rota record of the day's visits (all workers: planDoses needs them all);
// `personFiles`: the people's medication.order and reablement.episode records. Keyed by visitId.
QHash<QString, RoundFlags> roundFlags(const QList<RoundVisit> &round,
                                      const QList<Record> &visitRecords,
                                      const QList<Record> &personFiles, const QDate &day,
                                      const QDateTime &now, const QTimeZone &zone);

} // namespace careround::ui
