#pragma once
// The office's reports (docs/server.md "Office reports"), for /v1/office/* and
// `careround-server report ...`: the visits of a day with their status, delivered hours of a
// payment week, workers due an observed spot check. Each read is audited ("report.read", one
// entry per person the report shows). Thread-safe: holds only the store reference.
#include "awaitingsync.h"
#include "boarddelta.h"
#include "hoursreport.h"
#include "officedata.h"
#include "spotcheckreport.h"

namespace careround::server {

struct VisitRow
{
    FoldedVisit visit;
    QString status; // core's status code, or "awaiting_sync"
    std::optional<DeviceBacklog> awaiting; // the device holding unsynced records, when awaiting
    bool phoneHoldsRecords = false; // past the wait, a phone still reports unsent records of it
};

struct VisitsReport
{
    QDate day; // UK date
    QDateTime now; // statuses are as at this time
    OfficeDay data;
    QList<VisitRow> rows;
    qint64 seq = 0; // the organisation's change sequence the report includes
    // An incremental read (changed_since): the sequence asked from, and which people's and
    // workers' rows the answer holds in full (boarddelta.h).
    std::optional<qint64> changedSince;
    BoardDelta delta;
};

// The organisation's devices (a supervisor: their workers' devices) with their last contact,
// unsynced records and clock skew: a phone whose clock is more than a day ahead has its records
// refused (core/timebounds.h), and the office sees it here.
struct DeviceRow
{
    DeviceFacts device;
    QString userName;
    QString clockStatus; // "ok" (within 5 minutes), "off", "too_far_ahead", "unknown"
};

struct DevicesReport
{
    QDateTime now;
    QList<DeviceRow> rows;
};

class OfficeReports
{
public:
    explicit OfficeReports(ServerStore &store);

    // `changedSince`: only the visits whose records changed after that sequence (and the lanes
    // they touch); an error with field "changed_since" when it is beyond the current sequence.
    Result<VisitsReport> visits(const OfficeViewer &viewer, const QDate &day, const QDateTime &now,
                                std::optional<qint64> changedSince = std::nullopt);
    // The payment week holding `dayInWeek`.
    Result<HoursReport> hours(const OfficeViewer &viewer, const QDate &dayInWeek,
                              const billing::Rates &rates, const QDateTime &now);
    Result<SpotCheckReport> spotChecks(const OfficeViewer &viewer, const QDate &asOf,
                                       const QDateTime &now);
    Result<DevicesReport> devices(const OfficeViewer &viewer, const QDateTime &now);

private:
    // The rota rows of an incremental read (see visits()).
    Result<BoardDelta> deltaSince(const OfficeViewer &viewer, const QDate &day, qint64 afterSeq,
                                  qint64 upToSeq);
    Result<void> auditRead(const OfficeViewer &viewer, const QStringList &personIds,
                           const QString &detail, const QDateTime &now);

    ServerStore &m_store;
};

} // namespace careround::server
