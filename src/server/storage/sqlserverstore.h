#pragma once
// ServerStore written once over sql::Connection, so both backends run the very same logic and
// differ only in connection handling, DDL and how record writes are serialised:
//   embedded  - one SQLCipher writer connection and two readers (sql::SqliteConnection);
//   postgres  - a pool of libpq connections (sql::PgPool), per-organisation advisory lock.
#include "groupcommit.h"
#include "serverstore.h"
#include "sql/connectionprovider.h"
#include <QHash>
#include <QMutex>
#include <memory>

namespace careround::server {

class SqlServerStore final : public ServerStore
{
public:
    explicit SqlServerStore(std::unique_ptr<sql::ConnectionProvider> provider);

    Result<StoreHealth> health() override;

    Result<void> createOrganisation(const Organisation &org,
                                    const QByteArray &escrowSecretKey) override;
    Result<std::optional<Organisation>> organisation(const QString &orgId) override;
    Result<QList<Organisation>> organisations() override;
    Result<QByteArray> escrowSecretKey(const QString &orgId) override;

    Result<void> createUser(const User &user) override;
    Result<std::optional<User>> user(const QString &userId) override;
    Result<std::optional<User>> userByLogin(const QString &loginName) override;
    Result<QList<User>> usersInOrg(const QString &orgId) override;
    Result<void> setPasswordHash(const QString &userId, const QString &passwordHash) override;
    Result<void> setUserDisabled(const QString &userId, bool disabled) override;

    Result<void> addSupervision(const QString &orgId, const QString &supervisorId,
                                const QString &workerId) override;
    Result<void> removeSupervision(const QString &orgId, const QString &supervisorId,
                                   const QString &workerId) override;
    Result<QStringList> supervisedWorkers(const QString &orgId,
                                          const QString &supervisorId) override;
    Result<void> addToCaseload(const QString &orgId, const QString &therapistId,
                               const QString &personId) override;
    Result<void> removeFromCaseload(const QString &orgId, const QString &therapistId,
                                    const QString &personId) override;
    Result<QStringList> caseload(const QString &orgId, const QString &therapistId) override;
    Result<void> createFamilyLink(const FamilyLink &link) override;
    Result<QList<FamilyLink>> familyLinksForUser(const QString &orgId,
                                                 const QString &familyUserId) override;
    Result<QList<FamilyLink>> familyLinksForPerson(const QString &orgId,
                                                   const QString &personId) override;
    Result<void> recordConsent(const QString &orgId, const ConsentEvent &event) override;
    Result<QList<ConsentEvent>> consentHistory(const QString &orgId,
                                               const QString &linkId) override;

    Result<void> enrolDevice(const Device &device) override;
    Result<std::optional<Device>> device(const QString &deviceId) override;
    Result<QList<Device>> devicesForUser(const QString &userId) override;
    Result<void> revokeDevice(const QString &deviceId, const QDateTime &at) override;
    Result<void> touchDevice(const QString &deviceId, const QDateTime &lastSeenAt) override;
    using ServerStore::reportDeviceBacklog;
    Result<void> reportDeviceBacklog(const QString &deviceId, const BacklogReport &report,
                                     const QDateTime &at) override;
    Result<QList<DeviceBacklog>> deviceBacklogs(const QString &orgId) override;
    Result<void> reportDeviceClock(const QString &deviceId, qint64 skewMs,
                                   const QDateTime &at) override;
    Result<QList<DeviceFacts>> deviceFacts(const QString &orgId) override;

    Result<void> createSession(const Session &session) override;
    Result<std::optional<Session>> session(const QByteArray &tokenHash) override;
    Result<void> revokeSession(const QByteArray &tokenHash) override;
    Result<void> revokeSessionChain(const QString &chainId) override;
    Result<void> revokeSessionsForUser(const QString &userId) override;
    Result<void> revokeSessionsForDevice(const QString &deviceId) override;
    Result<int> deleteExpiredSessions(const QDateTime &now) override;

    Result<void> recordLoginFailure(const QString &key, const QDateTime &at) override;
    Result<int> loginFailuresSince(const QString &key, const QDateTime &since) override;
    Result<void> clearLoginFailures(const QString &key) override;

    Result<void> saveOfficeTotp(const OfficeTotp &totp) override;
    Result<std::optional<OfficeTotp>> officeTotp(const QString &userId) override;
    Result<bool> acceptOfficeTotpStep(const QString &userId, qint64 step) override;
    Result<void> resetOfficeTotp(const QString &userId) override;
    Result<void> setOfficeRecoveryCodes(const QString &userId,
                                        const QList<QByteArray> &codeHashes) override;
    Result<bool> useOfficeRecoveryCode(const QString &userId, const QByteArray &codeHash,
                                       const QDateTime &at) override;
    Result<int> unusedOfficeRecoveryCodes(const QString &userId) override;
    Result<void> createOfficeSession(const OfficeSession &session) override;
    Result<std::optional<OfficeSession>> officeSession(const QByteArray &tokenHash) override;
    Result<void> touchOfficeSession(const QByteArray &tokenHash, const QDateTime &at) override;
    Result<void> revokeOfficeSession(const QByteArray &tokenHash) override;

    Result<QList<PutResult>> putRecords(const PutContext &ctx,
                                        const QList<Record> &records) override;
    Result<std::optional<StoredRecord>> record(const QString &orgId,
                                               const QString &recordId) override;
    Result<RecordPage> queryRecords(const RecordQuery &query) override;
    Result<qint64> latestSeq(const QString &orgId) override;
    Result<QStringList> personIds(const QString &orgId) override;
    Result<QList<VisitAssignment>> visits(const QString &orgId, const QString &workerId,
                                          const QDateTime &from, const QDateTime &to) override;
    Result<QList<VisitAssignment>> visitsById(const QString &orgId,
                                              const QStringList &visitIds) override;

    Result<DeviceSyncState> deviceSyncState(const QString &deviceId) override;
    Result<void> saveDeviceSyncState(const DeviceSyncState &state) override;

    Result<qint64> notificationCursor(const QString &orgId) override;
    Result<int> enqueueNotifications(const QString &orgId,
                                     const QList<CouncilNotification> &notifications,
                                     qint64 cursorSeq) override;
    Result<QList<CouncilNotification>> dueNotifications(const QDateTime &now, int limit) override;
    Result<bool> claimNotification(const QString &id, const QDateTime &due,
                                   const QDateTime &retryAt) override;
    Result<void> finishNotification(const QString &id, const QDateTime &deliveredAt,
                                    const QString &error) override;
    Result<QList<CouncilNotification>> notifications(const QString &orgId, int limit) override;

    Result<void> appendAudit(const QList<AuditEntry> &entries) override;
    Result<QList<AuditEntry>> queryAudit(const AuditQuery &query) override;

private:
    // Runs `work` with a leased session inside one transaction (committed when work succeeds).
    template<typename T, typename Work>
    Result<T> inTransaction(bool write, Work &&work);

    struct PutJob
    {
        PutContext ctx;
        QList<Record> records;
    };
    using PutGroup = GroupCommit<PutJob, QList<PutResult>>;
    Result<QList<QList<PutResult>>>
    putBatches(const QList<PutJob> &jobs); // one organisation, one transaction
    PutGroup &putGroupFor(const QString &orgId);

    std::unique_ptr<sql::ConnectionProvider> m_provider;
    // Group commit: concurrent reads' audit entries share a transaction, and so do concurrent
    // pushes of one organisation (on PostgreSQL: one advisory lock per organisation and group).
    GroupCommit<QList<AuditEntry>, bool> m_audit;
    QMutex m_putGroupsMutex;
    QHash<QString, std::shared_ptr<PutGroup>> m_putGroups;
};

} // namespace careround::server
