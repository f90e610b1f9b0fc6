// incident / concern, alert (raised by the rules, e.g. three refusals in a row) and the office's
// actions on an alert
#include "core/alertrules.h"
#include "core/rules/alertstate.h"
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
    c.choice("rule", alertrule::all());
    c.choice("severity",
             {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("urgent")});
    c.text("summary", Required, LongText);
    c.textList("relatedRecordIds", Optional, 0, MaxListItems, MaxIdLength);
    c.id("subjectUserId", Optional); // a worker the alert is about (e.g. spot check due)
}

// alert.action: acknowledge, assign (to assigneeUserId) or resolve (with a note saying what was
// done). The alert it acts on and who may act are the server's write rules (scope/writerules.cpp).
void checkAlertAction(FieldCheck &c)
{
    c.id("alertId");
    const QString action = c.choice("action", alertActionNames());
    const QString assignee = c.id("assigneeUserId", Optional);
    const QString note = c.text("note", Optional, AlertNoteMaxLength);
    knowAuthorFields(c);
    if (!c.ok())
        return;
    if (action == QLatin1String(AlertActionName::Assign) && assignee.isEmpty())
        c.fail("assigneeUserId", QStringLiteral("is required to assign an alert"));
    else if (action != QLatin1String(AlertActionName::Assign) && c.has("assigneeUserId"))
        c.fail("assigneeUserId", QStringLiteral("is only for assigning an alert"));
    else if (action == QLatin1String(AlertActionName::Resolve) && note.trimmed().isEmpty())
        c.fail("note", QStringLiteral("is required: say what was done to resolve the alert"));
}

} // namespace careround::validation
