#include "incidentpayloads.h"

#include "ui/visit/visitpayloads.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <QVariantMap>

namespace careround::ui {

namespace {

constexpr int LongText = 10000;
constexpr int ShortText = 200;
constexpr qint64 ClockSlackSeconds = 120; // a watch a minute ahead is not "the future"

Error fieldError(const QString &field, const QString &message)
{
    return Error {field, message};
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool isEmpty(const IncidentReport &r)
{
    return r.who.simplified().isEmpty() && r.timeText.trimmed().isEmpty();
}

} // namespace

Result<QDateTime> IncidentPayloads::timeOn(const QDate &day, const QString &text,
                                           const QDateTime &now, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (day != now.toLocalTime().date())
            return fieldError(field, tr("Enter the time, for example 21:30"));
        return now;
    }
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const auto match = clock.match(t);
    const QTime time =
        match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
    if (!time.isValid())
        return fieldError(field, tr("Enter the time as hours and minutes, for example 09:30"));
    const QDateTime at(day, time); // local time, as the person reads the clock
    if (now.secsTo(at) > ClockSlackSeconds)
        return fieldError(field, tr("That time has not come yet: check the time"));
    return at;
}

Result<QDateTime> IncidentPayloads::occurredAt(const IncidentInput &input, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    QDate day;
    if (input.occurredDay == QLatin1String("today") || input.occurredDay.isEmpty())
        day = today;
    else if (input.occurredDay == QLatin1String("yesterday"))
        day = today.addDays(-1);
    else
        return fieldError(QStringLiteral("occurredAt"), tr("Choose the day it happened"));
    return timeOn(day, input.occurredTime, now, QStringLiteral("occurredAt"));
}

Result<QJsonObject> IncidentPayloads::build(const IncidentInput &in, const QDateTime &now)
{
    if (!VisitPayloads::incidentKinds().contains(in.kind))
        return fieldError(QStringLiteral("kind"), tr("Choose what happened"));
    if (!VisitPayloads::incidentSeverities().contains(in.severity))
        return fieldError(QStringLiteral("severity"), tr("Choose how serious it is"));
    auto occurred = occurredAt(in, now);
    if (!occurred)
        return occurred.error();
    if (in.description.trimmed().isEmpty())
        return fieldError(QStringLiteral("description"), tr("Describe what happened"));
    if (in.actionTaken.trimmed().isEmpty())
        return fieldError(QStringLiteral("actionTaken"), tr("Say what was done about it"));
    for (const QString *text : {&in.description, &in.actionTaken}) {
        if (text->size() > LongText)
            return fieldError(text == &in.description ? QStringLiteral("description")
                                                      : QStringLiteral("actionTaken"),
                              tr("This is too long (at most %1 characters)").arg(LongText));
    }
    QJsonArray reports;
    for (qsizetype i = 0; i < in.reports.size(); ++i) {
        const IncidentReport &r = in.reports.at(i);
        if (isEmpty(r))
            continue;
        const QString at = QStringLiteral("reportedTo[%1]").arg(i);
        if (r.who.simplified().isEmpty())
            return fieldError(at + QStringLiteral(".who"), tr("Say who was told"));
        if (r.who.size() > ShortText)
            return fieldError(at + QStringLiteral(".who"),
                              tr("Keep it short (at most %1 characters)").arg(ShortText));
        if (!VisitPayloads::reportMethods().contains(r.how))
            return fieldError(at + QStringLiteral(".how"), tr("Choose how they were told"));
        auto told = timeOn(now.toLocalTime().date(), r.timeText, now, at + QStringLiteral(".at"));
        if (!told)
            return told.error();
        if (told.value() < occurred.value())
            return fieldError(at + QStringLiteral(".at"),
                              tr("They cannot have been told before it happened"));
        reports.append(QJsonObject {{QStringLiteral("who"), r.who.simplified()},
                                    {QStringLiteral("how"), r.how},
                                    {QStringLiteral("at"), iso(told.value())}});
    }
    if (reports.isEmpty())
        return fieldError(QStringLiteral("reportedTo"),
                          tr("Say who was told: phone the office first"));
    return QJsonObject {
        {QStringLiteral("kind"), in.kind},
        {QStringLiteral("severity"), in.severity},
        {QStringLiteral("occurredAt"), iso(occurred.value())},
        {QStringLiteral("description"), in.description.trimmed()},
        {QStringLiteral("actionTaken"), in.actionTaken.trimmed()},
        {QStringLiteral("reportedTo"), reports},
    };
}

QString IncidentPayloads::writtenDueText(const QDateTime &occurredAt, const QDateTime &now)
{
    if (!occurredAt.isValid())
        return {};
    const QDateTime due = occurredAt.addSecs(qint64(WrittenWithinHours) * 3600).toLocalTime();
    const QString time = due.time().toString(QStringLiteral("HH:mm"));
    if (now > due)
        return tr("More than %1 hours have passed since it happened: save this written report now "
                  "and tell the office why it is late.")
            .arg(WrittenWithinHours);
    const bool today = due.date() == now.toLocalTime().date();
    //: the written report deadline, e.g. "by 21:30 today"
    const QString when = today ? tr("by %1 today").arg(time) : tr("by %1 tomorrow").arg(time);
    return tr("The office must have this written report %1 (%2 hours after it happened). It is "
              "sent when this phone syncs.")
        .arg(when)
        .arg(WrittenWithinHours);
}

QString IncidentPayloads::safeguardingText()
{
    return tr("A safeguarding concern always goes to the office, even if the person asks you not "
              "to tell anyone. You cannot hold it back: write down what they said in what was "
              "done.");
}

QVariantList IncidentPayloads::dayChoices()
{
    return {QVariantMap {{QStringLiteral("code"), QStringLiteral("today")},
                         {QStringLiteral("text"), tr("Today")}},
            QVariantMap {{QStringLiteral("code"), QStringLiteral("yesterday")},
                         {QStringLiteral("text"), tr("Yesterday")}}};
}

} // namespace careround::ui
