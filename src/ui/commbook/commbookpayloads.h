#pragma once
// What the communication book's forms become: the payload of a commbook.entry, a commbook.ack and
// the replacement of a corrected entry (docs/domain.md), with errors in words naming the field.
// Entries and acknowledgements carry the writer's name and role (`authorName`, `authorRole`) so
// every device can say who wrote them; the server refuses names that are not the writer's.
#include "core/result.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace careround::ui {

struct Author
{
    QString name; // display name
    QString role; // role code: care_worker, supervisor, coordinator, therapist, family_member
};

class CommbookPayloads
{
    Q_DECLARE_TR_FUNCTIONS(CommbookPayloads)
public:
    static constexpr int MaximumText = 10000;

    // A family member's entries are always shared with family, whatever `audience` says.
    static Result<QJsonObject> entry(const QString &text, const QString &category,
                                     const QString &audience, const Author &author);
    static Result<QJsonObject> acknowledgement(const QString &entryId, const Author &author);
    // The entry's current payload with a new text and category; the audience never changes
    // (a family device may already hold the entry). Error field "text", "category" or empty
    // when nothing changed.
    static Result<QJsonObject> correction(const QJsonObject &current, const QString &text,
                                          const QString &category);
};

} // namespace careround::ui
