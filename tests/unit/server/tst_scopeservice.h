#pragma once
// ScopeService on both backends (global data rows "embedded" and "postgres"): who sees what
// (every role, consent, other organisations), purge and backfill when the scope changes
// (tst_scopeservice.cpp), write authorisation, the read audit and object checks
// (tst_scopeservice_access.cpp).
#include "server/scope/scopeservice.h"
#include "storetestsupport.h"
#include "testrecords.h"
#include <QSet>
#include <QtTest>

namespace scopetest {

using namespace careround;
using namespace careround::server;

struct World
{
    test::TestOrg t;
    QString alice, bob, carol, dave; // rota: alice→worker today, bob→worker2 tomorrow,
                                     // carol→worker in 10 days; dave on the therapist's caseload
    Record aliceVisit, aliceOldNote, aliceRecentNote, alicePlan, aliceMeds, familyEntry, teamEntry,
        aliceCheckOut, bobNote, carolNote, daveNote;
    QString familyLinkId;
    QString alicePersonRecordId; // her person record: its name is all the family view sends
};

inline QSet<QString> idSet(const QList<StoredRecord> &records)
{
    QSet<QString> ids;
    for (const StoredRecord &r : records)
        ids.insert(r.record.id);
    return ids;
}

} // namespace scopetest

class ScopeServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup() { m_store.close(); }

    void careWorkerSeesRotaPeopleWithRecentHistory();
    void supervisorSeesTheirWorkersPeople();
    void coordinatorSeesTheWholeOrganisationOnly();
    void therapistSeesTheirCaseload();
    void familySeesSharedEntriesAndVisitSummariesWhileConsentIsActive();
    void consentWithdrawalPurgesTheLinkedPerson();
    void consentGivenAgainRestoresTheLinkedPerson();
    void commbookReachesEachRoleAsItsLinksAllow(); // tst_scopeservice_commbook.cpp
    void rotaChangePurgesOldPeopleAndBackfillsNewOnes();
    void freshCursorStartsAgainFromScratch();
    void aPageAskedForAheadIsSentAgainUntilApplied();
    void pushIsAuthorisedPerRecord_data();
    void pushIsAuthorisedPerRecord();
    void pullIsAuditedForEveryRecord();
    void revokedDeviceAndDisabledUserCannotSync();
    void canReadPersonFollowsScope_data();
    void canReadPersonFollowsScope();
    // tst_scopeservice_entrycodes.cpp
    void entryCodesReachTheAssignedWorkerOnlyNearTheVisit();
    void entryCodesNeverReachOtherRoles();
    void entryCodesAreSentWhenTheVisitNearsAndPurgedAfter();

private:
    careround::Result<scopetest::World> makeWorld(const QString &prefix);
    QList<careround::server::StoredRecord> pullAll(careround::server::ScopeService &scope,
                                                   const careround::server::User &user,
                                                   const careround::server::Device &device,
                                                   qint64 &cursor,
                                                   careround::server::PurgeList *purge = nullptr);
    // pullAll at a given time; *purge is the last page's list.
    QList<careround::server::StoredRecord> pullAllAt(careround::server::ScopeService &scope,
                                                     const careround::server::User &user,
                                                     const careround::server::Device &device,
                                                     qint64 &cursor, const QDateTime &now,
                                                     careround::server::PurgeList *purge);

    careround::server::test::TestStore m_store;
    QDateTime m_now;
};
