#include "alertwords.h"

#include "ui/common/uichoices.h"

namespace careround::ui {

namespace {

const auto translate = [](const char *text) {
    return AlertWords::tr(text);
};

constexpr CodeWords Rules[] = {
    {"missed_visit", QT_TRANSLATE_NOOP("AlertWords", "Missed visit")},
    {"late_visit", QT_TRANSLATE_NOOP("AlertWords", "Late visit")},
    {"three_refusals", QT_TRANSLATE_NOOP("AlertWords", "Refused at three visits in a row")},
    {"time_critical_medication", QT_TRANSLATE_NOOP("AlertWords", "Time-critical medicine")},
    {"medication_not_given", QT_TRANSLATE_NOOP("AlertWords", "Medicine not given")},
    {"incident", QT_TRANSLATE_NOOP("AlertWords", "Incident reported")},
    {"spot_check_due", QT_TRANSLATE_NOOP("AlertWords", "Spot check due")},
    {"conflict", QT_TRANSLATE_NOOP("AlertWords", "Records that disagree")},
    {"record_refused", QT_TRANSLATE_NOOP("AlertWords", "A phone's record was refused")},
    {"no_checkout", QT_TRANSLATE_NOOP("AlertWords", "No check-out")},
    {"short_visit", QT_TRANSLATE_NOOP("AlertWords", "Visit much shorter than planned")},
    {"visit_location",
     QT_TRANSLATE_NOOP("AlertWords", "Check-in away from home or with no location")},
    {"incident_report_due", QT_TRANSLATE_NOOP("AlertWords", "Written incident report overdue")},
    {"reablement_exit_due", QT_TRANSLATE_NOOP("AlertWords", "Reablement ending with no outcome")},
    {"supervision_due", QT_TRANSLATE_NOOP("AlertWords", "Supervision due")},
};
constexpr CodeWords Severities[] = {
    {"info", QT_TRANSLATE_NOOP("AlertWords", "For information")},
    {"warning", QT_TRANSLATE_NOOP("AlertWords", "Warning")},
    {"urgent", QT_TRANSLATE_NOOP("AlertWords", "Urgent")},
};

} // namespace

QString AlertWords::ruleWords(const QString &rule)
{
    const QString words = wordsOf(Rules, rule, translate);
    return words.isEmpty() ? tr("Alert") : words;
}

QString AlertWords::severityWords(const QString &severity)
{
    return wordsOf(Severities, severity, translate);
}

int AlertWords::tone(const QString &severity)
{
    if (severity == QLatin1String("urgent"))
        return 2;
    if (severity == QLatin1String("warning"))
        return 1;
    return 0;
}

} // namespace careround::ui
