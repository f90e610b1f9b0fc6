#pragma once
// The ServerStore contract: every test runs once per backend (global data rows "embedded" and
// "postgres"), each on a fresh store.
#include "storetestsupport.h"
#include <QObject>
#include <QtTest>

class ServerStoreContractTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    // tenants and access (tst_serverstore_contract.cpp)
    void healthReportsBackendAndSchema();
    void organisationsAreCreatedAndReadBack();
    void organisationInputIsChecked_data();
    void organisationInputIsChecked();
    void usersHaveUniqueLoginsAndBelongToAnOrganisation();
    void userInputIsChecked_data();
    void userInputIsChecked();
    void disablingAUserRevokesItsSessions();
    void supervisionAndCaseloadCheckRolesAndOrganisation();
    void familyLinksStartWithoutConsentAndKeepItsHistory();
    void devicesEnrolAndRevocationEndsTheirSessions();
    void sessionsAreFoundByHashAndRevokedByChain();
    void expiredSessionsAreDeleted();
    void loginFailuresAreCountedPerKeyAndWindow();
    void auditIsAppendedAndQueriedPerOrganisation();
    void groupedAuditEntriesMatchEachRecordExactly();

    // records (tst_serverstore_contract_records.cpp)
    void putAssignsIncreasingSeqAndAuditsWrites();
    void putIsIdempotentByRecordId();
    void putRejectsBadRecords_data();
    void putRejectsBadRecords();
    void rejectedRecordIsNeverHalfApplied();
    void atomicBatchStoresNothingWhenOneRecordIsRejected();
    void queryFiltersByPersonTypeWindowAndAudience();
    void queryPagesFollowTheCursor();
    void queryBelowHighWaterReturnsOnlyOwedPeople();
    void queryNeverCrossesOrganisations();
    void rotaFollowsTheLatestVisitVersion();
    void deviceSyncStateRoundTrips();
    void concurrentWritersNeverLetAPullSkipARecord();

    // devices and rota (tst_serverstore_contract_devices.cpp)
    void deviceBacklogKeepsTheLatestReportPerDevice();
    void cancelledVisitAssignsNobody();
    void concurrentPushesEachGetTheirOwnAnswers();

    // office console sign-in (tst_serverstore_contract_office.cpp)
    void officeTotpStepIsAcceptedOnce();
    void officeRecoveryCodesAreSingleUse();
    void officeSessionsAreTouchedRevokedAndEndWithTheUser();

    // council notifications outbox (tst_serverstore_contract_outbox.cpp)
    void outboxEnqueueIsIdempotentAndMovesTheCursor();
    void outboxClaimTakesARowOnceAndSchedulesItsRetry();

private:
    careround::server::test::TestStore m_store;
};
