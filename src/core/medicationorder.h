#pragma once
// Typed view of a "medication.order" record: one line of the MAR chart.
#include "record.h"
#include "result.h"
#include <QDate>
#include <QList>
#include <QTime>

namespace careround {

enum class SupportLevel { Prompt, Assist, Administer };

struct PrnProtocol
{
    QString indication;
    QString doseRule;
    int minimumIntervalMinutes = 0;
    int maxDosesPer24h = 0;
    QString signsToLookFor;
    QString tryFirst;
    QDate reviewDate;
};

struct MedicationOrder
{
    QString orderId; // the record id of the order
    QString personId;
    QString medicine;
    QString formulation;
    QString strength;
    QString dose;
    QString route;
    QList<QTime> times; // scheduled slots; empty for a PRN-only medicine
    SupportLevel supportLevel = SupportLevel::Prompt;
    QString prescriber;
    bool prn = false;
    PrnProtocol prnProtocol; // meaningful when prn
    bool timeCritical = false;
    int timeCriticalWindowMinutes = 0;
    QDate startDate, stopDate, reviewDate;
    QString instructions;
    bool secondSignatureRequired = false;

    static Result<MedicationOrder> fromRecord(const Record &record);
    // Active on `day`: started (or no start date) and not stopped before it.
    bool activeOn(const QDate &day) const;
};

} // namespace careround
