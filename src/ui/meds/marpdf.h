#pragma once
// The MAR chart printed for a GP or pharmacist: A4 landscape PDF (QPdfWriter + QPainter) with the
// person's name, date of birth, NHS number, allergies and GP, each medicine's name, formulation,
// strength, dose, route, times, instructions and prescriber (NICE NG67), one column per day with
// the outcome's letters and the time, late doses, gaps and conflicts marked, and the legend.
// Pure apart from the file: runs on any thread (the model runs it off the GUI thread).
#include "core/result.h"
#include "core/rules/marchart.h"
#include "marwords.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace careround::ui {

struct MarPdfRequest
{
    MarChart chart;
    MarPersonHeader person;
    QString organisation;
    QString periodText; // "24 November to 30 November 2026"
    QDateTime printedAt;
    QTimeZone zone;
    QSet<QString> flagged; // record ids named by the office's conflict alerts
};

class MarPdf
{
    Q_DECLARE_TR_FUNCTIONS(MarPdf)
public:
    // Writes the PDF to `path` (its folder is made if missing); the number of pages.
    static Result<int> write(const MarPdfRequest &request, const QString &path);
    // "MAR Edith Brown 2026-11-24 to 2026-11-30.pdf" (characters a file name cannot hold dropped)
    static QString fileName(const QString &personName, const QDate &from, const QDate &to);
};

} // namespace careround::ui
