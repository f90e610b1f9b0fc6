#include "refusalalerts.h"

#include "core/rules/refusals.h"

namespace careround::ui {

QStringList RefusalAlerts::warnings(const QList<Record> &personRecords, const QString &personName)
{
    QStringList lines;
    for (const RefusalStreak &streak : refusalStreaks(personRecords)) {
        if (!needsRefusalAlert(streak))
            continue;
        const bool medication = streak.subject.startsWith(QLatin1String("medication:"));
        const QString what = medication
            ? tr("a medicine") // the eMAR names it on its own page
            : QStringLiteral("\u201c%1\u201d").arg(streak.subject.mid(5));
        //: e.g. "Edith refused “personal care” at 3 visits in a row"
        lines.append(tr("%1 refused %2 at %n visit(s) in a row", nullptr, streak.consecutiveVisits)
                         .arg(personName, what));
    }
    return lines;
}

} // namespace careround::ui
