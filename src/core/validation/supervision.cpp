// supervision: a supervision session of a worker ("supervision quarterly", product.md). It is
// about a worker, not a person: no personId.
#include "payloads.h"

namespace careround::validation {

void checkSupervision(FieldCheck &c)
{
    c.id("supervisorUserId");
    const QString worker = c.id("workerUserId");
    if (c.ok() && worker == c.json().value(QStringLiteral("supervisorUserId")).toString())
        c.fail("workerUserId", QStringLiteral("must differ from supervisorUserId"));
    c.date("date");
    c.text("notes", Required, LongText);
    c.eachObject("actions", Optional, 0, 50, [](FieldCheck &a, int) {
        a.text("description", Required, LongText);
        a.date("dueDate");
    });
    knowAuthorFields(c);
}

} // namespace careround::validation
