#include "schema.h"
#include "sql/connection.h"

namespace careround::server::schema {

namespace {

// %1 = auto-increment key column type, %2 = 64-bit integer type.
const char *const Tables = R"SQL(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organisations (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, escrow_public TEXT NOT NULL,
    escrow_secret TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id), role TEXT NOT NULL,
    display_name TEXT NOT NULL, login_name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS users_org ON users (org_id);
CREATE TABLE IF NOT EXISTS supervision (
    org_id TEXT NOT NULL, supervisor_id TEXT NOT NULL, worker_id TEXT NOT NULL,
    PRIMARY KEY (supervisor_id, worker_id));
CREATE TABLE IF NOT EXISTS caseload (
    org_id TEXT NOT NULL, therapist_id TEXT NOT NULL, person_id TEXT NOT NULL,
    PRIMARY KEY (therapist_id, person_id));
CREATE TABLE IF NOT EXISTS family_links (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL, family_user_id TEXT NOT NULL, person_id TEXT NOT NULL,
    relationship TEXT NOT NULL, consent_active INTEGER NOT NULL DEFAULT 0, consent_changed_at TEXT);
CREATE INDEX IF NOT EXISTS family_links_user ON family_links (family_user_id);
CREATE INDEX IF NOT EXISTS family_links_person ON family_links (person_id);
CREATE TABLE IF NOT EXISTS consent_events (
    id %1, link_id TEXT NOT NULL, org_id TEXT NOT NULL, given INTEGER NOT NULL, at TEXT NOT NULL,
    recorded_by TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS consent_events_link ON consent_events (link_id, id);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, org_id TEXT NOT NULL, public_key TEXT NOT NULL,
    label TEXT NOT NULL, enrolled_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,
    revoked_at TEXT, last_seen_at TEXT);
CREATE INDEX IF NOT EXISTS devices_user ON devices (user_id);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT NOT NULL, device_id TEXT NOT NULL,
    chain_id TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);
CREATE INDEX IF NOT EXISTS sessions_device ON sessions (device_id);
CREATE INDEX IF NOT EXISTS sessions_chain ON sessions (chain_id);
CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);
CREATE TABLE IF NOT EXISTS login_failures (id %1, key TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures (key, at);
CREATE TABLE IF NOT EXISTS persons (id TEXT PRIMARY KEY, org_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS persons_org ON persons (org_id);
CREATE TABLE IF NOT EXISTS records (
    seq %1, id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL, type TEXT NOT NULL, person_id TEXT,
    visit_id TEXT, care_day TEXT, audience TEXT, body TEXT NOT NULL, received_at TEXT NOT NULL,
    pushed_by TEXT NOT NULL, pushed_from TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_org_seq ON records (org_id, seq);
CREATE INDEX IF NOT EXISTS records_person_seq ON records (org_id, person_id, seq);
CREATE TABLE IF NOT EXISTS visits (
    visit_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, person_id TEXT NOT NULL,
    planned_start TEXT NOT NULL, duration_minutes INTEGER NOT NULL, worker_ids TEXT NOT NULL,
    record_id TEXT NOT NULL, hlc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS visits_org_start ON visits (org_id, planned_start);
CREATE TABLE IF NOT EXISTS visit_workers (
    visit_id TEXT NOT NULL, worker_id TEXT NOT NULL, org_id TEXT NOT NULL, planned_start TEXT NOT NULL,
    PRIMARY KEY (visit_id, worker_id));
CREATE INDEX IF NOT EXISTS visit_workers_worker ON visit_workers (worker_id, planned_start);
CREATE TABLE IF NOT EXISTS device_sync (device_id TEXT PRIMARY KEY, high_water_seq %2 NOT NULL);
CREATE TABLE IF NOT EXISTS device_persons (
    device_id TEXT NOT NULL, person_id TEXT NOT NULL, backfill_up_to %2 NOT NULL,
    purging INTEGER NOT NULL, PRIMARY KEY (device_id, person_id));
CREATE TABLE IF NOT EXISTS device_entry_codes (
    device_id TEXT NOT NULL, person_id TEXT NOT NULL, backfill_up_to %2 NOT NULL,
    PRIMARY KEY (device_id, person_id));
CREATE TABLE IF NOT EXISTS device_backlog (
    device_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, pending_records INTEGER NOT NULL,
    reported_at TEXT NOT NULL, pending_since TEXT, pending_visits TEXT);
CREATE INDEX IF NOT EXISTS device_backlog_org ON device_backlog (org_id);
CREATE TABLE IF NOT EXISTS device_clock (
    device_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, skew_ms %2 NOT NULL, measured_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id %1, org_id TEXT NOT NULL, actor_user_id TEXT NOT NULL, device_id TEXT NOT NULL,
    action TEXT NOT NULL, person_id TEXT NOT NULL, record_id TEXT NOT NULL, at TEXT NOT NULL,
    detail TEXT NOT NULL, record_ids TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS audit_person ON audit (org_id, person_id, at);
CREATE INDEX IF NOT EXISTS audit_actor ON audit (org_id, actor_user_id, at);
CREATE INDEX IF NOT EXISTS audit_record ON audit (org_id, record_id);
CREATE TABLE IF NOT EXISTS office_totp (
    user_id TEXT PRIMARY KEY, sealed_secret TEXT NOT NULL, confirmed INTEGER NOT NULL,
    last_step %2 NOT NULL, enrolment_hash TEXT NOT NULL, enrolment_expires_at TEXT,
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS office_recovery_codes (
    user_id TEXT NOT NULL, code_hash TEXT NOT NULL, used_at TEXT, PRIMARY KEY (user_id, code_hash));
CREATE TABLE IF NOT EXISTS office_sessions (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, org_id TEXT NOT NULL, created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS office_sessions_user ON office_sessions (user_id);
CREATE TABLE IF NOT EXISTS council_outbox (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL, alert_id TEXT NOT NULL, channel TEXT NOT NULL,
    payload TEXT NOT NULL, created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT, delivered_at TEXT, last_error TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS council_outbox_due ON council_outbox (next_attempt_at);
CREATE INDEX IF NOT EXISTS council_outbox_org ON council_outbox (org_id, created_at);
CREATE TABLE IF NOT EXISTS council_outbox_cursor (org_id TEXT PRIMARY KEY, after_seq %2 NOT NULL);
)SQL";

} // namespace

QString sqliteDdl()
{
    return QString::fromUtf8(Tables).arg(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                                         QStringLiteral("INTEGER"));
}

QString postgresDdl()
{
    return QString::fromUtf8(Tables).arg(QStringLiteral("BIGSERIAL PRIMARY KEY"),
                                         QStringLiteral("BIGINT"));
}

Result<void> migrate(sql::Connection &connection, const QString &ddl)
{
    if (auto r = connection.execScript(ddl); !r)
        return r;
    auto version =
        connection.query(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!version)
        return version.error();
    if (version.value().isEmpty()) {
        auto r = connection.exec(
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"),
            {QString::number(Version)});
        return r ? Result<void> {} : Result<void> {r.error()};
    }
    const qint64 found = version.value().first().int64(0);
    if (found > Version)
        return Error {QStringLiteral("schema"),
                      QStringLiteral("the database was written by a newer CareRound server")};
    if (found < 2) { // same statement in both dialects
        if (auto r = connection.execScript(
                QStringLiteral("ALTER TABLE audit ADD COLUMN record_ids TEXT NOT NULL DEFAULT ''"));
            !r)
            return r;
    }
    if (found < 3) { // what a device said about its unsent records (NULL: not said)
        if (auto r = connection.execScript(
                QStringLiteral("ALTER TABLE device_backlog ADD COLUMN pending_since TEXT;\n"
                               "ALTER TABLE device_backlog ADD COLUMN pending_visits TEXT;"));
            !r)
            return r;
    }
    if (found == Version)
        return {};
    auto r =
        connection.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                        {QString::number(Version)});
    return r ? Result<void> {} : Result<void> {r.error()};
}

} // namespace careround::server::schema
