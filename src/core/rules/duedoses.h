#pragma once
// Which scheduled doses each visit of a day must give. Every dose time of the day goes to exactly
// ONE visit, or is reported as uncovered ("no visit" on the MAR): never shown twice, never lost.
//
// A dose's window is its scheduled time ± windowMinutes: the order's timeCriticalWindowMinutes for
// a time-critical medicine, else RegularDoseWindowMinutes (60). A visit (plannedStart to
// plannedEnd, not cancelled, careDay == the day) can cover a dose when its span meets the dose's
// window. Among those, a visit that holds the scheduled time wins, else the one nearest to it;
// ties go to the visit whose start is nearest the dose, then the earlier start, then visitId.
// PRN orders are never scheduled (their times, if any, are ignored); orders not active on the
// day (startDate / stopDate) give no doses.
#include "core/medicationorder.h"
#include "core/plannedvisit.h"
#include "localtime.h"
#include <QList>

namespace careround {

constexpr int RegularDoseWindowMinutes = 60;

struct DueDose
{
    QString orderId;
    QString medicine, formulation, strength, dose, route;
    SupportLevel supportLevel = SupportLevel::Prompt;
    QString instructions;
    QDate careDay;
    QString scheduledTime; // "HH:mm" as the order writes it: the MAR slot
    QDateTime scheduledAt; // the instant (UTC), see resolveWallClock for clock changes
    WallClockKind clockChange = WallClockKind::Normal;
    int windowMinutes = RegularDoseWindowMinutes;
    QDateTime windowStart, windowEnd; // UTC, scheduledAt ∓ windowMinutes
    bool timeCritical = false;
    int timeCriticalWindowMinutes = 0;
    bool secondSignatureRequired = false;
    QString visitId; // the visit that gives it; empty = no visit covers it
};

// ± minutes a dose of `order` may be given around its time.
int doseWindowMinutes(const MedicationOrder &order);

// Every scheduled dose of `orders` on `day` (visitId empty), in time order then medicine.
QList<DueDose> scheduledDoses(const QList<MedicationOrder> &orders, const QDate &day,
                              const QTimeZone &zone);

struct DayDosePlan
{
    QList<DueDose> doses; // every dose of the day, in time order; visitId set where covered
    QList<DueDose> forVisit(const QString &visitId) const;
    QList<DueDose> uncovered() const;
};

// One person's orders and planned visits (visits of other days are ignored) → the day's plan.
DayDosePlan planDoses(const QList<MedicationOrder> &orders, const QList<PlannedVisit> &visits,
                      const QDate &day, const QTimeZone &zone);

// The person's current medication orders from their records (amendments applied, see
// amendments.h); records that are not valid orders are skipped.
QList<MedicationOrder> currentMedicationOrders(const QList<Record> &records);

} // namespace careround
