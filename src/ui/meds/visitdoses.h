#pragma once
// The eMAR at a visit, as pure data: the regular doses this visit gives (core planDoses over the
// person's orders and that day's visits) and one row per as-needed (PRN) medicine, each with the
// words a care worker reads — medicine, dose and route, support level, instructions, time and
// window, the time-critical flag, a clock change — and what is already recorded: the slot's
// records (a warning before recording again), a clinical conflict (two records for one dose on
// this device, or the office's `conflict` alert), the PRN decision (checkPrnDose) and the last PRN
// dose still waiting for its effect. Tested in tst_visitdoses.
#include "core/medicationorder.h"
#include "core/plannedvisit.h"
#include "core/rules/amendments.h"
#include "core/rules/duedoses.h"
#include "core/rules/prn.h"
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace careround::ui {

struct DoseContext
{
    QList<Record> records; // the person's recent records, any types, amendments included
    QList<MedicationOrder> orders; // currentMedicationOrders
    QList<PlannedVisit> dayVisits; // the person's visits of the care day (current versions)
    QString visitId;
    QDate day;
    QDateTime now;
    QTimeZone zone;
    QString deviceId; // this device: "already recorded on this phone"
    QHash<QString, QString> names; // userId → name, for "by Sam Cole"
};

struct DoseRow
{
    enum class Tone { Neutral, Active, Attention, Alert, Good }; // as VisitWords::Tone

    MedicationOrder order;
    bool prn = false;
    DueDose dose; // regular rows: the slot, its window, the visit that gives it
    QString title; // "Metformin 500 mg tablets"
    QString doseLine; // "1 tablet, by mouth" (PRN: the dose rule)
    QString supportText; // "Administer: you give the medicine"
    QString instructions;
    QString timeText; // "08:00 · give between 07:00 and 09:00"; PRN: "As needed"
    QString timeCriticalText; // "Time-critical: give between 07:30 and 08:30"
    QString clockChangeText; // the clocks change over this dose time
    QString secondSignatureText; // "Needs a second worker to sign …"
    QList<EffectiveRecord> records; // regular: the slot's administrations; PRN: today's uses
    QString recordedText; // "Given: Amira Khan at 08:05" (one line per record)
    QString repeatWarning; // before recording again: what is already there
    bool conflict = false;
    QString conflictText;
    QString statusText;
    Tone tone = Tone::Neutral;
    // PRN
    QStringList protocol; // MedicationWords::prnProtocol
    PrnDecision decision; // at `now`
    QString followUpRecordId; // the latest PRN dose given here in the last 24 h with no effect yet
    QString followUpText;

    bool recorded() const { return !records.isEmpty(); }
};

class VisitDoses
{
    Q_DECLARE_TR_FUNCTIONS(VisitDoses)
public:
    // The regular doses `c.visitId` gives, in time order.
    static QList<DoseRow> scheduled(const DoseContext &c);
    // One row per PRN order active on the day, by medicine.
    static QList<DoseRow> asNeeded(const DoseContext &c);
    // The `conflict` alerts (not withdrawn) that name any of `recordIds`: their summaries.
    static QStringList conflictAlerts(const QList<Record> &records, const QStringList &recordIds);
    // "Given: Amira Khan at 08:05" for one administration.
    static QString recordedLine(const EffectiveRecord &administration, const DoseContext &c);
};

} // namespace careround::ui
