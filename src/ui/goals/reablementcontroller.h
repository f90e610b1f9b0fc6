#pragma once
// A person's reablement episode (core summariseReablementEpisode): start, hospital discharge,
// planned end (at most six weeks), therapist, days left, the reviews done and the next one due,
// hours used against planned, the exit outcome, and each goal's first and latest score against
// its baseline and target — the summary a therapist reads before a review. A therapist (role
// "therapist") records a reablement.review with a score per goal, and can move the planned end
// (a correction of the episode; more than six weeks is refused in words).
#include "core/rules/reablementsummary.h"
#include "goallistmodel.h"
#include "ui/person/personfilecontroller.h"
#include <optional>

namespace careround::ui {

class ReablementWords
{
    Q_DECLARE_TR_FUNCTIONS(ReablementWords)
public:
    // "12 days left", "Last day", "3 days past the planned end", "Ended: independent"
    static QString daysLeft(const ReablementSummary &s);
    static QString exitOutcome(const QString &code); // "Independent", …
    static QString longDate(const QDate &day); // "1 December 2026"
};

class ReablementController
    : public careround::ui::PersonFileController // qualified: qmltyperegistrar needs it for the
                                                 // prototype
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasEpisode READ hasEpisode NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString startText READ startText NOTIFY changed)
    Q_PROPERTY(QString dischargeText READ dischargeText NOTIFY changed)
    Q_PROPERTY(QString plannedEndText READ plannedEndText NOTIFY changed)
    Q_PROPERTY(QString plannedEndDate READ plannedEndDate NOTIFY changed) // "12/01/2027"
    Q_PROPERTY(QString therapistText READ therapistText NOTIFY changed)
    Q_PROPERTY(QString daysLeftText READ daysLeftText NOTIFY changed)
    Q_PROPERTY(QString weekText READ weekText NOTIFY changed)
    Q_PROPERTY(QString hoursText READ hoursText NOTIFY changed)
    Q_PROPERTY(QString nextReviewText READ nextReviewText NOTIFY changed)
    Q_PROPERTY(bool reviewOverdue READ reviewOverdue NOTIFY changed)
    Q_PROPERTY(QString nextReviewKind READ nextReviewKind NOTIFY changed)
    Q_PROPERTY(QStringList reviewLines READ reviewLines NOTIFY changed)
    Q_PROPERTY(QString exitText READ exitText NOTIFY changed)
    Q_PROPERTY(bool isTherapist READ isTherapist NOTIFY changed)
    Q_PROPERTY(careround::ui::GoalListModel *goals READ goals CONSTANT)

public:
    explicit ReablementController(QObject *parent = nullptr);

    bool hasEpisode() const { return m_summary.has_value(); }
    QString errorText() const { return m_error; }
    QString startText() const;
    QString dischargeText() const;
    QString plannedEndText() const;
    QString plannedEndDate() const;
    QString therapistText() const;
    QString daysLeftText() const;
    QString weekText() const; // "Week 3 of 6"
    QString hoursText() const; // "9 hours 30 minutes used of 21 hours planned (12 of 28 visits)"
    QString nextReviewText() const; // "Week 3 review due on Monday 21 December"; "overdue"
    bool reviewOverdue() const;
    QString nextReviewKind() const;
    QStringList reviewLines() const; // "Weekly review on 8 December"
    QString exitText() const;
    bool isTherapist() const;
    bool canRecord() const override; // a therapist, or a worker checked in at a visit
    GoalListModel *goals() { return &m_goals; }
    const std::optional<ReablementSummary> &summary() const { return m_summary; }

    Q_INVOKABLE QVariantList reviewKindChoices() const; // [{code, text}]
    // scores: [{goalId, score (0–10, -1 = not scored), comment}]. Therapists only.
    Q_INVOKABLE bool recordReview(const QString &kind, const QVariantList &scores,
                                  const QString &summary);
    // A new planned end (as typed: 12/01/2027). Therapists only; at most six weeks from the start.
    Q_INVOKABLE bool changePlannedEnd(const QString &date, const QString &reason);

protected:
    store::RecordStore::ReadJob readJob(const QString &personId,
                                        const QDateTime &now) const override;
    void apply(const QList<Record> &records) override;
    void forget() override;
    void refold() override;

private:
    QList<Record> m_records;
    std::optional<Record> m_episode; // the original record (corrections amend it)
    QJsonObject m_episodePayload; // as it stands
    std::optional<ReablementSummary> m_summary;
    QString m_error;
    GoalListModel m_goals;
};

} // namespace careround::ui
