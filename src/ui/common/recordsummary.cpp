#include "recordsummary.h"

#include "core/medicationoutcome.h"
#include "core/recordtypes.h"

#include <QJsonValue>
#include <QLocale>
#include <array>

namespace careround::ui {

namespace {

// Payload fields that hold an entry's own words, most telling first, for types without a
// rule of their own below.
constexpr std::array TextFields = {"note", "summary", "description", "text", "title", "name"};

QString shorten(QString text, int maximum)
{
    text = text.simplified();
    if (text.size() <= maximum)
        return text;
    return text.left(maximum - 1).trimmed() + QChar(0x2026); // …
}

QString text(const Record &record, const char *field)
{
    return record.payload.value(QLatin1String(field)).toString().simplified();
}

QString clockTime(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat)
                            : QString();
}

} // namespace

QString RecordSummaries::typeLabel(const QString &type)
{
    struct Label
    {
        const char *type;
        const char *text;
    };
    static constexpr std::array Known = {
        Label {RecordType::Person, QT_TR_NOOP("Person")},
        Label {RecordType::PersonEntryCodes, QT_TR_NOOP("Entry codes")},
        Label {RecordType::CarePlan, QT_TR_NOOP("Care plan")},
        Label {RecordType::MedicationOrder, QT_TR_NOOP("Medication order")},
        Label {RecordType::Visit, QT_TR_NOOP("Planned visit")},
        Label {RecordType::ReablementEpisode, QT_TR_NOOP("Reablement episode")},
        Label {RecordType::ReablementReview, QT_TR_NOOP("Reablement review")},
        Label {RecordType::GoalProgress, QT_TR_NOOP("Goal progress")},
        Label {RecordType::VisitCheckIn, QT_TR_NOOP("Check-in")},
        Label {RecordType::VisitCheckOut, QT_TR_NOOP("Check-out")},
        Label {RecordType::VisitTask, QT_TR_NOOP("Task")},
        Label {RecordType::VisitNote, QT_TR_NOOP("Visit note")},
        Label {RecordType::VisitFinance, QT_TR_NOOP("Money handled")},
        Label {RecordType::VisitNoAccess, QT_TR_NOOP("No access")},
        Label {RecordType::VisitFileRead, QT_TR_NOOP("File read")},
        Label {RecordType::MedicationAdministration, QT_TR_NOOP("Medication")},
        Label {RecordType::VisitSummary, QT_TR_NOOP("Visit delivered")},
        Label {RecordType::CommbookEntry, QT_TR_NOOP("Communication book")},
        Label {RecordType::CommbookAck, QT_TR_NOOP("Communication book read")},
        Label {RecordType::SpotCheck, QT_TR_NOOP("Spot check")},
        Label {RecordType::SpotCheckAck, QT_TR_NOOP("Spot check read")},
        Label {RecordType::Supervision, QT_TR_NOOP("Supervision")},
        Label {RecordType::Incident, QT_TR_NOOP("Incident")},
        Label {RecordType::Amendment, QT_TR_NOOP("Correction")},
        Label {RecordType::Alert, QT_TR_NOOP("Alert")},
        Label {RecordType::AlertAction, QT_TR_NOOP("Action on an alert")},
    };
    for (const auto &label : Known) {
        if (type == QLatin1String(label.type))
            return tr(label.text);
    }
    // A type this build does not know still reads as words: "body_map.entry" → "Body map entry".
    QString words = type;
    words.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    words = words.simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString RecordSummaries::details(const Record &record)
{
    const QString &type = record.type;
    if (type == QLatin1String(RecordType::VisitCheckIn)
        || type == QLatin1String(RecordType::VisitCheckOut)) {
        const QString verification = text(record, "verification");
        if (verification == QLatin1String("verified"))
            return tr("Location checked: at the home");
        if (verification == QLatin1String("outside_radius"))
            return tr("Location checked: away from the home");
        if (verification == QLatin1String("no_fix"))
            return tr("No location fix");
        return {};
    }
    if (type == QLatin1String(RecordType::VisitTask)) {
        const QString outcome = text(record, "outcome");
        const QString words = outcome == QLatin1String("done") ? tr("done")
            : outcome == QLatin1String("refused")              ? tr("refused")
            : outcome == QLatin1String("not_needed")           ? tr("not needed")
                                                               : outcome;
        //: a care task and its outcome, e.g. "Breakfast: done"
        return tr("%1: %2").arg(text(record, "task"), words);
    }
    if (type == QLatin1String(RecordType::MedicationAdministration)) {
        const auto outcome = medicationOutcomeFromCode(text(record, "outcome"));
        const QString words = outcome ? medicationOutcomeWords(*outcome) : text(record, "outcome");
        const QString dose = text(record, "dose");
        //: a medication outcome and the dose, e.g. "Given, 2 tablets"
        return dose.isEmpty() ? words : tr("%1, %2").arg(words, dose);
    }
    if (type == QLatin1String(RecordType::Visit)) {
        const int minutes = record.payload.value(QLatin1String("durationMinutes")).toInt();
        return minutes > 0 ? tr("%n minute(s) planned", nullptr, minutes) : QString();
    }
    for (const char *field : TextFields) {
        const QString words = text(record, field);
        if (!words.isEmpty())
            return words;
    }
    return {};
}

RecordSummary RecordSummaries::describe(const Record &record)
{
    RecordSummary summary;
    const QDateTime plannedStart = QDateTime::fromString(
        record.payload.value(QLatin1String("plannedStart")).toString(), Qt::ISODateWithMs);
    summary.timeText = record.type == QLatin1String(RecordType::Visit) && plannedStart.isValid()
        ? clockTime(plannedStart)
        : clockTime(record.deviceTime);
    summary.summary = typeLabel(record.type);
    summary.details = shorten(details(record), MaximumDetailLength);
    return summary;
}

} // namespace careround::ui
