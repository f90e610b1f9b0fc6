// commbook.entry, commbook.ack
#include "payloads.h"

namespace careround::validation {

void checkCommbookEntry(FieldCheck &c)
{
    c.text("text", Required, LongText);
    c.choice("category",
             {QStringLiteral("general"), QStringLiteral("health"), QStringLiteral("wellbeing"),
              QStringLiteral("medication"), QStringLiteral("appointment"),
              QStringLiteral("equipment"), QStringLiteral("household"), QStringLiteral("goal")});
    c.choice("audience", {QStringLiteral("care_team"), QStringLiteral("family")});
    knowAuthorFields(c);
}

void knowAuthorFields(FieldCheck &c)
{
    c.known({"authorName", "authorRole"});
}

void checkCommbookAck(FieldCheck &c)
{
    c.id("entryId");
    c.text("note", Optional, LongText);
    knowAuthorFields(c);
}

} // namespace careround::validation
