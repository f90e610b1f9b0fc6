// person, person.entrycodes
#include "core/rules/nhsnumber.h"
#include "payloads.h"

namespace careround::validation {

const QStringList &ruralClasses()
{
    static const QStringList list {QStringLiteral("urban"), QStringLiteral("town_and_fringe"),
                                   QStringLiteral("village_and_dispersed")};
    return list;
}

namespace {

void checkLatLon(FieldCheck &c)
{
    c.number("latitude", -90, 90);
    c.number("longitude", -180, 180);
}

const char *const EntryCodeKeys[] = {"entryCode", "entryCodes", "keySafe", "keySafeCode",
                                     "doorCode"};

} // namespace

void checkPerson(FieldCheck &c)
{
    c.text("name");
    c.text("preferredName", Optional);
    const QDate born = c.date("dateOfBirth", Optional);
    if (born.isValid() && born.year() < 1880)
        c.fail("dateOfBirth", QStringLiteral("must be after 1880"));
    if (c.has("nhsNumber")) {
        const QString nhs = c.text("nhsNumber");
        if (c.ok()) {
            auto checked = checkNhsNumber(nhs);
            if (!checked)
                c.fail("nhsNumber", checked.error().message);
        }
    }
    c.object("address", Optional, [](FieldCheck &a) {
        a.text("line1");
        a.text("line2", Optional);
        a.text("town", Optional);
        a.text("postcode", Optional, 10);
    });
    c.text("postcode", Optional, 10);
    c.choice("ruralClass", ruralClasses(), Optional);
    c.object("homeLocation", Optional, checkLatLon);
    c.textList("communicationNeeds", Optional);
    c.text("culturalNeeds", Optional, LongText);
    c.text("dietaryNeeds", Optional, LongText);
    c.textList("allergies", Optional);
    c.boolean("dnacpr", Optional);
    c.eachObject("keyContacts", Optional, 0, 50, [](FieldCheck &k, int) {
        k.text("name");
        k.text("relationship", Optional);
        k.text("phone", Optional, 40);
        k.text("address", Optional, 500);
    });
    c.object("attorney", Optional, [](FieldCheck &a) {
        a.text("name");
        a.choice("kind",
                 {QStringLiteral("lpa_health_welfare"), QStringLiteral("lpa_property_finance"),
                  QStringLiteral("deputy"), QStringLiteral("other")});
        a.text("phone", Optional, 40);
    });
    c.textList("riskFlags", Optional);
    c.known({"gpPractice", "gp"}); // printed on the MAR sheet when the office records one
    // Entry codes are revealed only to the assigned worker during a visit: never in the person
    // record.
    for (const char *key : EntryCodeKeys)
        if (c.json().contains(QLatin1String(key)))
            c.fail(
                key,
                QStringLiteral(
                    "entry codes belong in a person.entrycodes record, not with name and address"));
}

void checkPersonEntryCodes(FieldCheck &c)
{
    c.eachObject("codes", Required, 1, 20, [](FieldCheck &e, int) {
        e.text("label"); // "key safe by the back door"
        e.text("code", Required, 40);
    });
    c.text("instructions", Optional, LongText);
}

} // namespace careround::validation
