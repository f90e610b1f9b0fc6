#pragma once
// Internals shared by the SqlServerStore implementation files.
#include "sql/connection.h"
#include "sqlserverstore.h"
#include "sqlvalues.h"

namespace careround::server {

inline Error storageError(const QString &message)
{
    return Error {QStringLiteral("storage"), message};
}

template<typename T, typename Work>
Result<T> SqlServerStore::inTransaction(bool write, Work &&work)
{
    auto lease = m_provider->acquire(write);
    if (!lease)
        return lease.error();
    sql::Connection &session = *lease.value();
    auto tx = sql::Transaction::begin(session, write);
    if (!tx)
        return tx.error();
    Result<T> result = work(session);
    if (!result)
        return result; // the transaction rolls back
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
}

namespace rows {
User user(const sql::Row &row); // columns: see userColumns
Device device(const sql::Row &row); // columns: see deviceColumns
FamilyLink familyLink(const sql::Row &row); // columns: see familyLinkColumns
QString userColumns();
QString deviceColumns();
QString familyLinkColumns();
} // namespace rows

// One-row lookups used by several files.
Result<std::optional<User>> findUser(sql::Connection &session, const QString &userId);
Result<bool> personInOrg(sql::Connection &session, const QString &orgId, const QString &personId);
Result<void> insertAudit(sql::Connection &session,
                         const QList<AuditEntry> &entries); // multi-row, chunked
Result<void> revokeSessionsWhere(sql::Connection &session, const QString &column,
                                 const QString &value);

} // namespace careround::server
