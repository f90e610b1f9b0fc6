#pragma once
// Typed view of a SMART goal, as care plans and reablement episodes carry them (payload "goals").
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace careround {

struct SmartGoal
{
    QString id;
    QString description, baseline, target, measure; // words, as agreed with the person
    QDate dueDate;
    QString outcomeId; // the personal outcome it serves, if any

    static SmartGoal fromJson(const QJsonObject &goal);
    static QList<SmartGoal> listFromJson(const QJsonArray &goals);
};

} // namespace careround
