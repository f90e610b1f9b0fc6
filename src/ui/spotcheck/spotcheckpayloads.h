#pragma once
// A supervisor's spot check (observed practice) as the form writes it (docs/domain.md
// "spotcheck"): the person's consent — or the reason they refused, and then no checklist —, the
// checklist of product.md, each item met / not met / not applicable with a comment (required when
// not met), the overall outcome, and actions with due dates (at least one when anything is not
// met). Errors name the field: consent, refusalReason, checklist[3].result, checklist[3].comment,
// outcome, actions, actions[0].description, actions[0].dueDate. And the words of every code.
#include "core/result.h"
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace careround::ui {

struct SpotCheckAnswer
{
    QString item; // arrival_on_time, id_badge, …
    QString result; // met, not_met, not_applicable; empty = not answered
    QString comment;
};

struct SpotCheckAction
{
    QString description;
    QString dueText; // "31/03/2026", "2026-03-31"
};

struct SpotCheckInput
{
    QString supervisorUserId;
    QString workerUserId;
    QString consent; // given, refused; empty = not asked yet
    QString refusalReason;
    QList<SpotCheckAnswer> answers; // one per item, in SpotCheckPayloads::items() order
    QString outcome;
    QList<SpotCheckAction> actions; // rows left empty are ignored
};

class SpotCheckPayloads
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckPayloads)
public:
    static const QStringList &items();
    static const QStringList &results();
    static const QStringList &outcomes();
    static QString itemWords(const QString &item); // "Hygiene and PPE"
    static QString itemHint(const QString &item); // what to look for
    static QString resultWords(const QString &result); // "Met", "Not met", "Not applicable"
    static QString outcomeWords(const QString &outcome);
    static QString consentWords(const QString &consent);
    static QVariantList resultChoices();
    static QVariantList outcomeChoices();
    static QVariantList consentChoices();
    // Quick due dates: in 1 week, 2 weeks, 4 weeks — [{code: "yyyy-MM-dd", text}].
    static QVariantList dueChoices(const QDate &today);

    static Result<QJsonObject> build(const SpotCheckInput &input, const QDate &today);
    // "31/3/2026", "31/03/2026" or "2026-03-31", today or later. Error field `field`.
    static Result<QDate> dueDate(const QString &text, const QDate &today, const QString &field);
};

} // namespace careround::ui
