#include "spotcheckpayloads.h"

#include "ui/common/uichoices.h"
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace careround::ui {

namespace {

const auto translate = [](const char *text) {
    return SpotCheckPayloads::tr(text);
};

constexpr CodeWords Items[] = {
    {"arrival_on_time", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Arrived on time")},
    {"id_badge", QT_TRANSLATE_NOOP("SpotCheckPayloads", "ID badge")},
    {"hygiene_ppe", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Hygiene and PPE")},
    {"dignity_choice", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Dignity and choice")},
    {"medication_competence", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Medication competence")},
    {"moving_handling", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Moving and handling")},
    {"record_keeping", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Record keeping")},
};
constexpr CodeWords Hints[] = {
    {"arrival_on_time",
     QT_TRANSLATE_NOOP("SpotCheckPayloads",
                       "Arrived at the agreed time, or the person was told of a delay")},
    {"id_badge", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Badge on show; introduced themselves")},
    {"hygiene_ppe",
     QT_TRANSLATE_NOOP("SpotCheckPayloads",
                       "Hands washed; gloves and apron used and thrown away properly")},
    {"dignity_choice",
     QT_TRANSLATE_NOOP("SpotCheckPayloads", "Asked before helping; offered choices; kept privacy")},
    {"medication_competence",
     QT_TRANSLATE_NOOP("SpotCheckPayloads",
                       "Followed the MAR: right person, medicine, dose and time; recorded it")},
    {"moving_handling",
     QT_TRANSLATE_NOOP("SpotCheckPayloads", "Used the equipment and method the care plan gives")},
    {"record_keeping",
     QT_TRANSLATE_NOOP("SpotCheckPayloads",
                       "Notes factual and timed; tasks and medicines recorded")},
};
constexpr CodeWords Results[] = {
    {"met", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Met")},
    {"not_met", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Not met")},
    {"not_applicable", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Not applicable")},
};
constexpr CodeWords Outcomes[] = {
    {"satisfactory", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Satisfactory")},
    {"needs_improvement", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Needs improvement")},
    {"unsatisfactory", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Unsatisfactory")},
};
constexpr CodeWords Consents[] = {
    {"given", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Agreed to be observed")},
    {"refused", QT_TRANSLATE_NOOP("SpotCheckPayloads", "Did not agree")},
};

constexpr int LongText = 10000;

Error fieldError(const QString &field, const QString &message)
{
    return Error {field, message};
}

} // namespace

const QStringList &SpotCheckPayloads::items()
{
    static const QStringList list = codesOf(Items);
    return list;
}

const QStringList &SpotCheckPayloads::results()
{
    static const QStringList list = codesOf(Results);
    return list;
}

const QStringList &SpotCheckPayloads::outcomes()
{
    static const QStringList list = codesOf(Outcomes);
    return list;
}

QString SpotCheckPayloads::itemWords(const QString &item)
{
    return wordsOf(Items, item, translate);
}

QString SpotCheckPayloads::itemHint(const QString &item)
{
    return wordsOf(Hints, item, translate);
}

QString SpotCheckPayloads::resultWords(const QString &result)
{
    return wordsOf(Results, result, translate);
}

QString SpotCheckPayloads::outcomeWords(const QString &outcome)
{
    return wordsOf(Outcomes, outcome, translate);
}

QString SpotCheckPayloads::consentWords(const QString &consent)
{
    return wordsOf(Consents, consent, translate);
}

QVariantList SpotCheckPayloads::resultChoices()
{
    return choicesOf(Results, translate);
}

QVariantList SpotCheckPayloads::outcomeChoices()
{
    return choicesOf(Outcomes, translate);
}

QVariantList SpotCheckPayloads::consentChoices()
{
    return choicesOf(Consents, translate);
}

QVariantList SpotCheckPayloads::dueChoices(const QDate &today)
{
    QVariantList out;
    const QLocale locale;
    for (int weeks : {1, 2, 4}) {
        const QDate due = today.addDays(7 * weeks);
        //: a quick due date, e.g. "In 2 weeks (15 December)"
        out.append(QVariantMap {{QStringLiteral("code"), due.toString(Qt::ISODate)},
                                {QStringLiteral("text"),
                                 tr("In %n week(s) (%1)", nullptr, weeks)
                                     .arg(locale.toString(due, QStringLiteral("d MMMM")))}});
    }
    return out;
}

Result<QDate> SpotCheckPayloads::dueDate(const QString &text, const QDate &today,
                                         const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fieldError(field, tr("Give the date it is due by"));
    QDate date = QDate::fromString(t, Qt::ISODate);
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (const auto m = uk.match(t); !date.isValid() && m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!date.isValid())
        return fieldError(field, tr("Write the date as day/month/year, for example 31/03/2026"));
    if (date < today)
        return fieldError(field, tr("The due date has passed: choose today or a later day"));
    return date;
}

Result<QJsonObject> SpotCheckPayloads::build(const SpotCheckInput &in, const QDate &today)
{
    if (in.workerUserId.isEmpty())
        return fieldError(QStringLiteral("workerUserId"), tr("Choose the worker you observed"));
    if (in.workerUserId == in.supervisorUserId)
        return fieldError(QStringLiteral("workerUserId"),
                          tr("You cannot spot check your own practice"));
    QJsonObject p {{QStringLiteral("supervisorUserId"), in.supervisorUserId},
                   {QStringLiteral("workerUserId"), in.workerUserId}};
    if (in.consent == QLatin1String("refused")) {
        // No observation without consent: the refusal and its reason are the record.
        if (in.refusalReason.trimmed().isEmpty())
            return fieldError(QStringLiteral("refusalReason"),
                              tr("Write down why the person did not agree, in their words if "
                                 "you can"));
        p.insert(QStringLiteral("consentGiven"), false);
        p.insert(QStringLiteral("refusalReason"), in.refusalReason.trimmed().left(LongText));
        return p;
    }
    if (in.consent != QLatin1String("given"))
        return fieldError(QStringLiteral("consent"),
                          tr("Ask the person whether they agree to the visit being observed, "
                             "and record their answer"));
    QJsonArray checklist;
    bool anyNotMet = false;
    for (qsizetype i = 0; i < in.answers.size(); ++i) {
        const SpotCheckAnswer &a = in.answers.at(i);
        const QString at = QStringLiteral("checklist[%1]").arg(i);
        if (!results().contains(a.result))
            return fieldError(
                at + QStringLiteral(".result"),
                tr("%1: choose met, not met or not applicable").arg(itemWords(a.item)));
        const bool notMet = a.result == QLatin1String("not_met");
        anyNotMet = anyNotMet || notMet;
        if (notMet && a.comment.trimmed().isEmpty())
            return fieldError(at + QStringLiteral(".comment"),
                              tr("%1 was not met: say what you saw").arg(itemWords(a.item)));
        QJsonObject row {{QStringLiteral("item"), a.item}, {QStringLiteral("result"), a.result}};
        if (!a.comment.trimmed().isEmpty())
            row.insert(QStringLiteral("comment"), a.comment.trimmed().left(LongText));
        checklist.append(row);
    }
    if (checklist.isEmpty())
        return fieldError(QStringLiteral("checklist"), tr("Answer the checklist"));
    if (!outcomes().contains(in.outcome))
        return fieldError(QStringLiteral("outcome"), tr("Choose the overall outcome"));
    QJsonArray actions;
    for (qsizetype i = 0; i < in.actions.size(); ++i) {
        const SpotCheckAction &a = in.actions.at(i);
        if (a.description.trimmed().isEmpty() && a.dueText.trimmed().isEmpty())
            continue;
        const QString at = QStringLiteral("actions[%1]").arg(i);
        if (a.description.trimmed().isEmpty())
            return fieldError(at + QStringLiteral(".description"), tr("Say what is to be done"));
        auto due = dueDate(a.dueText, today, at + QStringLiteral(".dueDate"));
        if (!due)
            return due.error();
        actions.append(
            QJsonObject {{QStringLiteral("description"), a.description.trimmed()},
                         {QStringLiteral("dueDate"), due.value().toString(Qt::ISODate)}});
    }
    if (anyNotMet && actions.isEmpty())
        return fieldError(QStringLiteral("actions"),
                          tr("Something was not met: add at least one action with a due date"));
    p.insert(QStringLiteral("consentGiven"), true);
    p.insert(QStringLiteral("checklist"), checklist);
    p.insert(QStringLiteral("outcome"), in.outcome);
    if (!actions.isEmpty())
        p.insert(QStringLiteral("actions"), actions);
    return p;
}

} // namespace careround::ui
