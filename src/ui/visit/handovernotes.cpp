#include "handovernotes.h"

#include "core/recordtypes.h"
#include <algorithm>

namespace careround::ui {

namespace {

bool isVisitEvent(const Record &r)
{
    return !r.visitId.isEmpty() && r.type != QLatin1String(RecordType::Visit)
        && r.type != QLatin1String(RecordType::Alert)
        && r.type != QLatin1String(RecordType::Amendment);
}

} // namespace

QList<Record> notesForNextWorker(const QList<Record> &personRecent, const QString &visitId,
                                 const QDateTime &before)
{
    const qint64 limit = before.toMSecsSinceEpoch();
    const Record *latest = nullptr;
    for (const Record &r : personRecent) {
        if (isVisitEvent(r) && r.visitId != visitId && r.hlc.wallMs < limit
            && (!latest || latest->hlc < r.hlc))
            latest = &r;
    }
    QList<Record> notes;
    if (!latest)
        return notes;
    const QString previous = latest->visitId;
    for (const Record &r : personRecent) {
        if (r.visitId == previous && r.type == QLatin1String(RecordType::VisitNote)
            && r.payload.value(QLatin1String("forNextWorker")).toBool())
            notes.append(r);
    }
    std::sort(notes.begin(), notes.end(),
              [](const Record &a, const Record &b) { return a.hlc < b.hlc; });
    return notes;
}

} // namespace careround::ui
