#pragma once
// A deterministic demo organisation (but for its password, random per install) written through
// ServerStore (works on both backends): coordinator, supervisor (supervising every worker), care
// workers, a therapist, a family member with consent, people with UK names/addresses/postcodes and
// valid NHS numbers, care plans with SMART goals, medication orders (incl. a PRN and a
// time-critical one) and a rota.
#include "core/result.h"
#include "server/storage/serverstore.h"

namespace careround::server {

struct DemoOptions
{
    QString organisationName = QStringLiteral("Kentish Weald Home Care (demo)");
    int people = 40; // 1..5000
    int workers = 8; // 1..3000
    int days = 14; // rota days from startDay, 1..90
    // Same seed + options = same organisation (ids differ: UUIDv7). The password never comes
    // from the seed: each generation draws its own from the CSPRNG.
    quint64 seed = 1;
    QDate startDay; // invalid = today (UTC)
    QString loginPrefix; // prepended to login names so several demo orgs can coexist
    // Calls of the first day that ended before this moment are recorded as delivered (check-in
    // and check-out by their workers, at the home), so a demo opened mid-day looks like a round
    // in progress rather than a morning of missed calls. Invalid = no history (tests).
    QDateTime deliveredBefore;
};

struct DemoLogin
{
    QString loginName;
    QString password; // random per generation, the same for every login of one demo
    Role role = Role::CareWorker;
    QString displayName;
};

struct DemoResult
{
    Organisation organisation;
    QList<DemoLogin> logins; // coordinator first
    int people = 0;
    int visits = 0;
    int records = 0; // records stored
};

class DemoGenerator
{
public:
    explicit DemoGenerator(ServerStore &store);
    Result<DemoResult> generate(const DemoOptions &options);

private:
    ServerStore &m_store;
};

} // namespace careround::server
