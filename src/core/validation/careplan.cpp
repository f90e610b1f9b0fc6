// careplan: outcomes, SMART goals, risk assessments, tasks per visit type.
#include "payloads.h"

namespace careround::validation {

void checkSmartGoal(FieldCheck &g)
{
    g.id("id");
    g.text("description", Required, LongText);
    g.text("baseline", Required, LongText);
    g.text("target", Required, LongText);
    g.text("measure", Required, LongText);
    g.date("dueDate");
    g.id("outcome", Optional); // id of the personal outcome it serves
}

void checkCarePlan(FieldCheck &c)
{
    c.integer("version", 1, 100000, Optional);
    const auto outcome = [](FieldCheck &o, int) {
        o.id("id", Optional);
        o.text("text", Required, LongText);
    };
    c.eachTextOrObject("personalOutcomes", "text", Required, 1, outcome);
    c.eachTextOrObject("agreedOutcomes", "text", Optional, 0, outcome);
    QStringList goalIds;
    c.eachObject("goals", Optional, 0, 100, [&goalIds](FieldCheck &g, int) {
        checkSmartGoal(g);
        const QString id = g.json().value(QStringLiteral("id")).toString();
        if (goalIds.contains(id))
            g.fail("id", QStringLiteral("is used by another goal in this plan"));
        goalIds.append(id);
    });
    c.eachTextOrObject("risks", "description", Optional, 0, [](FieldCheck &r, int) {
        r.text("description", Required, LongText);
        r.choice("level", {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")},
                 Optional);
        r.text("controls", Optional, LongText);
        r.date("reviewDate", Optional);
    });
    c.object("tasksByVisitType", Optional, [](FieldCheck &t) {
        for (auto it = t.json().begin(); it != t.json().end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            t.textList(key.constData(), Required, 0);
        }
    });
    c.text("specialRequirements", Optional, LongText);
    c.date("reviewDate", Optional);
    c.date("statutoryReviewDate", Optional);
}

} // namespace careround::validation
