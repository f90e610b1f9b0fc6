#pragma once
// What a person's page reads from the store in one job, and how it is sorted out: the person's
// name and grab sheet, the communication book (entries, acknowledgements, their corrections),
// incidents, the alerts the device holds about the person, and the visits delivered (summaries on
// a family member's device). Only these types are read, so a person with two years of visit
// events is not decoded in full. Pure apart from read(), so the sorting is tested.
#include "core/record.h"
#include "core/result.h"
#include "ui/visit/personsheet.h"
#include <QList>
#include <QStringList>

namespace careround::store {
class RecordRepository;
}

namespace careround::ui {

struct PersonRecords
{
    PersonSheet person;
    QList<Record> commbook; // entries, acknowledgements, amendments of entries
    QList<Record> incidents; // incidents and their amendments
    QList<Record> alerts;
    QList<Record> visitSummaries;
    bool any = false; // the device holds something of this person

    static const QStringList &types(); // what read() asks the store for
    static Result<QList<Record>> read(store::RecordRepository &repo, const QString &personId);
    static PersonRecords fromRecords(const QList<Record> &records, const QString &personId);
    // Records of `types` from `fromCareDay` on (any person), followed by the person file of
    // everyone named by a record of `namedBy`: lists that show people by name.
    static Result<QList<Record>> ofTypesWithNames(store::RecordRepository &repo,
                                                  const QStringList &types,
                                                  const QDate &fromCareDay, const QString &namedBy);
};

} // namespace careround::ui
