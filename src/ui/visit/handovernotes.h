#pragma once
// Notes for the next worker ("visit.note" with forNextWorker) are shown at the next visit: the
// notes of the person's previous visit — the latest other visit with events recorded before
// `before` — corrected, oldest first. A note written three visits ago was for the worker two visits
// ago.
#include "core/record.h"
#include <QDateTime>
#include <QList>

namespace careround::ui {

// `personRecent`: the person's corrected recent records.
QList<Record> notesForNextWorker(const QList<Record> &personRecent, const QString &visitId,
                                 const QDateTime &before);

} // namespace careround::ui
