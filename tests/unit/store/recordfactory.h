#pragma once
// Sample records for the store tests, the crash test and bench_store: valid records of several
// types, invalid ones with the field they get wrong, and a generator for a care worker's two years
// of history.
#include "core/record.h"
#include "storetestutil.h"
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace careround::testutil {

QString newId();

enum class RecordShape { Note, CheckIn, CheckOut, Medication, Count };
QString shapeName(RecordShape shape);

// A record that passes validateRecord. text is the free text it carries (a note's text, or the
// notes field of the others); empty person/visit/day get fresh ids and today's date.
Record makeRecord(RecordShape shape, const QString &text, const QString &personId = {},
                  const QString &visitId = {}, const QDate &careDay = {});
// The free text a record made by makeRecord carries.
QString recordText(const Record &record);

struct InvalidRecord
{
    QString description;
    Record record;
    QString field; // the field the validation error must name (prefix)
};
QList<InvalidRecord> invalidRecords();

// Two years of one worker's rounds: days × visits per day × records per visit.
struct HistoryPlan
{
    int days = 730;
    int visitsPerDay = 10;
    int recordsPerVisit = 28;
    QDate firstDay = QDate(2023, 1, 2);
    QStringList people; // the worker's caseload
    static HistoryPlan forTotal(int records);
    QDate dayDate(int dayIndex) const { return firstDay.addDays(dayIndex); }
};
QList<Record> makeDay(const HistoryPlan &plan, int dayIndex);

} // namespace careround::testutil

Q_DECLARE_METATYPE(careround::Record)
