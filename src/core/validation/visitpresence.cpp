// visit.checkin and visit.checkout: one location fix as evidence, never a reason to block the
// visit.
#include "payloads.h"

namespace careround::validation {

void checkVisitPresence(FieldCheck &c)
{
    c.object("location", Optional, [](FieldCheck &l) {
        l.number("latitude", -90, 90);
        l.number("longitude", -180, 180);
        l.number("accuracyM", 0, 100000);
        l.dateTime("fixTime", Optional);
    });
    c.number("distanceToHomeM", 0, 40'075'000, Optional);
    c.number("radiusM", 0, 100000, Optional);
    c.known({"emergencyReason"}); // a check-out's reason for staying beyond the plan (billing.h)
    const QString verification = c.choice(
        "verification",
        {QStringLiteral("verified"), QStringLiteral("outside_radius"), QStringLiteral("no_fix")});
    if (!c.ok())
        return;
    const bool hasFix = c.has("location");
    if (verification == QLatin1String("no_fix") && hasFix)
        c.fail("verification", QStringLiteral("is no_fix but a location is recorded"));
    else if (verification != QLatin1String("no_fix") && !hasFix)
        c.fail("location", QStringLiteral("is required when verification is %1").arg(verification));
    else if (verification != QLatin1String("no_fix") && !c.has("distanceToHomeM"))
        c.fail("distanceToHomeM",
               QStringLiteral("is required when verification is %1").arg(verification));
    c.text("note", Optional, LongText);
    // A check-out's review (rules/checkoutreview.h): each item left open, with the worker's reason.
    c.eachObject("review", Optional, 0, MaxListItems, [](FieldCheck &item, int) {
        item.choice("item",
                    {QStringLiteral("dose_without_outcome"), QStringLiteral("task_not_recorded"),
                     QStringLiteral("partner_not_checked_in"), QStringLiteral("short_visit")});
        item.text("subject", Optional);
        item.timeOfDay("scheduledTime", Optional);
        item.integer("deliveredMinutes", 0, 24 * 60, Optional);
        item.integer("plannedMinutes", 0, 24 * 60, Optional);
        item.text("reason", Required, LongText);
    });
}

} // namespace careround::validation
