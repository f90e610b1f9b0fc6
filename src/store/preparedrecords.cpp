#include "preparedrecords.h"
#include "core/recordvalidation.h"

namespace careround::store {

Result<PreparedRecords> PreparedRecords::prepare(QList<Record> records)
{
    PreparedRecords prepared;
    prepared.m_rows.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (auto valid = validateRecord(records.at(i)); !valid)
            return Error {QStringLiteral("records[%1].%2").arg(i).arg(valid.error().field),
                          valid.error().message};
        prepared.m_rows.append(RecordRow::from(records.at(i)));
    }
    prepared.m_records = std::move(records);
    return prepared;
}

} // namespace careround::store
