#pragma once
// The eMAR at a visit (issue 6): the doses this visit gives and the person's as-needed (PRN)
// medicines (visitdoses.h), and recording an outcome for each as a medication.administration
// record made by this device's user, saved through the store (and so the outbox).
//
// Before saving: the outcome's reason when it needs one; a warning when the dose already has a
// record (recordAgain must be true to make a second one); the check against the order
// (checkAdministrationAgainstOrder: active that day, the time is one of the order's, a second
// signature where the order needs one — in a double-handed visit the partner signs); for a PRN
// dose that goes in, checkPrnDose over the records in the store at that moment (a fresh read,
// so a dose synced from another phone a second ago counts). A PRN dose's effect is recorded later
// as a correction of that administration (its payload gains prnEffect), so the MAR shows one dose
// with its effect.
#include "doselistmodel.h"
#include "ui/person/personfilecontroller.h"
#include <QVariantList>

namespace careround::ui {

class MedicationController
    : public careround::ui::PersonFileController // qualified: qmltyperegistrar needs it for the
                                                 // prototype
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(careround::ui::DoseListModel *doses READ doses CONSTANT)
    Q_PROPERTY(careround::ui::DoseListModel *asNeeded READ asNeeded CONSTANT)
    Q_PROPERTY(bool hasOrders READ hasOrders NOTIFY changed)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)
    Q_PROPERTY(QString timeCriticalText READ timeCriticalText NOTIFY changed)
    Q_PROPERTY(QString attentionText READ attentionText NOTIFY changed)
    Q_PROPERTY(QString secondSignerName READ secondSignerName NOTIFY changed)

public:
    explicit MedicationController(QObject *parent = nullptr);

    DoseListModel *doses() { return &m_doses; }
    DoseListModel *asNeeded() { return &m_asNeeded; }
    bool hasOrders() const { return !m_orders.isEmpty(); }
    // "3 doses due at this visit, 1 recorded"; "No doses are due at this visit".
    QString summaryText() const;
    // "Time-critical: Sinemet 08:00 ±30 min" when the visit gives one.
    QString timeCriticalText() const;
    // "1 dose has two records: tell the office" / "1 dose is overdue"; empty when all is well.
    QString attentionText() const;
    // The partner of a double-handed visit, who can sign as second worker; empty otherwise.
    QString secondSignerName() const;

    const QList<Record> &records() const { return m_records; }
    const QList<MedicationOrder> &orders() const { return m_orders; }

    // [{code, text}] — every outcome of the fixed list, in full words.
    Q_INVOKABLE QVariantList outcomeChoices() const;
    Q_INVOKABLE QVariantList prnEffectChoices() const;
    // What the reason field must say for this outcome; empty when the reason is optional.
    Q_INVOKABLE QString reasonPrompt(const QString &outcome) const;

    // A regular dose (row of `doses`). secondSigned: the partner confirms they saw it given.
    // A refusal needs `reasonCode` (refusalReasonChoices; words alone count as "other").
    Q_INVOKABLE bool recordDose(int row, const QString &outcome, const QString &reason,
                                const QString &note, bool secondSigned, bool recordAgain,
                                const QString &reasonCode = {});
    // A PRN medicine (row of `asNeeded`). `dose`: what was given (empty = the order's dose).
    // Returns true when the check has started; refusal or save follows (errorMessage / saved).
    // Given: `dose` is the quantity within the dose rule, `reason` the indication (both required).
    Q_INVOKABLE bool recordAsNeeded(int row, const QString &outcome, const QString &dose,
                                    const QString &reason, const QString &note, bool secondSigned,
                                    const QString &reasonCode = {});
    Q_INVOKABLE QVariantList refusalReasonChoices() const; // [{code, text}], core's fixed list
    Q_INVOKABLE bool isRefusal(const QString &outcome) const;
    Q_INVOKABLE bool isGivenOutcome(const QString &outcome) const;
    // Labels of an as-needed row's quantity and reason (indication) fields.
    Q_INVOKABLE QString prnQuantityPrompt(int row) const;
    Q_INVOKABLE QString prnReasonPrompt(int row) const;
    // The effect of the row's last PRN dose given (followUpRecordId): effective,
    // partly_effective or not_effective.
    Q_INVOKABLE bool recordPrnEffect(int row, const QString &effect, const QString &note);

protected:
    store::RecordStore::ReadJob readJob(const QString &personId,
                                        const QDateTime &now) const override;
    void apply(const QList<Record> &records) override;
    void forget() override;
    void refold() override;

private:
    DoseContext context() const;
    QString partnerId() const;
    bool checkedInToRecord();
    bool saveAdministration(const MedicationOrder &order, const QJsonObject &payload);

    QList<Record> m_records; // the person's recent records (raw)
    QList<MedicationOrder> m_orders;
    QList<PlannedVisit> m_dayVisits;
    DoseListModel m_doses;
    DoseListModel m_asNeeded;
    bool m_prnCheckInFlight = false;
};

} // namespace careround::ui
