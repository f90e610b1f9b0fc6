#pragma once
// What the visit page's forms become: the payload of each visit record (docs/domain.md), built from
// what the worker typed and checked here, with errors in words that name the field, before
// anything is saved. The store validates every record again on save.
#include "core/result.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace careround::ui {

class VisitPayloads
{
    Q_DECLARE_TR_FUNCTIONS(VisitPayloads)
public:
    static const QStringList &taskOutcomes(); // done, refused, not_needed
    static const QStringList &incidentKinds();
    static const QStringList &incidentSeverities();
    static const QStringList &reportMethods(); // phone, written, email, in_person
    static QString taskOutcomeWords(const QString &outcome); // "Done", "Refused", "Not needed"
    static QString incidentKindWords(const QString &kind);
    static QString severityWords(const QString &severity);
    static QString reportMethodWords(const QString &method);

    // A refusal needs a reason code of the fixed list (core refusalreasons.h; error field
    // "reasonCode") and words for "other" (field "reason").
    static Result<QJsonObject> task(const QString &task, const QString &outcome,
                                    const QString &note, const QString &reasonCode = {},
                                    const QString &reason = {});
    static Result<QJsonObject> note(const QString &text, bool forNextWorker, bool significant);
    // Pounds and pence as typed: "12.50", "£3", "0.5", "1,250.00". Error field "amount".
    static Result<qint64> parsePence(const QString &text);
    static Result<QJsonObject> finance(const QString &amount, const QString &purpose,
                                       bool confirmedByPerson, bool receiptKept,
                                       const QString &note);
    // A quick incident report: what and how bad, what happened and what was done, and whom it was
    // reported to, how (phone first) and when (`at`, also the time it happened unless given).
    static Result<QJsonObject> incident(const QString &kind, const QString &severity,
                                        const QString &description, const QString &actionTaken,
                                        const QString &reportedTo, const QString &method,
                                        const QDateTime &at);
    // The no-access protocol: each step checked or not, and the outcome in words (required).
    static Result<QJsonObject> noAccess(bool letterbox, bool windows, bool back, bool neighbours,
                                        bool officePhoned, const QString &outcome);
    static QJsonObject fileRead(const QString &carePlanId);

    // A correction: the entry's current payload with `changes` applied (field → new value; an
    // empty text removes an optional field). Only the fields correctableFields() names for the
    // type may change.
    static Result<QJsonObject> corrected(const QString &type, const QJsonObject &current,
                                         const QVariantMap &changes);
    static QStringList correctableFields(const QString &type);
};

} // namespace careround::ui
