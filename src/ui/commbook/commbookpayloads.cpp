#include "commbookpayloads.h"

#include "commbookwords.h"

namespace careround::ui {

namespace {

Error fieldError(const char *field, const QString &message)
{
    return Error {QString::fromLatin1(field), message};
}

void stamp(QJsonObject &payload, const Author &author)
{
    if (!author.name.isEmpty())
        payload.insert(QStringLiteral("authorName"), author.name);
    if (!author.role.isEmpty())
        payload.insert(QStringLiteral("authorRole"), author.role);
}

Result<void> checkText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return fieldError("text", CommbookPayloads::tr("Write the entry first"));
    if (text.size() > CommbookPayloads::MaximumText)
        return fieldError("text",
                          CommbookPayloads::tr("The entry is too long (at most %1 characters)")
                              .arg(CommbookPayloads::MaximumText));
    return {};
}

Result<void> checkCategory(const QString &category)
{
    if (!CommbookWords::categories().contains(category))
        return fieldError("category", CommbookPayloads::tr("Choose what the entry is about"));
    return {};
}

} // namespace

Result<QJsonObject> CommbookPayloads::entry(const QString &text, const QString &category,
                                            const QString &audience, const Author &author)
{
    if (auto ok = checkText(text); !ok)
        return ok.error();
    if (auto ok = checkCategory(category); !ok)
        return ok.error();
    const bool family = author.role == CommbookWords::familyRole();
    if (!family && !CommbookWords::audiences().contains(audience))
        return fieldError("audience",
                          tr("Choose who may read it: the care team only, or the "
                             "family as well"));
    QJsonObject p {
        {QStringLiteral("text"), text.trimmed()},
        {QStringLiteral("category"), category},
        {QStringLiteral("audience"), family ? CommbookWords::familyAudience() : audience}};
    stamp(p, author);
    return p;
}

Result<QJsonObject> CommbookPayloads::acknowledgement(const QString &entryId, const Author &author)
{
    if (entryId.isEmpty())
        return fieldError("entryId", tr("Choose the entry you have read"));
    QJsonObject p {{QStringLiteral("entryId"), entryId}};
    stamp(p, author);
    return p;
}

Result<QJsonObject> CommbookPayloads::correction(const QJsonObject &current, const QString &text,
                                                 const QString &category)
{
    if (auto ok = checkText(text); !ok)
        return ok.error();
    if (auto ok = checkCategory(category); !ok)
        return ok.error();
    QJsonObject p = current;
    p.insert(QStringLiteral("text"), text.trimmed());
    p.insert(QStringLiteral("category"), category);
    if (p == current)
        return Error {QString(), tr("Nothing has been changed")};
    return p;
}

} // namespace careround::ui
