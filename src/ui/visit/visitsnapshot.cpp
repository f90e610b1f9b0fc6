#include "visitsnapshot.h"

#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include "ui/common/correctedrecords.h"
#include "visitpresence.h"
#include <QSet>

namespace careround::ui {

Result<QList<Record>> VisitSnapshot::read(store::RecordRepository &repo, const QString &visitId,
                                          const QDateTime &now)
{
    auto visitRecords = repo.forVisit(visitId);
    if (!visitRecords)
        return visitRecords.error();
    QList<Record> out = visitRecords.value();
    const Record *current = currentVisitVersion(out, visitId);
    if (!current)
        return out;
    const QString personId = current->personId;
    // Medication orders: the doses this visit must give (the check-out review).
    for (const char *type : {RecordType::Person, RecordType::CarePlan, RecordType::VisitFileRead,
                             RecordType::MedicationOrder}) {
        auto file = repo.personFile(personId, QString::fromLatin1(type));
        if (!file)
            return file.error();
        out += std::move(file).value();
    }
    auto recent = repo.forPersonSince(personId, now.addDays(-RecentDays));
    if (!recent)
        return recent.error();
    out += std::move(recent).value();
    return out;
}

VisitSnapshot VisitSnapshot::fromRecords(const QList<Record> &records, const QString &visitId)
{
    VisitSnapshot s;
    QList<Record> unique;
    QSet<QString> seen;
    for (const Record &r : records) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            unique.append(r);
        }
    }
    const Record *current = currentVisitVersion(unique, visitId);
    if (!current)
        return s;
    auto planned = PlannedVisit::fromRecord(*current);
    if (!planned)
        return s;
    s.found = true;
    s.visit = std::move(planned).value();
    s.visitRecord = *current;
    const QString personId = s.visit.personId;
    for (const Record &r : std::as_const(unique)) {
        if (r.visitId == visitId && r.type != QLatin1String(RecordType::Visit))
            s.visitRecords.append(r);
        if (r.personId != personId)
            continue;
        if (r.type == QLatin1String(RecordType::VisitFileRead))
            s.fileReads.append(r);
        s.personRecent.append(r);
    }
    s.events = correctedRecords(s.visitRecords);
    const Record *person =
        PersonSheets::latest(unique, personId, QLatin1String(RecordType::Person));
    s.person = person ? PersonSheets::fromRecord(*person) : PersonSheets::unknown(personId);
    if (const Record *plan =
            PersonSheets::latest(unique, personId, QLatin1String(RecordType::CarePlan)))
        s.carePlan = *plan;
    // A withdrawn sign-off does not count.
    s.fileReads = correctedRecords(s.fileReads + [&] {
        QList<Record> amendments;
        for (const Record &r : std::as_const(unique)) {
            if (r.type == QLatin1String(RecordType::Amendment) && r.personId == personId)
                amendments.append(r);
        }
        return amendments;
    }());
    return s;
}

bool VisitSnapshot::fileReadNeededBy(const QString &userId) const
{
    for (const Record &r : fileReads) {
        if (r.authorUserId != userId)
            continue;
        if (!carePlan || r.payload.value(QLatin1String("carePlanId")).toString() == carePlan->id)
            return false;
    }
    return true;
}

} // namespace careround::ui
