#pragma once
// An incident or concern as the full form writes it (docs/domain.md "incident"): what happened and
// how serious, when (today or yesterday, at a time of day), what was done, and everyone who was
// told — how and when (phone first; this written report within 12 hours). Errors name the field:
// kind, severity, occurredAt, description, actionTaken, reportedTo, reportedTo[1].who ….
// A safeguarding concern has no switch that could keep it from the office: there is none here.
#include "core/result.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QVariantList>

namespace careround::ui {

struct IncidentReport
{
    QString who;
    QString how; // phone, written, email, in_person
    QString timeText; // "HH:mm" today; empty = now
};

struct IncidentInput
{
    QString kind;
    QString severity;
    QString occurredDay; // "today" or "yesterday"
    QString occurredTime; // "HH:mm"; empty = now (today only)
    QString description;
    QString actionTaken;
    QList<IncidentReport> reports; // rows left completely empty are ignored
};

class IncidentPayloads
{
    Q_DECLARE_TR_FUNCTIONS(IncidentPayloads)
public:
    static constexpr int WrittenWithinHours = 12;

    static Result<QJsonObject> build(const IncidentInput &input, const QDateTime &now);
    // "9:30", "09:30", "9.30" on `day` → a local time; empty text = `now`. Error field `field`.
    static Result<QDateTime> timeOn(const QDate &day, const QString &text, const QDateTime &now,
                                    const QString &field);
    // When it happened from the form's day choice and time; error field "occurredAt".
    static Result<QDateTime> occurredAt(const IncidentInput &input, const QDateTime &now);
    // The 12-hour rule in words for the form, from when it happened.
    static QString writtenDueText(const QDateTime &occurredAt, const QDateTime &now);
    static QString safeguardingText();
    static QVariantList dayChoices(); // [{code: "today"}, {code: "yesterday"}]
};

} // namespace careround::ui
