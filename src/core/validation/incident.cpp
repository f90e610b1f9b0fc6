// incident / concern, and alert (raised by the rules, e.g. three refusals in a row)
#include "payloads.h"

namespace careround::validation {

const QStringList &incidentKinds()
{
    static const QStringList list {
        QStringLiteral("accident"),     QStringLiteral("fall"),
        QStringLiteral("safeguarding"), QStringLiteral("medication_error"),
        QStringLiteral("complaint"),    QStringLiteral("hospital_admission"),
        QStringLiteral("death")};
    return list;
}

void checkIncident(FieldCheck &c)
{
    c.choice("kind", incidentKinds());
    c.choice("severity",
             {QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("serious")});
    c.dateTime("occurredAt");
    c.text("description", Required, LongText);
    c.text("actionTaken", Required, LongText);
    knowAuthorFields(c);
    // Phone first, written within 12 hours: each report is its own line.
    c.eachObject("reportedTo", Required, 1, 20, [](FieldCheck &r, int) {
        r.text("who");
        r.choice("how",
                 {QStringLiteral("phone"), QStringLiteral("written"), QStringLiteral("email"),
                  QStringLiteral("in_person")});
        r.dateTime("at");
    });
}

void checkAlert(FieldCheck &c)
{
    c.choice("rule",
             {QStringLiteral("missed_visit"), QStringLiteral("late_visit"),
              QStringLiteral("three_refusals"), QStringLiteral("time_critical_medication"),
              QStringLiteral("medication_not_given"), QStringLiteral("incident"),
              QStringLiteral("spot_check_due"), QStringLiteral("conflict"),
              QStringLiteral("record_refused"), QStringLiteral("no_checkout"),
              QStringLiteral("short_visit"), QStringLiteral("visit_location"),
              QStringLiteral("incident_report_due"), QStringLiteral("reablement_exit_due"),
              QStringLiteral("supervision_due")});
    c.choice("severity",
             {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("urgent")});
    c.text("summary", Required, LongText);
    c.textList("relatedRecordIds", Optional, 0, MaxListItems, MaxIdLength);
    c.id("subjectUserId", Optional); // a worker the alert is about (e.g. spot check due)
}

} // namespace careround::validation
