#pragma once
// The ONE storage interface of the sync server. Two backends implement it and pass the same
// contract tests (tests/unit/server/tst_serverstore_contract.cpp):
//   - EmbeddedServerStore: one SQLCipher file, key file beside it (zero set-up, the default);
//   - PostgresServerStore: libpq, several server processes may share one database.
// Open one with openServerStore() (serverstorefactory.h).
//
// Threading: an instance is THREAD-SAFE. Create one per process and call it from any HTTP worker
// thread concurrently (the embedded backend has one writer connection and two readers; the
// PostgreSQL backend checks a connection out of a small pool per call).
//
// Every method is synchronous and returns Result<...>: bad input gives an Error naming the field
// and changes nothing; a backend failure gives an Error with field "storage".
// Organisation isolation: every read of tenant data takes the orgId and never returns another
// organisation's rows; lookups by a global id (user, device, session) return the row's orgId
// so callers compare it with the caller's organisation.
#include "core/result.h"
#include "servertypes.h"
#include <QList>
#include <optional>

namespace careround::server {

class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // --- health -------------------------------------------------------------------------------
    virtual Result<StoreHealth> health() = 0; // round-trips to the database

    // --- organisations ------------------------------------------------------------------------
    // escrowSecretKey is the crypto_box secret key matching org.escrowPublicKey; kept server-side.
    virtual Result<void> createOrganisation(const Organisation &org,
                                            const QByteArray &escrowSecretKey) = 0;
    virtual Result<std::optional<Organisation>> organisation(const QString &orgId) = 0;
    virtual Result<QList<Organisation>> organisations() = 0;
    virtual Result<QByteArray>
    escrowSecretKey(const QString &orgId) = 0; // to open sealed outbox entries

    // --- users --------------------------------------------------------------------------------
    virtual Result<void> createUser(const User &user) = 0; // loginName unique server-wide
    virtual Result<std::optional<User>> user(const QString &userId) = 0;
    virtual Result<std::optional<User>> userByLogin(const QString &loginName) = 0;
    virtual Result<QList<User>> usersInOrg(const QString &orgId) = 0;
    virtual Result<void> setPasswordHash(const QString &userId, const QString &passwordHash) = 0;
    // Disabling also revokes every session of the user, office browser sessions too (same
    // transaction).
    virtual Result<void> setUserDisabled(const QString &userId, bool disabled) = 0;

    // --- relationships (all within one organisation; both ends must belong to orgId) -----------
    virtual Result<void> addSupervision(const QString &orgId, const QString &supervisorId,
                                        const QString &workerId) = 0;
    virtual Result<void> removeSupervision(const QString &orgId, const QString &supervisorId,
                                           const QString &workerId) = 0;
    virtual Result<QStringList> supervisedWorkers(const QString &orgId,
                                                  const QString &supervisorId) = 0;

    virtual Result<void> addToCaseload(const QString &orgId, const QString &therapistId,
                                       const QString &personId) = 0;
    virtual Result<void> removeFromCaseload(const QString &orgId, const QString &therapistId,
                                            const QString &personId) = 0;
    virtual Result<QStringList> caseload(const QString &orgId, const QString &therapistId) = 0;

    // A new link starts without consent; record consent with recordConsent().
    virtual Result<void> createFamilyLink(const FamilyLink &link) = 0;
    virtual Result<QList<FamilyLink>> familyLinksForUser(const QString &orgId,
                                                         const QString &familyUserId) = 0;
    virtual Result<QList<FamilyLink>> familyLinksForPerson(const QString &orgId,
                                                           const QString &personId) = 0;
    // Appends to the consent history and sets the link's current state (one transaction).
    virtual Result<void> recordConsent(const QString &orgId, const ConsentEvent &event) = 0;
    virtual Result<QList<ConsentEvent>> consentHistory(const QString &orgId,
                                                       const QString &linkId) = 0;

    // --- devices ------------------------------------------------------------------------------
    virtual Result<void>
    enrolDevice(const Device &device) = 0; // device.orgId must be the user's org
    virtual Result<std::optional<Device>> device(const QString &deviceId) = 0;
    virtual Result<QList<Device>> devicesForUser(const QString &userId) = 0;
    // Revoking also revokes every session bound to the device (same transaction).
    virtual Result<void> revokeDevice(const QString &deviceId, const QDateTime &at) = 0;
    virtual Result<void> touchDevice(const QString &deviceId, const QDateTime &lastSeenAt) = 0;
    // The device's count of unsynced records at `at`. Keeps the latest report only: a report
    // older than the stored one (a slow request overtaken by a later one) changes nothing.
    // With the report's oldest care time and visit ids (each optional; an ill-formed one is an
    // Error).
    virtual Result<void> reportDeviceBacklog(const QString &deviceId, const BacklogReport &report,
                                             const QDateTime &at) = 0;
    Result<void> reportDeviceBacklog(const QString &deviceId, int pendingRecords,
                                     const QDateTime &at)
    {
        return reportDeviceBacklog(deviceId, BacklogReport {pendingRecords, {}, {}}, at);
    }
    // The latest report of every device of the organisation that has reported.
    virtual Result<QList<DeviceBacklog>> deviceBacklogs(const QString &orgId) = 0;
    // The device's clock skew (device - server, ms) measured at `at`; the latest is kept.
    virtual Result<void> reportDeviceClock(const QString &deviceId, qint64 skewMs,
                                           const QDateTime &at) = 0;
    // Every device of the organisation with its last contact, backlog and clock skew.
    virtual Result<QList<DeviceFacts>> deviceFacts(const QString &orgId) = 0;

    // --- sessions (tokens are stored as hashes only) ------------------------------------------
    virtual Result<void> createSession(const Session &session) = 0;
    virtual Result<std::optional<Session>> session(const QByteArray &tokenHash) = 0;
    virtual Result<void> revokeSession(const QByteArray &tokenHash) = 0;
    virtual Result<void> revokeSessionChain(const QString &chainId) = 0;
    virtual Result<void> revokeSessionsForUser(const QString &userId) = 0;
    virtual Result<void> revokeSessionsForDevice(const QString &deviceId) = 0;
    virtual Result<int> deleteExpiredSessions(const QDateTime &now) = 0; // returns how many

    // --- login rate limiting (key = login name, IP address, ... chosen by the caller) ----------
    virtual Result<void> recordLoginFailure(const QString &key, const QDateTime &at) = 0;
    virtual Result<int> loginFailuresSince(const QString &key, const QDateTime &since) = 0;
    virtual Result<void> clearLoginFailures(const QString &key) = 0;

    // --- office console sign-in (browser sessions and their second factor; docs/office.md) ----
    // Replaces the user's second factor (and drops its recovery codes when `totp` is pending).
    virtual Result<void> saveOfficeTotp(const OfficeTotp &totp) = 0;
    virtual Result<std::optional<OfficeTotp>> officeTotp(const QString &userId) = 0;
    // Accepts a code's step once: true when step is newer than the last accepted one (and then
    // records it), false for a replay. Atomic, so two processes cannot both accept one code.
    virtual Result<bool> acceptOfficeTotpStep(const QString &userId, qint64 step) = 0;
    // Forgets the second factor, the recovery codes and ends every office session of the user.
    virtual Result<void> resetOfficeTotp(const QString &userId) = 0;
    // Replaces the user's recovery codes (hashes only).
    virtual Result<void> setOfficeRecoveryCodes(const QString &userId,
                                                const QList<QByteArray> &codeHashes) = 0;
    // Uses an unused code once: true when it was there and unused.
    virtual Result<bool> useOfficeRecoveryCode(const QString &userId, const QByteArray &codeHash,
                                               const QDateTime &at) = 0;
    virtual Result<int> unusedOfficeRecoveryCodes(const QString &userId) = 0;
    virtual Result<void> createOfficeSession(const OfficeSession &session) = 0;
    virtual Result<std::optional<OfficeSession>> officeSession(const QByteArray &tokenHash) = 0;
    virtual Result<void> touchOfficeSession(const QByteArray &tokenHash, const QDateTime &at) = 0;
    virtual Result<void> revokeOfficeSession(const QByteArray &tokenHash) = 0;

    // --- records ------------------------------------------------------------------------------
    // Stores a batch. Each record is validated (core validateRecord), checked against the org
    // (its person must be a person record of ctx.orgId, unless it IS that person record) and
    // applied in its own savepoint inside one transaction, so a rejected record is never
    // half-applied and the rest of the batch still lands. The record id is the idempotency key:
    // same id + same content = Duplicate (with the original seq), same id + different content
    // = Rejected. Accepted records get a new seq and a "record.write" audit entry in the same
    // transaction; visit records also update the rota (VisitAssignment) if they are the latest
    // version. Results are in input order. An Error means nothing of the batch was committed.
    // At most 5,000 records per batch (200,000 when ctx.atomic, for imports).
    // Authorisation (may this user write this record?) is ScopeService's job, before this call.
    virtual Result<QList<PutResult>> putRecords(const PutContext &ctx,
                                                const QList<Record> &records) = 0;
    virtual Result<std::optional<StoredRecord>> record(const QString &orgId,
                                                       const QString &recordId) = 0;
    // Scoped page of records in ascending seq. Never returns a record committed with a seq above
    // the safe watermark (so a concurrent writer's lower seq can never be skipped; see docs).
    virtual Result<RecordPage> queryRecords(const RecordQuery &query) = 0;
    virtual Result<qint64> latestSeq(const QString &orgId) = 0; // safe watermark for that org
    // Persons (ids of person records) of the organisation.
    virtual Result<QStringList> personIds(const QString &orgId) = 0;

    // --- rota (derived from visit records on insert) -------------------------------------------
    // Visits whose plannedStart lies in [from, to); workerId empty = every worker.
    virtual Result<QList<VisitAssignment>> visits(const QString &orgId, const QString &workerId,
                                                  const QDateTime &from, const QDateTime &to) = 0;
    // The rota rows (current versions) of these visits, in no particular order; unknown ids and
    // another organisation's visits are left out. Chunked to fit the backend's parameter limit.
    virtual Result<QList<VisitAssignment>> visitsById(const QString &orgId,
                                                      const QStringList &visitIds) = 0;

    // --- per-device sync memory (backfill and purge bookkeeping, see ScopeService) -----------
    virtual Result<DeviceSyncState>
    deviceSyncState(const QString &deviceId) = 0; // empty state if none
    virtual Result<void> saveDeviceSyncState(const DeviceSyncState &state) = 0; // replaces it

    // --- council notifications outbox (docs/alerts.md) ----------------------------------------
    // The seq up to which the organisation's alerts have been turned into notifications.
    virtual Result<qint64> notificationCursor(const QString &orgId) = 0;
    // One transaction: inserts the notifications whose id is not there yet (a repeat is a no-op)
    // and moves the cursor up to cursorSeq (never down). Returns how many were new.
    virtual Result<int> enqueueNotifications(const QString &orgId,
                                             const QList<CouncilNotification> &notifications,
                                             qint64 cursorSeq) = 0;
    // Undelivered notifications of every organisation whose next attempt is due at `now`,
    // earliest first.
    virtual Result<QList<CouncilNotification>> dueNotifications(const QDateTime &now,
                                                                int limit) = 0;
    // Takes a due notification for one attempt: counts the attempt and sets the next one to
    // retryAt, so a crash during the send retries it then. False when another sender took it
    // first (its next attempt is no longer `due`).
    virtual Result<bool> claimNotification(const QString &id, const QDateTime &due,
                                           const QDateTime &retryAt) = 0;
    // The attempt's end: delivered (deliveredAt valid: no further attempt) or failed (error kept,
    // the retry stays as claimed).
    virtual Result<void> finishNotification(const QString &id, const QDateTime &deliveredAt,
                                            const QString &error) = 0;
    // The organisation's notifications, newest first (delivery state for the office).
    virtual Result<QList<CouncilNotification>> notifications(const QString &orgId, int limit) = 0;

    // --- audit log ----------------------------------------------------------------------------
    virtual Result<void> appendAudit(const QList<AuditEntry> &entries) = 0; // one transaction
    virtual Result<QList<AuditEntry>> queryAudit(const AuditQuery &query) = 0; // newest first
};

} // namespace careround::server
