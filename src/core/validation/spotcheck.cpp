// spotcheck (observed practice) and spotcheck.ack (the worker's acknowledgement)
#include "payloads.h"

namespace careround::validation {

const QStringList &spotCheckItems()
{
    static const QStringList list {
        QStringLiteral("arrival_on_time"),       QStringLiteral("id_badge"),
        QStringLiteral("hygiene_ppe"),           QStringLiteral("dignity_choice"),
        QStringLiteral("medication_competence"), QStringLiteral("moving_handling"),
        QStringLiteral("record_keeping")};
    return list;
}

void checkSpotCheck(FieldCheck &c)
{
    c.id("supervisorUserId");
    const QString worker = c.id("workerUserId");
    if (c.ok() && worker == c.json().value(QStringLiteral("supervisorUserId")).toString())
        c.fail("workerUserId", QStringLiteral("must differ from supervisorUserId"));
    c.known({"refusalReason", "checklist", "outcome", "actions"}); // which ones depends on consent
    c.known({"workerName"}); // the observed worker's name as the rota gave it
    knowAuthorFields(c);
    const bool consent = c.boolean("consentGiven");
    if (!c.ok())
        return;
    if (!consent) {
        // No observation without consent: the refusal and its reason are the record.
        c.text("refusalReason", Required, LongText);
        if (c.has("checklist"))
            c.fail("checklist", QStringLiteral("must be left out when the person did not consent"));
        return;
    }
    bool anyNotMet = false;
    QStringList seen;
    c.eachObject("checklist", Required, 1, spotCheckItems().size(), [&](FieldCheck &item, int) {
        const QString name = item.choice("item", spotCheckItems());
        if (item.ok() && seen.contains(name))
            item.fail("item", QStringLiteral("is listed twice"));
        seen.append(name);
        const QString result = item.choice(
            "result",
            {QStringLiteral("met"), QStringLiteral("not_met"), QStringLiteral("not_applicable")});
        anyNotMet = anyNotMet || result == QLatin1String("not_met");
        item.text("comment", result == QLatin1String("not_met") ? Required : Optional, LongText);
    });
    c.choice("outcome",
             {QStringLiteral("satisfactory"), QStringLiteral("needs_improvement"),
              QStringLiteral("unsatisfactory")});
    const int actions = c.eachObject("actions", Optional, 0, 50, [](FieldCheck &a, int) {
        a.text("description", Required, LongText);
        a.date("dueDate");
    });
    if (c.ok() && anyNotMet && actions == 0)
        c.fail("actions",
               QStringLiteral("at least one action is required when a checklist item is not met"));
}

void checkSpotCheckAck(FieldCheck &c)
{
    c.id("spotCheckId");
    c.text("comment", Optional, LongText);
    knowAuthorFields(c);
}

} // namespace careround::validation
