#pragma once
// Records checked against the record rules and turned into the bytes of their rows, on whichever
// thread makes them, so the store's single writer only binds and inserts. Only prepare() makes a
// non-empty one: a write that takes it has been validated.
#include "core/record.h"
#include "core/result.h"
#include "recordrow.h"
#include <QList>

namespace careround::store {

class PreparedRecords
{
public:
    PreparedRecords() = default;
    // Fails on the first record the rules refuse, naming it "records[i].field".
    static Result<PreparedRecords> prepare(QList<Record> records);

    const QList<Record> &records() const { return m_records; }
    const QList<RecordRow> &rows() const { return m_rows; }
    qsizetype size() const { return m_records.size(); }

private:
    QList<Record> m_records;
    QList<RecordRow> m_rows;
};

} // namespace careround::store
