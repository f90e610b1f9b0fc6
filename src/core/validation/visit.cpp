// visit (the planned call) and the events recorded against it, except check-in/out
// (visitpresence.cpp).
#include "core/refusalreasons.h"
#include "payloads.h"

namespace careround::validation {

namespace {
constexpr int MaxVisitMinutes = 24 * 60;
constexpr int MaxWorkersPerVisit = 2; // double-handed calls have two
constexpr qint64 MaxTransactionPence = 1'000'000; // £10,000
} // namespace

void checkVisit(FieldCheck &c)
{
    c.dateTime("plannedStart");
    c.integer("durationMinutes", 1, MaxVisitMinutes);
    const QStringList workers =
        c.textList("workerIds", Required, 1, MaxWorkersPerVisit, MaxIdLength);
    if (c.ok() && workers.size() == 2 && workers.at(0) == workers.at(1))
        c.failPath(c.path("workerIds") + QStringLiteral("[1]"),
                   QStringLiteral("is the same worker twice"));
    c.object("workerNames", Optional, [&workers](FieldCheck &names) {
        // Keys are the visit's own workers; each name a short non-empty text.
        const QJsonObject &o = names.json();
        for (auto it = o.begin(); it != o.end() && names.ok(); ++it) {
            const QByteArray key = it.key().toUtf8();
            if (!workers.contains(it.key()))
                names.fail(key.constData(), QStringLiteral("is not one of workerIds"));
            else
                names.text(key.constData(), Required, ShortText);
        }
    });
    c.textList("tasks", Optional);
    c.text("callType", Optional);
    c.text("instructions", Optional, LongText);
    c.known({"cancelReason"}); // read when cancelled
    if (c.boolean("cancelled", Optional))
        c.text("cancelReason", Required, LongText);
}

void checkVisitTask(FieldCheck &c)
{
    c.text("task");
    const QString outcome =
        c.choice("outcome",
                 {QStringLiteral("done"), QStringLiteral("refused"), QStringLiteral("not_needed")});
    c.text("note", Optional, LongText);
    checkRefusalReasonFields(c, outcome == QLatin1String("refused"));
}

void checkRefusalReasonFields(FieldCheck &c, bool refused)
{
    const QString code = c.choice("reasonCode", refusalReasonCodes(), Optional);
    if (!code.isEmpty() && !refused)
        c.fail("reasonCode", QStringLiteral("is only recorded for a refusal"));
    c.text("reason", code == OtherRefusalReason ? Required : Optional, LongText);
}

void checkVisitNote(FieldCheck &c)
{
    c.text("note", Required, LongText);
    c.boolean("forNextWorker", Optional);
    c.boolean("significant", Optional); // a significant occurrence, reported to the office
}

void checkVisitFinance(FieldCheck &c)
{
    c.integer("amountPence", 1, MaxTransactionPence);
    c.text("purpose");
    const bool confirmed = c.boolean("confirmedByPerson");
    c.boolean("receiptKept", Optional);
    // An unconfirmed transaction is evidence only with the reason written down.
    c.text("note", confirmed ? Optional : Required, LongText);
}

void checkVisitNoAccess(FieldCheck &c)
{
    c.object("steps", Required, [](FieldCheck &s) {
        for (const char *step : {"letterbox", "windows", "back", "neighbours", "officePhoned"})
            s.boolean(step);
    });
    c.text("note", Optional, LongText);
}

void checkVisitFileRead(FieldCheck &c)
{
    if (!c.boolean("confirmed") && c.ok())
        c.fail("confirmed",
               QStringLiteral("must be true: the worker confirms having read the file"));
    c.id("carePlanId", Optional);
}

void checkVisitSummary(FieldCheck &c)
{
    // What a family member may know of a delivered visit: when, and the worker's first name.
    c.date("date");
    c.dateTime("completedAt");
    c.text("workerFirstName", Optional);
}

} // namespace careround::validation
