#pragma once
// Raises the alerts that records arriving on the server call for, and stores them like any
// other record (ServerStore::putRecords: audited "record.write" by careround-server):
//   - a clinical conflict among the records of one dose or one worker's check-ins
//     (conflictrules.h): ONE alert naming every clashing record, rule "conflict";
//   - every incident: an alert for the office, rule "incident" (incidentalerts.h);
//   - three or more consecutive refusals of a task or a medicine, rule "three_refusals"
//     (refusalalerts.h), looked at when a refusal lands;
//   - a pushed record the server refused, rule "record_refused" (refusedrecordalerts.h).
// Alerts carry the person, so pulls deliver them to coordinators and to the workers and
// supervisors whose scope holds that person (never to family: their view has no alerts).
// Idempotent: an alert's id and content derive from its records only, so raising it again - a
// retried push, or another server process seeing the same clash - is a Duplicate.
#include "server/storage/serverstore.h"

namespace careround::server::alerts {

class AlertRaiser
{
public:
    explicit AlertRaiser(ServerStore &store);

    // `landed`: records of one organisation that are now stored (accepted just now, or found
    // already stored: a retry raises again what a crash may have left unraised). Returns the
    // alerts that are now stored. An Error (storage) means the caller should fail the push so
    // the device retries.
    Result<QList<Record>> raiseFor(const QString &orgId, const QString &deviceId,
                                   const QList<Record> &landed, const QDateTime &now);

    // `refused`: records of `deviceId`'s push that the server refused, with the reasons. Records
    // naming no person of the organisation cannot carry an alert: the audit log
    // ("record.rejected") is all the office has of them.
    Result<QList<Record>> raiseForRefused(const QString &orgId, const QString &userId,
                                          const QString &deviceId,
                                          const QList<QPair<Record, Error>> &refused,
                                          const QDateTime &now);

private:
    Result<QList<Record>> refusalAlerts(const QString &orgId, const QList<Record> &landed,
                                        const QHash<QString, QString> &names);
    Result<QList<Record>> store(const QString &orgId, const QString &deviceId,
                                const QList<Record> &alerts, const QDateTime &now);
    Result<QList<Record>> clashCandidates(const QString &orgId, const Record &record);
    Result<QString> medicineWords(const QString &orgId, const QString &orderId);

    ServerStore &m_store;
};

} // namespace careround::server::alerts
