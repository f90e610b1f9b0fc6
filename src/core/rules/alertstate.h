#pragma once
// An alert's state, folded from the alert.action records written about it (issue 14, the office's
// alerts inbox). Actions are append-only; the fold reads them in HLC order (then id):
//   acknowledge - an open alert becomes acknowledged (someone has seen it and owns the next step);
//   assign      - names the colleague who deals with it; an open alert becomes acknowledged too;
//   resolve     - closes it, with a note saying what was done.
// Once resolved, later actions (another device acting on an older view, a second office user in
// the same second) stay in the history but change nothing: `effective` is false for them.
// checkAlertAction says whether an action still makes sense on the state shown to a person; the
// console asks it before writing, so resolving twice is refused with a reason, nothing written.
#include "core/record.h"
#include "core/result.h"
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace careround {

namespace AlertActionName {
inline constexpr auto Acknowledge = "acknowledge";
inline constexpr auto Assign = "assign";
inline constexpr auto Resolve = "resolve";
} // namespace AlertActionName

const QStringList &alertActionNames(); // acknowledge, assign, resolve
constexpr int AlertNoteMaxLength = 2000; // a resolution says what was done, not a case file

enum class AlertStatus { Open, Acknowledged, Resolved };
QString alertStatusName(AlertStatus status); // "open", "acknowledged", "resolved"

struct AlertHistoryEntry
{
    QString recordId;
    QString action; // acknowledge, assign, resolve
    QString byUserId;
    QDateTime at; // when it was done (the writer's device time, UTC)
    HlcTimestamp hlc; // the order of the actions
    QString note;
    QString assigneeUserId; // assign only
    bool effective = true; // false: it came after the alert was resolved and changed nothing
};

struct AlertState
{
    AlertStatus status = AlertStatus::Open;
    QString acknowledgedBy; // the first to act on it
    QDateTime acknowledgedAt;
    QString assigneeUserId; // the latest assignment
    QString resolvedBy;
    QDateTime resolvedAt;
    QString resolutionNote;
    QList<AlertHistoryEntry> history; // every action on the alert, HLC order
};

// `records`: any records; only the alert.action records naming `alertId` count. A record delivered
// twice counts once.
AlertState foldAlertActions(const QString &alertId, const QList<Record> &records);

// Whether `action` (with its assignee) may be taken on an alert in `state`: Error field "action"
// (resolved already, acknowledged already) or "assigneeUserId" (assigned to them already).
Result<void> checkAlertAction(const AlertState &state, const QString &action,
                              const QString &assigneeUserId);

// Inbox order: urgent before warning before info (unknown last).
int alertSeverityRank(const QString &severity); // urgent 3, warning 2, info 1, other 0

} // namespace careround
