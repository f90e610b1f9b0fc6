#pragma once
// "Refusals on three or more consecutive visits" go to the office as an alert record (rule
// three_refusals). Which alerts to raise now, from one person's records (recent visits, corrected,
// including the alerts already raised):
//  - for every subject (a task, a medicine) whose streak is at least RefusalAlertThreshold;
//  - only once per streak: not when an existing three_refusals alert already names the streak's
//    first refusal among its relatedRecordIds;
//  - only by the device whose worker recorded the latest refusal of the streak, so two workers'
//    devices do not both raise it.
#include "core/record.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace careround::ui {

class RefusalAlerts
{
    Q_DECLARE_TR_FUNCTIONS(RefusalAlerts)
public:
    // Alert payloads to save (docs/domain.md: alert), with summaries in words.
    static QList<QJsonObject> toRaise(const QList<Record> &personRecords, const QString &userId,
                                      const QString &personName);
};

} // namespace careround::ui
