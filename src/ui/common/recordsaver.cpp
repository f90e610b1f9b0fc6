#include "recordsaver.h"

#include "store/recordstore.h"
#include "store/whenfinished.h"
#include <memory>

namespace careround::ui {

RecordSaver::RecordSaver(QObject *parent)
    : QObject(parent)
{ }

bool RecordSaver::save(store::RecordStore *store, const QList<Record> &records, Done done)
{
    if (!store || records.isEmpty())
        return false;
    const int generation = m_generation;
    auto remaining = std::make_shared<int>(int(records.size()));
    auto problem = std::make_shared<std::optional<Error>>();
    for (const Record &record : records) {
        ++m_inFlight;
        whenFinished(store->save(record), this, [=, this](const Result<void> &result) {
            --m_inFlight;
            if (!result && !*problem)
                *problem = result.error();
            if (--*remaining == 0 && generation == m_generation)
                done(*problem);
            emit busyChanged();
        });
    }
    emit busyChanged();
    return true;
}

} // namespace careround::ui
