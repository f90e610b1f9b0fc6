#include "visitpayloads.h"

#include "core/recordtypes.h"
#include "core/refusalreasons.h"
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace careround::ui {

namespace {

constexpr int LongText = 10000;
constexpr int ShortText = 200;

Error fieldError(const char *field, const QString &message)
{
    return Error {QString::fromLatin1(field), message};
}

} // namespace

namespace {

struct Choice
{
    const char *code;
    const char *words;
};

// The codes the record types allow (docs/domain.md), in the order the forms offer them.
constexpr Choice TaskOutcomes[] = {
    {"done", QT_TRANSLATE_NOOP("VisitPayloads", "Done")},
    {"refused", QT_TRANSLATE_NOOP("VisitPayloads", "Refused")},
    {"not_needed", QT_TRANSLATE_NOOP("VisitPayloads", "Not needed")},
};
constexpr Choice IncidentKinds[] = {
    {"fall", QT_TRANSLATE_NOOP("VisitPayloads", "Fall")},
    {"accident", QT_TRANSLATE_NOOP("VisitPayloads", "Accident")},
    {"safeguarding", QT_TRANSLATE_NOOP("VisitPayloads", "Safeguarding concern")},
    {"medication_error", QT_TRANSLATE_NOOP("VisitPayloads", "Medication error")},
    {"complaint", QT_TRANSLATE_NOOP("VisitPayloads", "Complaint")},
    {"hospital_admission", QT_TRANSLATE_NOOP("VisitPayloads", "Hospital admission")},
    {"death", QT_TRANSLATE_NOOP("VisitPayloads", "Death")},
};
constexpr Choice Severities[] = {
    {"low", QT_TRANSLATE_NOOP("VisitPayloads", "Low")},
    {"moderate", QT_TRANSLATE_NOOP("VisitPayloads", "Moderate")},
    {"serious", QT_TRANSLATE_NOOP("VisitPayloads", "Serious")},
};
constexpr Choice ReportMethods[] = {
    {"phone", QT_TRANSLATE_NOOP("VisitPayloads", "By phone")},
    {"written", QT_TRANSLATE_NOOP("VisitPayloads", "In writing")},
    {"email", QT_TRANSLATE_NOOP("VisitPayloads", "By email")},
    {"in_person", QT_TRANSLATE_NOOP("VisitPayloads", "In person")},
};

template<std::size_t N>
QStringList codesOf(const Choice (&choices)[N])
{
    QStringList codes;
    for (const Choice &c : choices)
        codes.append(QString::fromLatin1(c.code));
    return codes;
}

template<std::size_t N>
QString wordsOf(const Choice (&choices)[N], const QString &code)
{
    for (const Choice &c : choices) {
        if (code == QLatin1String(c.code))
            return VisitPayloads::tr(c.words);
    }
    return {};
}

} // namespace

const QStringList &VisitPayloads::taskOutcomes()
{
    static const QStringList list = codesOf(TaskOutcomes);
    return list;
}

const QStringList &VisitPayloads::incidentKinds()
{
    static const QStringList list = codesOf(IncidentKinds);
    return list;
}

const QStringList &VisitPayloads::incidentSeverities()
{
    static const QStringList list = codesOf(Severities);
    return list;
}

const QStringList &VisitPayloads::reportMethods()
{
    static const QStringList list = codesOf(ReportMethods);
    return list;
}

QString VisitPayloads::taskOutcomeWords(const QString &outcome)
{
    return wordsOf(TaskOutcomes, outcome);
}

QString VisitPayloads::incidentKindWords(const QString &kind)
{
    return wordsOf(IncidentKinds, kind);
}

QString VisitPayloads::severityWords(const QString &severity)
{
    return wordsOf(Severities, severity);
}

QString VisitPayloads::reportMethodWords(const QString &method)
{
    return wordsOf(ReportMethods, method);
}

Result<QJsonObject> VisitPayloads::task(const QString &task, const QString &outcome,
                                        const QString &note, const QString &reasonCode,
                                        const QString &reason)
{
    if (task.simplified().isEmpty())
        return fieldError("task", tr("Say which task this is"));
    if (!taskOutcomes().contains(outcome))
        return fieldError("outcome", tr("Choose done, refused or not needed"));
    if (note.size() > LongText)
        return fieldError("note", tr("The note is too long (at most %1 characters)").arg(LongText));
    QJsonObject p {{QStringLiteral("task"), task.simplified()},
                   {QStringLiteral("outcome"), outcome}};
    if (outcome == QLatin1String("refused")) {
        // Every new refusal says why (core refusalreasons.h): a code, and words for "other".
        if (auto why = requireRefusalReason(reasonCode, reason); !why)
            return why.error();
        p.insert(QStringLiteral("reasonCode"), reasonCode);
        if (!reason.trimmed().isEmpty())
            p.insert(QStringLiteral("reason"), reason.trimmed());
    }
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    return p;
}

Result<QJsonObject> VisitPayloads::note(const QString &text, bool forNextWorker, bool significant)
{
    if (text.trimmed().isEmpty())
        return fieldError("note", tr("Write the note first"));
    if (text.size() > LongText)
        return fieldError("note", tr("The note is too long (at most %1 characters)").arg(LongText));
    QJsonObject p {{QStringLiteral("note"), text.trimmed()}};
    if (forNextWorker)
        p.insert(QStringLiteral("forNextWorker"), true);
    if (significant)
        p.insert(QStringLiteral("significant"), true);
    return p;
}

Result<qint64> VisitPayloads::parsePence(const QString &text)
{
    QString t = text.simplified().remove(QLatin1Char(' '));
    if (t.startsWith(QChar(0x00A3))) // £
        t.remove(0, 1);
    t.remove(QLatin1Char(','));
    static const QRegularExpression money(QStringLiteral("^(\\d{1,7})(?:\\.(\\d{1,2}))?$"));
    const auto match = money.match(t);
    if (t.isEmpty())
        return fieldError("amount", tr("Enter the amount, for example 12.50"));
    if (!match.hasMatch())
        return fieldError("amount", tr("Enter the amount in pounds and pence, for example 12.50"));
    QString pence = match.captured(2);
    pence = pence.leftJustified(2, QLatin1Char('0'));
    const qint64 total = match.captured(1).toLongLong() * 100 + pence.toLongLong();
    if (total <= 0)
        return fieldError("amount", tr("The amount must be more than £0.00"));
    if (total > 1'000'000)
        return fieldError("amount", tr("The amount must be at most £10,000.00"));
    return total;
}

Result<QJsonObject> VisitPayloads::finance(const QString &amount, const QString &purpose,
                                           bool confirmedByPerson, bool receiptKept,
                                           const QString &note)
{
    auto pence = parsePence(amount);
    if (!pence)
        return pence.error();
    if (purpose.simplified().isEmpty())
        return fieldError("purpose", tr("Say what the money was for"));
    if (purpose.size() > ShortText)
        return fieldError("purpose",
                          tr("Keep the purpose short (at most %1 characters)").arg(ShortText));
    if (!confirmedByPerson && note.trimmed().isEmpty())
        return fieldError("note", tr("The person has not confirmed it: say why in the note"));
    QJsonObject p {{QStringLiteral("amountPence"), pence.value()},
                   {QStringLiteral("purpose"), purpose.simplified()},
                   {QStringLiteral("confirmedByPerson"), confirmedByPerson}};
    if (receiptKept)
        p.insert(QStringLiteral("receiptKept"), true);
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    return p;
}

Result<QJsonObject> VisitPayloads::incident(const QString &kind, const QString &severity,
                                            const QString &description, const QString &actionTaken,
                                            const QString &reportedTo, const QString &method,
                                            const QDateTime &at)
{
    if (!incidentKinds().contains(kind))
        return fieldError("kind", tr("Choose what happened"));
    if (!incidentSeverities().contains(severity))
        return fieldError("severity", tr("Choose how serious it is"));
    if (description.trimmed().isEmpty())
        return fieldError("description", tr("Describe what happened"));
    if (actionTaken.trimmed().isEmpty())
        return fieldError("actionTaken", tr("Say what you did about it"));
    if (reportedTo.simplified().isEmpty())
        return fieldError("reportedTo", tr("Say whom you reported it to"));
    if (!reportMethods().contains(method))
        return fieldError("method", tr("Choose how you reported it"));
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    return QJsonObject {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("occurredAt"), when},
        {QStringLiteral("description"), description.trimmed()},
        {QStringLiteral("actionTaken"), actionTaken.trimmed()},
        {QStringLiteral("reportedTo"),
         QJsonArray {QJsonObject {{QStringLiteral("who"), reportedTo.simplified()},
                                  {QStringLiteral("how"), method},
                                  {QStringLiteral("at"), when}}}},
    };
}

Result<QJsonObject> VisitPayloads::noAccess(bool letterbox, bool windows, bool back,
                                            bool neighbours, bool officePhoned,
                                            const QString &outcome)
{
    if (outcome.trimmed().isEmpty())
        return fieldError("outcome",
                          tr("Say what happened: what the office advised, what you did"));
    return QJsonObject {
        {QStringLiteral("steps"),
         QJsonObject {{QStringLiteral("letterbox"), letterbox},
                      {QStringLiteral("windows"), windows},
                      {QStringLiteral("back"), back},
                      {QStringLiteral("neighbours"), neighbours},
                      {QStringLiteral("officePhoned"), officePhoned}}},
        {QStringLiteral("note"), outcome.trimmed()},
    };
}

QJsonObject VisitPayloads::fileRead(const QString &carePlanId)
{
    QJsonObject p {{QStringLiteral("confirmed"), true}};
    if (!carePlanId.isEmpty())
        p.insert(QStringLiteral("carePlanId"), carePlanId);
    return p;
}

QStringList VisitPayloads::correctableFields(const QString &type)
{
    if (type == QLatin1String(RecordType::VisitNote))
        return {QStringLiteral("note")};
    if (type == QLatin1String(RecordType::VisitTask))
        return {QStringLiteral("outcome"), QStringLiteral("note")};
    if (type == QLatin1String(RecordType::VisitFinance))
        return {QStringLiteral("amount"), QStringLiteral("purpose"), QStringLiteral("note")};
    if (type == QLatin1String(RecordType::Incident))
        return {QStringLiteral("description"), QStringLiteral("actionTaken")};
    if (type == QLatin1String(RecordType::VisitCheckIn)
        || type == QLatin1String(RecordType::VisitCheckOut)
        || type == QLatin1String(RecordType::VisitNoAccess))
        return {QStringLiteral("note")};
    return {}; // a file-read sign-off or an alert can only be withdrawn
}

Result<QJsonObject> VisitPayloads::corrected(const QString &type, const QJsonObject &current,
                                             const QVariantMap &changes)
{
    const QStringList allowed = correctableFields(type);
    if (allowed.isEmpty())
        return Error {QStringLiteral("type"), tr("This entry can be withdrawn, not corrected")};
    if (changes.isEmpty())
        return Error {QString(), tr("Nothing has been changed")};
    QJsonObject p = current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Error {it.key(), tr("This part of the entry cannot be corrected")};
        const QString value = it.value().toString().trimmed();
        if (it.key() == QLatin1String("amount")) {
            auto pence = parsePence(value);
            if (!pence)
                return pence.error();
            p.insert(QStringLiteral("amountPence"), pence.value());
        } else if (it.key() == QLatin1String("outcome") && !taskOutcomes().contains(value)) {
            return Error {it.key(), tr("Choose done, refused or not needed")};
        } else if (value.isEmpty()) {
            const bool required =
                it.key() != QLatin1String("note") || type == QLatin1String(RecordType::VisitNote);
            if (required)
                return Error {it.key(), tr("This cannot be left empty")};
            p.remove(it.key());
        } else {
            p.insert(it.key(), value);
        }
    }
    // A refusal corrected to another outcome keeps no refusal reason (the store refuses one).
    if (type == QLatin1String(RecordType::VisitTask)
        && p.value(QLatin1String("outcome")).toString() != QLatin1String("refused")) {
        p.remove(QStringLiteral("reasonCode"));
        p.remove(QStringLiteral("reason"));
    }
    if (p == current)
        return Error {QString(), tr("Nothing has been changed")};
    return p;
}

} // namespace careround::ui
