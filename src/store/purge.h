#pragma once
// Removing records the device may no longer hold (sync's purge instructions): every record of the
// listed people, history before a cut-off day, and entry codes once their visit is over. An unsent
// record (one with an outbox entry) is never deleted: what the worker recorded leaves the device
// before anything else happens to it. Synchronous on one connection; RecordStore::purge runs it on
// the writer thread.
#include "core/result.h"
#include <QDate>
#include <QStringList>
#include <optional>

namespace careround::sql {
class Database;
}

namespace careround::store {

struct PurgeRequest
{
    QStringList personIds; // delete every record of these people
    QDate historyBefore; // when valid: delete records of an earlier care day...
    QStringList keptTypes; // ...except these types (the office's: person, care plan, ...)
    // When set: delete the entry codes (person.entrycodes) of everyone but these people.
    std::optional<QStringList> entryCodesFor;
};

struct PurgeOutcome
{
    int deleted = 0;
    QStringList purgedPersonIds; // listed people of whom nothing is left on the device
    QStringList keptPersonIds; // listed people with unsent records still held
};

// Runs in one transaction of its own.
Result<PurgeOutcome> purgeRecords(sql::Database &db, const PurgeRequest &request);

} // namespace careround::store
