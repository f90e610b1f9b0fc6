#pragma once
// RAII transaction: rolls back unless commit() succeeded. Writes use Immediate (takes the write
// lock at BEGIN, so a busy database fails fast at the start rather than at the first write); a
// reader that needs one consistent snapshot across several queries uses Deferred.
#include "database.h"

namespace careround::sql {

class Transaction
{
public:
    enum class Kind { Immediate, Deferred };

    static Result<Transaction> begin(Database &db, Kind kind = Kind::Immediate)
    {
        const auto sql = kind == Kind::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("BEGIN DEFERRED");
        if (auto r = db.exec(sql); !r)
            return r.error();
        return Transaction(&db);
    }

    Transaction(Transaction &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
    { }
    Transaction &operator=(Transaction &&other) noexcept
    {
        if (this != &other) {
            rollback();
            m_db = std::exchange(other.m_db, nullptr);
        }
        return *this;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction() { rollback(); }

    bool isActive() const { return m_db != nullptr; }

    Result<void> commit()
    {
        if (!m_db)
            return Error {QStringLiteral("database"),
                          QStringLiteral("no active transaction to commit")};
        auto r = m_db->exec(QStringLiteral("COMMIT"));
        if (r)
            m_db = nullptr;
        // On failure the transaction is still open; the destructor (or rollback()) ends it.
        return r;
    }

    void rollback()
    {
        if (m_db) {
            (void)m_db->exec(QStringLiteral("ROLLBACK"));
            m_db = nullptr;
        }
    }

private:
    explicit Transaction(Database *db)
        : m_db(db)
    { }
    Database *m_db = nullptr;
};

} // namespace careround::sql
