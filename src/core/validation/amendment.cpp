// amendment: a correction is a new record pointing at the original (envelope "amends") with a
// reason and the replacement payload — checked as a payload of the amended type — or withdrawn:
// true.
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "payloads.h"

namespace careround::validation {

void checkAmendment(FieldCheck &c)
{
    c.text("reason", Required, LongText);
    QStringList amendable = allRecordTypes();
    amendable.removeAll(QString::fromLatin1(RecordType::Amendment));
    const QString type = c.choice("amendedType", amendable);
    const bool withdrawn = c.boolean("withdrawn", Optional); // "entered in error": no replacement
    c.known({"replacement"});
    knowAuthorFields(c); // the app says who corrected it
    if (!c.ok())
        return;
    if (withdrawn) {
        if (c.has("replacement"))
            c.fail("replacement", QStringLiteral("must be left out when the record is withdrawn"));
        return;
    }
    const QJsonValue replacement = c.json().value(QStringLiteral("replacement"));
    if (!replacement.isObject()) {
        c.fail("replacement",
               replacement.isUndefined() || replacement.isNull()
                   ? QStringLiteral("is required")
                   : QStringLiteral("must be an object"));
        return;
    }
    c.adopt(
        validatePayload(type, replacement.toObject(), c.path("replacement"), c.unknownFields()));
}

} // namespace careround::validation
