#pragma once
// Who may see and write what, computed per user on the server, and the scoped sync operations
// built on it. The HTTP layer calls THIS for push, pull and purge (never ServerStore::putRecords
// or queryRecords directly), and canReadPerson() for object-level checks on other endpoints.
//
// Scope rules (docs/server-storage.md):
//   care worker  - people with a visit assigned to them from yesterday to 7 days ahead; their
//                  records with careDay in [today-28, today+7], plus every office-owned record
//                  (person, care plan, medication order) of those people whatever its date;
//   supervisor   - the union of their supervised workers' scopes, plus their own rota;
//   coordinator  - the whole organisation, no window;
//   therapist    - people on their caseload, all records;
//   family       - their linked people with ACTIVE consent only: commbook entries with audience
//                  "family" and summaries of delivered visits (date/time, worker's first name).
// Thread-safe: holds no state besides the store reference.
#include "core/result.h"
#include "server/storage/serverstore.h"
#include <QDateTime>
#include <QHash>

namespace careround::server {

// A pull page ends once its records reach this many bytes as stored (a record is at most 1 MiB,
// so a page holds at least one): what a phone inflates stays bounded whatever the records' size
// (docs/protocol.md, "Pull page size").
inline constexpr qint64 kMaxPullPageBytes = 4 * 1024 * 1024;

struct Scope
{
    QString orgId;
    QString userId;
    Role role = Role::CareWorker;
    bool wholeOrganisation = false; // coordinator
    QStringList personIds; // sorted; empty for a coordinator (means all)
    QDate windowFrom, windowTo; // invalid = no window
    QStringList windowExemptTypes; // office-owned types kept whatever their date
    bool familyView = false; // only family-shared entries and delivered-visit summaries
    // People whose entry codes (person.entrycodes) this user's devices may hold now, each with
    // the visit that lets them: assigned to the user, planned to start within 24 h or under way
    // (until 6 h after its planned end). Nobody else's devices receive entry codes by sync.
    QHash<QString, VisitAssignment> entryCodeVisits;
    bool contains(const QString &personId) const
    {
        return wholeOrganisation || personIds.contains(personId);
    }
};

// What a device must delete. Persons: every local record of these people. historyBefore (valid
// for windowed roles): records of kept people whose careDay is before it, except office-owned ones.
struct PurgeList
{
    QStringList personIds;
    QDate historyBefore;
    // The only people whose entry codes the device may keep: it deletes every other person's.
    QStringList entryCodesFor;
    bool isEmpty() const { return personIds.isEmpty() && !historyBefore.isValid(); }
};

struct PullPage
{
    QList<StoredRecord> records; // ascending seq; for family users, derived/filtered records
    qint64 nextAfterSeq = 0; // save after applying; MAY be lower than the afterSeq sent, when
                             // the scope grew and older records of new people are owed
    bool more = false; // ask again at once with nextAfterSeq
    PurgeList purge; // apply before (or with) the records, then confirmPurged()
};

// The same page undecoded, as ApiServer serves it: each record's canonical JSON as stored (for
// family users the derived view, encoded).
struct EncodedPullPage
{
    QList<StoredBody> records; // ascending seq
    QString orgId; // of every record of the page
    qint64 nextAfterSeq = 0;
    bool more = false;
    PurgeList purge;
};

class ScopeService
{
public:
    explicit ScopeService(ServerStore &store);

    Result<Scope> scopeFor(const QString &userId, const QDateTime &now);
    // Object-level check for a person (same org, in scope; family: active consent). Never errors
    // for another organisation's ids: answers false.
    Result<bool> canReadPerson(const QString &userId, const QString &personId,
                               const QDateTime &now);
    // Object-level check for one stored record: its person readable (above), and for entry codes
    // the user a coordinator or let to hold them now (Scope::entryCodeVisits).
    Result<bool> canReadRecord(const QString &userId, const Record &record, const QDateTime &now);

    // Authorises each record for the user and device (author and device must be theirs, person
    // in their write scope, type allowed for the role), then stores the allowed ones with
    // ServerStore::putRecords. Unauthorised records come back Rejected with the reason; results
    // are in input order. An empty deviceId is the office console in a browser (the user's
    // session is the proof): its records may name any device id, audited with none.
    Result<QList<PutResult>> push(const QString &userId, const QString &deviceId,
                                  const QList<Record> &records, const QDateTime &now);
    // The same rules for the office console: the browser session's user writes with no device
    // (the records name the console as their device; audited with an empty device id).
    Result<QList<PutResult>> pushFromConsole(const QString &userId, const QList<Record> &records,
                                             const QDateTime &now);

    // One page of in-scope records after the cursor, undecoded; audits every record returned as
    // read (one "record.read" entry per person of the page naming its records); updates the
    // device's held-person set (backfill for people new to the scope, purge for people who left
    // it). limit is clamped to 1..5000.
    // appliedSeq is the cursor the device has durably applied, when it asks for the next page
    // while still applying the last one (protocol 2: afterSeq is that page's next_after); -1
    // means afterSeq itself (protocol 1). Only the applied cursor is acknowledged (high-water
    // mark, settled backfill), so a device that never applies the page in flight loses nothing.
    Result<EncodedPullPage> pullEncoded(const QString &userId, const QString &deviceId,
                                        qint64 afterSeq, qint64 appliedSeq, int limit,
                                        const QDateTime &now);
    // pullEncoded with each record decoded.
    Result<PullPage> pull(const QString &userId, const QString &deviceId, qint64 afterSeq,
                          int limit, const QDateTime &now, qint64 appliedSeq = -1);

    // The purges the device owes right now (people it holds that left its scope; history cutoff).
    Result<PurgeList> purgeListFor(const QString &userId, const QString &deviceId,
                                   const QDateTime &now);
    // The device confirms it deleted these people: they are forgotten from its held set.
    Result<void> confirmPurged(const QString &deviceId, const QStringList &personIds);

private:
    Result<QList<PutResult>> pushAuthorised(const User &user, const QString &deviceId,
                                            const QList<Record> &records, const QDateTime &now);
    ServerStore &m_store;
};

} // namespace careround::server
