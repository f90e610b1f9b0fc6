#include "personrecords.h"

#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include <QSet>

namespace careround::ui {

const QStringList &PersonRecords::types()
{
    static const QStringList list {
        QString::fromLatin1(RecordType::Person),
        QString::fromLatin1(RecordType::CommbookEntry),
        QString::fromLatin1(RecordType::CommbookAck),
        QString::fromLatin1(RecordType::Amendment),
        QString::fromLatin1(RecordType::Incident),
        QString::fromLatin1(RecordType::Alert),
        QString::fromLatin1(RecordType::VisitSummary),
    };
    return list;
}

Result<QList<Record>> PersonRecords::read(store::RecordRepository &repo, const QString &personId)
{
    return repo.forPersonOfTypes(personId, types());
}

PersonRecords PersonRecords::fromRecords(const QList<Record> &records, const QString &personId)
{
    PersonRecords out;
    out.person = PersonSheets::unknown(personId);
    QList<Record> people;
    QSet<QString> seen;
    for (const Record &r : records) {
        if (r.personId != personId || seen.contains(r.id))
            continue;
        seen.insert(r.id);
        out.any = true;
        const QString amended = r.payload.value(QLatin1String("amendedType")).toString();
        if (r.type == QLatin1String(RecordType::Person))
            people.append(r);
        else if (r.type == QLatin1String(RecordType::CommbookEntry)
                 || r.type == QLatin1String(RecordType::CommbookAck)
                 || amended == QLatin1String(RecordType::CommbookEntry))
            out.commbook.append(r);
        else if (r.type == QLatin1String(RecordType::Incident)
                 || amended == QLatin1String(RecordType::Incident))
            out.incidents.append(r);
        else if (r.type == QLatin1String(RecordType::Alert))
            out.alerts.append(r);
        else if (r.type == QLatin1String(RecordType::VisitSummary))
            out.visitSummaries.append(r);
    }
    if (const Record *current =
            PersonSheets::latest(people, personId, QLatin1String(RecordType::Person)))
        out.person = PersonSheets::fromRecord(*current);
    return out;
}

Result<QList<Record>> PersonRecords::ofTypesWithNames(store::RecordRepository &repo,
                                                      const QStringList &types,
                                                      const QDate &fromCareDay,
                                                      const QString &namedBy)
{
    auto found = repo.ofTypesFromDay(types, fromCareDay);
    if (!found)
        return found.error();
    QList<Record> out = found.value();
    QSet<QString> people;
    for (const Record &r : std::as_const(out)) {
        if (r.type == namedBy)
            people.insert(r.personId);
    }
    for (const QString &person : std::as_const(people)) {
        auto file = repo.personFile(person, QString::fromLatin1(RecordType::Person));
        if (!file)
            return file.error();
        out += file.value();
    }
    return out;
}

} // namespace careround::ui
