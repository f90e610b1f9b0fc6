#pragma once
// The MAR chart (medication administration record) of one person over a date range: rows =
// (order, scheduled time) plus one row per PRN order, columns = days, each cell = what was
// recorded for that slot. Pure data for the QML grid and the PDF writer.
#include "core/medicationorder.h"
#include "core/plannedvisit.h"
#include "core/result.h"
#include "duedoses.h"
#include <QList>
#include <QTimeZone>
#include <optional>

namespace careround {

enum class MarCellState {
    NotDue, // the order is not active that day and nothing was recorded
    Open, // due and nothing recorded yet, the window not over (PRN: nothing given that day)
    Gap, // a regular slot whose window ended before `now` with no record
    Recorded, // one record (PRN: one or more)
    Conflict, // two or more different records for one regular slot: a human must look
};

struct MarEntry
{
    QString recordId, authorUserId, deviceId, secondSignerUserId;
    QString outcomeCode, outcomeWords; // words from medicationOutcomeWords (the code if unknown)
    bool given = false; // a given-type outcome (isGiven)
    QString dose, reason, note;
    QString prnEffect; // effective / partly_effective / not_effective (PRN), else empty
    QDateTime administeredAt; // UTC; invalid when not given
    QDateTime recordedAt; // the record's device time (UTC)
    QString time; // "HH:mm" local: administeredAt, else recordedAt
    bool late = false; // administeredAt after the slot's window end (regular doses)
    bool amended = false; // a replacement is shown
};

struct MarCell
{
    QDate day;
    MarCellState state = MarCellState::NotDue;
    bool due = false; // the order is active that day
    QDateTime scheduledAt, windowEnd; // regular slots on due days (UTC)
    QString visitId; // the visit planned to give it (when visits were given)
    bool noVisit = false; // visits were given and none covers this dose
    QList<MarEntry> entries; // in HLC order
};

struct MarRow
{
    MedicationOrder order; // medicine, formulation, strength, dose, route, prescriber, dates…
    bool prn = false; // the order's PRN row
    QString scheduledTime; // "HH:mm"; empty for the PRN row
    int windowMinutes = 0; // ± minutes; 0 for the PRN row
    QList<MarCell> cells; // one per day of the chart
};

struct MarChart
{
    QList<QDate> days;
    QList<MarRow> rows; // by medicine, then order id, then time
    // Administrations in the range that fit no row (unknown order, a time not in the order):
    // listed so nothing is silently lost.
    QStringList unmatchedRecordIds;
};

constexpr int MaxMarChartDays = 93;

struct MarRequest
{
    QDate from, to; // inclusive, at most MaxMarChartDays days
    QDateTime now; // slots whose window ended before it are gaps
    QTimeZone zone; // Europe/London in the app
    std::optional<QList<PlannedVisit>> visits; // if known: marks which visit gives each dose
};

// `orders`: the person's orders (currentMedicationOrders); `records`: the person's records (any
// types, amendments included). Errors name "from" / "to".
Result<MarChart> buildMarChart(const QList<MedicationOrder> &orders, const QList<Record> &records,
                               const MarRequest &request);

QString marCellStateCode(MarCellState state); // "not_due", "open", "gap", "recorded", "conflict"

} // namespace careround
