#pragma once
// Saving a screen's records: queues them for a durable save on the store's writer thread, counts
// what is in flight (busy) and reports once, when every record of the batch is committed or one
// failed. forget() drops the answers still to come (the session locked, another person opened).
// Shared by the communication book, incident, spot-check and acknowledgement controllers.
#include "core/record.h"
#include "core/result.h"
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace careround::store {
class RecordStore;
}

namespace careround::ui {

class RecordSaver : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<Error> &problem)>;

    explicit RecordSaver(QObject *parent = nullptr);

    // False (nothing queued) without a store or records.
    bool save(store::RecordStore *store, const QList<Record> &records, Done done);
    bool busy() const { return m_inFlight > 0; }
    void forget() { ++m_generation; }

signals:
    void busyChanged();

private:
    int m_inFlight = 0;
    int m_generation = 0;
};

} // namespace careround::ui
