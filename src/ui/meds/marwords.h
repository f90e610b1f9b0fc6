#pragma once
// How the MAR chart (core buildMarChart) reads on screen and on paper: a cell's short words
// ("Given", "Refused", "Missing", "2 records"), its full words when tapped, the row's heading,
// and the person's header for the printed chart. Conflicts come from the slot (two records) and
// from the office's `conflict` alerts naming a cell's record. Tested in tst_marchart_ui.
#include "core/record.h"
#include "core/rules/marchart.h"
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace careround::ui {

struct MarPersonHeader
{
    QString name, dateOfBirth, nhsNumber, allergies, gp; // allergies "None recorded" when none
    static MarPersonHeader
    fromRecord(const Record *person); // null: the person is not on the device
};

class MarWords
{
    Q_DECLARE_TR_FUNCTIONS(MarWords)
public:
    // Record ids named by the office's conflict alerts (not withdrawn).
    static QSet<QString> conflictRecordIds(const QList<Record> &records);
    static bool conflict(const MarCell &cell, const QSet<QString> &flagged);
    static QString cellShort(const MarCell &cell, const QSet<QString> &flagged); // grid text
    // "Tuesday 24 November, 08:00: Given by Amira Khan at 08:05 (late: …)".
    static QString cellDetail(const MarRow &row, const MarCell &cell, const QSet<QString> &flagged,
                              const QHash<QString, QString> &names, const QTimeZone &zone);
    static int cellTone(const MarCell &cell, const QSet<QString> &flagged); // VisitWords::Tone
    static QString rowTime(const MarRow &row); // "08:00" or "As needed"
    // The order's lines for the printed chart: dose and route, times, instructions, prescriber
    // and dates (PRN: the protocol).
    static QStringList orderLines(const MarRow &row);
    static QString dayLabel(const QDate &day); // "Tue 24"
};

} // namespace careround::ui
