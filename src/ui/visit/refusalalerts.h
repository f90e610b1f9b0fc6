#pragma once
// "Refusals on three or more consecutive visits": the SERVER raises the office's alert (rule
// three_refusals, src/server/alerts/refusalalerts.h) from the refusal records it receives; the
// phone writes no alert record (only the office may, and a refused record used to hide the
// worker's missed visits). Here only the local warning for the worker at the visit: one line for
// every subject (a task, a medicine) whose streak among the person's recent records (corrected)
// is at least RefusalAlertThreshold.
#include "core/record.h"
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace careround::ui {

class RefusalAlerts
{
    Q_DECLARE_TR_FUNCTIONS(RefusalAlerts)
public:
    static QStringList warnings(const QList<Record> &personRecords, const QString &personName);
};

} // namespace careround::ui
