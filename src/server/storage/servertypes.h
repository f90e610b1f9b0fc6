#pragma once
// Plain data the server stores: tenants, users, links, devices, sessions, audit, records.
// Ids are UUIDv7 text (careround::newUuid7) unless stated otherwise.
#include "core/record.h"
#include "core/result.h"
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace careround::server {

enum class Role { CareWorker, Supervisor, Coordinator, FamilyMember, Therapist };
QString roleName(Role role); // "care_worker", "supervisor", ...
std::optional<Role> roleFromName(const QString &name); // inverse of roleName; nullopt if unknown

struct Organisation
{
    QString id;
    QString name;
    QByteArray
        escrowPublicKey; // crypto_box public key (32 bytes); devices seal outbox entries to it
    QDateTime createdAt;
};

struct User
{
    QString id;
    QString orgId;
    Role role = Role::CareWorker;
    QString displayName; // "Amira Khan"; the first word is the "first name" shown to families
    QString loginName; // unique across the whole server (login needs no organisation)
    QString passwordHash; // crypto_pwhash_str output (Argon2id), never the password
    bool disabled = false;
    QDateTime createdAt;
};

struct FamilyLink
{
    QString id;
    QString orgId;
    QString familyUserId;
    QString personId;
    QString relationship; // "daughter", "advocate", ...
    bool consentActive = false; // the person's current consent (from the latest ConsentEvent)
    QDateTime consentChangedAt;
};

struct ConsentEvent
{
    QString linkId;
    bool given = false; // true: consent given; false: withdrawn
    QDateTime at;
    QString recordedByUserId; // the coordinator who recorded it
    QString note; // how it was obtained / why withdrawn
};

struct Device
{
    QString id;
    QString userId;
    QString orgId;
    QByteArray publicKey; // Ed25519 public key (32 bytes)
    QString label; // "Pixel 7 of A. Khan"
    QDateTime enrolledAt;
    bool revoked = false;
    QDateTime revokedAt;
    QDateTime lastSeenAt;
};

// What a device last said about its outbox (header CareRound-Pending-Records), and when it was
// last in contact: the office does not call a visit missed while the worker's device is known
// to hold unsynced records.
// What a device says about its unsent records on a request (CareRound-Pending-Records,
// -Pending-Since, -Pending-Visits; docs/protocol.md).
struct BacklogReport
{
    int pendingRecords = 0;
    QDateTime pendingSince; // care time of the oldest unsent record; invalid = not said
    std::optional<QStringList> visitIds; // every visit of the unsent records; nullopt = not said
    bool operator==(const BacklogReport &) const = default;
};

struct DeviceBacklog
{
    QString deviceId;
    QString userId;
    QString orgId;
    int pendingRecords = 0; // unsynced local records, as the device counted them
    QDateTime pendingSince; // the oldest of them (device time); invalid = not reported
    std::optional<QStringList> pendingVisitIds; // their visits; nullopt = not reported
    QDateTime reportedAt; // when it said so
    QDateTime lastSeenAt; // its last authenticated contact (touchDevice), may be older
    bool revoked = false;
    QDateTime lastContact() const
    {
        return lastSeenAt.isValid() && lastSeenAt > reportedAt ? lastSeenAt : reportedAt;
    }
};

// One device of an organisation as the office's devices report shows it: its last contact, its
// outbox as last reported, and how far its clock was from the server's when last measured
// (CareRound-Device-Time): a phone whose clock is wrong writes records the server refuses.
struct DeviceFacts
{
    QString deviceId;
    QString userId;
    QString label;
    QDateTime enrolledAt;
    QDateTime lastSeenAt;
    bool revoked = false;
    std::optional<int> pendingRecords; // as last reported
    QDateTime pendingReportedAt;
    std::optional<qint64> clockSkewMs; // device - server, last measured
    QDateTime clockMeasuredAt;
};

enum class TokenKind { Access, Refresh };

struct Session
{
    QByteArray
        tokenHash; // hash of the bearer token (the token itself is never stored); primary key
    TokenKind kind = TokenKind::Access;
    QString userId;
    QString deviceId; // may be empty for browser/CLI sessions
    QString chainId; // refresh-rotation chain: a replayed (revoked) refresh token revokes the chain
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool revoked = false;
};

// An office account's second factor (docs/office.md). The TOTP secret is stored sealed with a
// key the store never sees (auth/totpsealer), so a read of the database alone cannot mint codes.
struct OfficeTotp
{
    QString userId;
    QByteArray sealedSecret; // opaque to the store
    bool confirmed = false; // false: enrolment offered, waiting for its first code
    qint64 lastUsedStep = 0; // the newest 30 s step whose code was accepted (no replay)
    QByteArray enrolmentHash; // hash of the token that may confirm a pending enrolment
    QDateTime enrolmentExpiresAt;
    QDateTime createdAt;
};

// A browser sign-in to the office console: the cookie's token is stored as its hash only.
struct OfficeSession
{
    QByteArray tokenHash; // primary key
    QString userId;
    QString orgId;
    QDateTime createdAt; // the absolute timeout runs from here
    QDateTime lastSeenAt; // the idle timeout runs from here
    bool revoked = false;
};

struct AuditEntry
{
    qint64 id = 0; // assigned by the store
    QString orgId;
    QString actorUserId;
    QString deviceId;
    QString action; // "record.read", "record.write", "record.reject", "login", "user.create", ...
    QString personId; // empty when not about a person
    QString recordId; // the one record it is about; empty when none or when grouped
    QDateTime at;
    QString detail; // short free text (reason, counts)
    // A grouped entry: every record of `personId` that one request read or wrote (recordId
    // empty). Only record ids (lower-case UUIDv7) are grouped, so matching one is exact.
    QStringList recordIds;
    // recordId and recordIds together: the records this entry is about.
    QStringList coveredRecordIds() const
    {
        return recordId.isEmpty() ? recordIds : QStringList {recordId} + recordIds;
    }
};

// One audit entry per person for the records one request read or wrote: `base` with personId,
// recordIds (in the order given) and, as detail, the distinct record types. One row instead of one
// per record: the per-record rows (three indexes each) cost a county-sized day half its time.
struct AuditedRecord
{
    QString personId;
    QString id;
    QString type;
};
QList<AuditEntry> auditGroupedByPerson(const AuditEntry &base, const QList<AuditedRecord> &records);

struct AuditQuery
{
    QString orgId; // required
    QString personId; // filters; empty = any
    QString actorUserId;
    QString recordId; // matches an entry about that record, grouped entries included
    QString action;
    QDateTime from, to; // invalid = open
    int limit = 1000;
};

// A rota visit as extracted from the latest version of a visit record (office-owned type).
struct VisitAssignment
{
    QString visitId;
    QString orgId;
    QString personId;
    QDateTime plannedStart; // UTC
    int durationMinutes = 0;
    QStringList workerIds;
    QString recordId; // the visit record version this row comes from
};

// A record as the server holds it: the client's envelope plus server-side facts.
struct StoredRecord
{
    qint64 seq = 0; // server sequence number: unique, increasing in commit order
    QString orgId;
    QDateTime receivedAt;
    Record record;
};

// A stored record left undecoded: its canonical JSON exactly as accepted (RecordCodec::encode of
// the validated record) and the columns a pull needs to audit it. Pulls serve these bytes as they
// are instead of decoding and re-encoding every record.
struct StoredBody
{
    qint64 seq = 0;
    QString id;
    QString personId; // empty when the record is about no person
    QString type;
    QByteArray body;
};

struct PutContext
{
    QString orgId; // the tenant the batch belongs to (from the authenticated user)
    QString actorUserId; // who pushed (audited)
    QString deviceId; // from which device (audited); may be empty for imports
    QDateTime receivedAt; // server time of receipt
    bool atomic = false; // imports: if ANY record is rejected, nothing of the batch is kept
                         // (the others then report Rejected with field "batch")
};

enum class PutStatus { Accepted, Duplicate, Rejected };
QString putStatusName(PutStatus status); // "accepted", "duplicate", "rejected"

struct PutResult
{
    QString recordId;
    PutStatus status = PutStatus::Rejected;
    qint64 seq = 0; // the record's seq when accepted or duplicate
    Error error; // why, when rejected (field + message)
};

// Scoped read of records: what pullRecords/ScopeService turns a user's scope into.
// A record matches when ALL given conditions hold.
struct RecordQuery
{
    QString orgId; // required: never crosses organisations
    qint64 afterSeq = 0; // exclusive
    qint64 upToSeq = 0; // inclusive upper bound; 0 = the store's safe watermark
    int limit = 500; // 1..5000
    bool allPersons = false; // true: every record of the org (incl. records without a person)
    QStringList personIds; // when !allPersons: only these persons' records
    QStringList types; // non-empty: only these record types
    QString audience; // non-empty: records whose payload has "audience" must equal it
    QDate windowFrom, windowTo; // valid: careDay must lie in [from, to] ...
    QStringList windowExemptTypes; // ... except for these types (current office-owned records)
    // Backfill after a scope grew: records with seq <= highWaterSeq are returned only for the
    // persons listed here, and only up to their own seq bound. highWaterSeq < 0 disables it.
    qint64 highWaterSeq = -1;
    QHash<QString, qint64> backfillUpTo; // personId -> max seq still owed to the device
    // A type served only for some people (entry codes: only while a visit lets the user hold
    // them); gatedBackfillUpTo: those newly let through, owed that type up to their own bound.
    QString gatedType;
    QStringList gatedTypePersons;
    QHash<QString, qint64> gatedBackfillUpTo;
    QStringList visitIds; // non-empty: only records of these visits (at most 500)
    bool bodiesOnly = false; // fill RecordPage::bodies (undecoded) instead of records
    // > 0: the page ends once its stored bodies reach this many bytes (never before its first
    // record), so a page of large records stays small enough for a phone to take.
    qint64 maxBytes = 0;
};

struct RecordPage
{
    QList<StoredRecord> records; // ascending seq
    QList<StoredBody> bodies; // the same page undecoded, when RecordQuery::bodiesOnly
    qint64 nextAfterSeq = 0; // cursor to save after applying this page
    bool more = false; // another page is ready now
};

// Server-side memory of what one device holds, used for backfill and purges (see ScopeService).
struct DevicePersonState
{
    QString personId;
    qint64 backfillUpTo = 0; // >0: the device still lacks this person's records with seq <= it
    bool purging = false; // the device was told to purge this person and has not confirmed
};

// A person whose entry codes the device is let to hold (a visit of theirs assigned to the user
// is near: scopepull.cpp).
struct DeviceEntryCodesState
{
    QString personId;
    qint64 backfillUpTo = 0; // >0: the device still lacks their entry codes with seq <= it
};

struct DeviceSyncState
{
    QString deviceId;
    qint64 highWaterSeq = 0; // the largest cursor the device has acknowledged (sent as afterSeq)
    QList<DevicePersonState> persons;
    QList<DeviceEntryCodesState> entryCodes; // by person id
};

struct StoreHealth
{
    QString backend; // "embedded" or "postgres"
    int schemaVersion = 0;
    qint64 latestSeq = 0;
};

// One message to the commissioning council in the durable outbox (docs/alerts.md, "Council
// notifications"). The id is the idempotency key: the alert's id and the channel, so a second
// enqueue of the same alert (another pass, another process) is a no-op.
struct CouncilNotification
{
    QString id; // "<alertId>:<channel>"
    QString orgId;
    QString alertId;
    QString channel; // "email" or "webhook"
    QByteArray payload; // the notice as JSON (core/rules/councilnotices.h)
    QDateTime createdAt;
    int attempts = 0; // sends started
    QDateTime nextAttemptAt; // invalid once delivered
    QDateTime deliveredAt; // invalid until delivered
    QString lastError; // of the latest failed attempt
};

} // namespace careround::server
