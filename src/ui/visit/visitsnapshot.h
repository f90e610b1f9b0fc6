#pragma once
// Everything the visit page shows, read from the store in one job and sorted out here: the rota
// visit's current version, its records (raw, with corrections) and events (corrected), the
// person's grab sheet, care plan and file-read sign-offs, and the person's recent history (for
// notes left for the next worker and refusal streaks). Pure, so the sorting is tested.
#include "core/plannedvisit.h"
#include "core/record.h"
#include "personsheet.h"
#include <QDateTime>
#include <QList>
#include <optional>

namespace careround::store {
class RecordRepository;
}

namespace careround::ui {

struct VisitSnapshot
{
    static constexpr int RecentDays = 31; // refusal streaks and handover notes look this far back

    bool found = false;
    PlannedVisit visit;
    Record visitRecord; // current rota version
    QList<Record> visitRecords; // the visit's records but its rota versions, raw (amendments too)
    QList<Record> events; // the same, corrected (correctedrecords.h)
    PersonSheet person;
    std::optional<Record> carePlan; // current version
    QList<Record> fileReads; // every "I have read the file" sign-off for the person
    QList<Record> personRecent; // the person's records since RecentDays ago and this visit's, raw

    // Sorts the records the read job returned.
    static VisitSnapshot fromRecords(const QList<Record> &records, const QString &visitId);
    // The read job: the visit, then the person's file and recent history. `now` bounds "recent".
    static Result<QList<Record>> read(store::RecordRepository &repo, const QString &visitId,
                                      const QDateTime &now);

    // Whether `userId` still has to sign that they have read the file: no sign-off of theirs for
    // the current care plan (or for the person at all, when there is no care plan).
    bool fileReadNeededBy(const QString &userId) const;
};

} // namespace careround::ui
