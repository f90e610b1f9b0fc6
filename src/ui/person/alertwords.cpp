#include "alertwords.h"

#include "core/alertrules.h"
#include "ui/common/uichoices.h"

namespace careround::ui {

namespace {

const auto translate = [](const char *text) {
    return AlertWords::tr(text);
};

constexpr CodeWords Rules[] = {
    {alertrule::MissedVisit, QT_TRANSLATE_NOOP("AlertWords", "Missed visit")},
    {alertrule::LateVisit, QT_TRANSLATE_NOOP("AlertWords", "Late visit")},
    {alertrule::ThreeRefusals, QT_TRANSLATE_NOOP("AlertWords", "Refused at three visits in a row")},
    {alertrule::TimeCriticalMedication, QT_TRANSLATE_NOOP("AlertWords", "Time-critical medicine")},
    {alertrule::MedicationNotGiven, QT_TRANSLATE_NOOP("AlertWords", "Medicine not given")},
    {alertrule::Incident, QT_TRANSLATE_NOOP("AlertWords", "Incident reported")},
    {alertrule::SpotCheckDue, QT_TRANSLATE_NOOP("AlertWords", "Spot check due")},
    {alertrule::Conflict, QT_TRANSLATE_NOOP("AlertWords", "Records that disagree")},
    {alertrule::RecordRefused, QT_TRANSLATE_NOOP("AlertWords", "A phone's record was refused")},
    {alertrule::NoCheckOut, QT_TRANSLATE_NOOP("AlertWords", "No check-out")},
    {alertrule::ShortVisit, QT_TRANSLATE_NOOP("AlertWords", "Visit much shorter than planned")},
    {alertrule::VisitLocation,
     QT_TRANSLATE_NOOP("AlertWords", "Check-in away from home or with no location")},
    {alertrule::IncidentReportDue,
     QT_TRANSLATE_NOOP("AlertWords", "Written incident report overdue")},
    {alertrule::ReablementExitDue,
     QT_TRANSLATE_NOOP("AlertWords", "Reablement ending with no outcome")},
    {alertrule::SupervisionDue, QT_TRANSLATE_NOOP("AlertWords", "Supervision due")},
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
