#pragma once
// A person's current care and support plan (core currentCarePlan): personal outcomes, agreed
// outcomes, SMART goals with baseline, target, measure and due date, and each goal's progress
// (core goalProgress, scores from visits and reablement reviews); at a visit the worker records
// progress against a goal (a score 0–10 and a note → goal.progress, tied to the plan and, when
// the goal belongs to the person's reablement episode, to it too).
#include "core/rules/careplanfold.h"
#include "goallistmodel.h"
#include "ui/person/personfilecontroller.h"
#include <optional>

namespace careround::ui {

class CarePlanController : public careround::ui::PersonFileController // qualified: qmltyperegistrar
                                                                      // needs it for the prototype
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY changed)
    Q_PROPERTY(QString planText READ planText NOTIFY changed)
    Q_PROPERTY(QStringList personalOutcomes READ personalOutcomes NOTIFY changed)
    Q_PROPERTY(QStringList agreedOutcomes READ agreedOutcomes NOTIFY changed)
    Q_PROPERTY(QString specialRequirements READ specialRequirements NOTIFY changed)
    Q_PROPERTY(careround::ui::GoalListModel *goals READ goals CONSTANT)

public:
    static constexpr int HistoryDays = 92; // a quarter of goal history on the device's screens

    explicit CarePlanController(QObject *parent = nullptr);

    bool hasPlan() const { return m_plan.has_value(); }
    QString planText() const; // "Version 3 · review due 1 December 2026"
    QStringList personalOutcomes() const;
    QStringList agreedOutcomes() const;
    QString specialRequirements() const { return m_plan ? m_plan->specialRequirements : QString(); }
    GoalListModel *goals() { return &m_goals; }
    const std::optional<CurrentCarePlan> &plan() const { return m_plan; }

    // At a visit, checked in. Error fields: goalId, score, note.
    Q_INVOKABLE bool recordProgress(const QString &goalId, int score, const QString &note,
                                    bool achieved);

protected:
    store::RecordStore::ReadJob readJob(const QString &personId,
                                        const QDateTime &now) const override;
    void apply(const QList<Record> &records) override;
    void forget() override;

private:
    std::optional<CurrentCarePlan> m_plan;
    QString m_episodeId; // the person's reablement episode, when one is running
    QStringList m_episodeGoalIds;
    GoalListModel m_goals;
};

} // namespace careround::ui
