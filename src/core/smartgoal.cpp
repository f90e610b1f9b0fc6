#include "smartgoal.h"

namespace careround {

SmartGoal SmartGoal::fromJson(const QJsonObject &goal)
{
    const auto text = [&goal](const char *key) {
        return goal.value(QLatin1String(key)).toString();
    };
    return SmartGoal {text("id"),       text("description"),
                      text("baseline"), text("target"),
                      text("measure"),  QDate::fromString(text("dueDate"), Qt::ISODate),
                      text("outcome")};
}

QList<SmartGoal> SmartGoal::listFromJson(const QJsonArray &goals)
{
    QList<SmartGoal> out;
    for (const QJsonValue &g : goals)
        out.append(fromJson(g.toObject()));
    return out;
}

} // namespace careround
