// PersonController: the communication book's verbs — write, acknowledge ("I have read this"),
// correct with a reason. Nothing is deleted: a correction is an amendment record, and the entry's
// history shows the original and every correction.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "personcontroller.h"
#include "ui/commbook/commbookpayloads.h"
#include "ui/commbook/commbookwords.h"
#include "ui/session/appsession.h"

namespace careround::ui {

namespace {

Author authorOf(const AppSession &session)
{
    return {session.profile().displayName, session.profile().role};
}

} // namespace

QVariantList PersonController::categoryChoices() const
{
    return CommbookWords::categoryChoices();
}

QVariantList PersonController::audienceChoices() const
{
    return CommbookWords::audienceChoices();
}

bool PersonController::writeEntry(const QString &text, const QString &category,
                                  const QString &audience)
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author || m_personId.isEmpty())
        return fail({}, tr("CareRound is locked"));
    auto payload = CommbookPayloads::entry(text, category, audience, authorOf(*session()));
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    clearMessages();
    const bool shared = payload.value().value(QLatin1String("audience")).toString()
        == CommbookWords::familyAudience();
    return saveRecords(
        {author->make(QString::fromLatin1(RecordType::CommbookEntry), m_personId, {},
                      payload.value())},
        QString::fromLatin1(RecordType::CommbookEntry),
        shared ? tr("Entry saved on this phone. It is shared with family once it is sent.")
               : tr("Entry saved on this phone for the care team."));
}

bool PersonController::acknowledge(const QString &entryId)
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author)
        return fail({}, tr("CareRound is locked"));
    const CommbookEntry *entry = m_commbook.entry(entryId);
    if (!entry)
        return fail(QStringLiteral("entryId"), tr("That entry is not in this book"));
    if (entry->mine)
        return fail(QStringLiteral("entryId"), tr("You wrote this entry"));
    if (entry->readByMe)
        return fail(QStringLiteral("entryId"), tr("You have already said you have read it"));
    auto payload = CommbookPayloads::acknowledgement(entryId, authorOf(*session()));
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    clearMessages();
    return saveRecords({author->make(QString::fromLatin1(RecordType::CommbookAck), m_personId, {},
                                     payload.value())},
                       QString::fromLatin1(RecordType::CommbookAck),
                       tr("Marked as read on this phone."));
}

bool PersonController::correctEntry(const QString &entryId, const QString &reason,
                                    const QString &text, const QString &category)
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    if (!author)
        return fail({}, tr("CareRound is locked"));
    const CommbookEntry *entry = m_commbook.entry(entryId);
    if (!entry)
        return fail(QStringLiteral("entryId"), tr("That entry is not in this book"));
    if (!m_commbook.correctable(*entry))
        return fail(QStringLiteral("entryId"),
                    isFamily()
                        ? tr("Entries cannot be corrected from a family member's phone: write a "
                             "new entry to say what was wrong")
                        : tr("Only your own entries can be corrected"));
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("reason"), tr("Say why it is corrected"));
    auto replacement = CommbookPayloads::correction(entry->payload, text, category);
    if (!replacement)
        return fail(replacement.error().field, replacement.error().message);
    const Record *original = nullptr;
    for (const Record &r : std::as_const(m_records.commbook)) {
        if (r.id == entryId)
            original = &r;
    }
    if (!original)
        return fail(QStringLiteral("entryId"), tr("That entry is not in this book"));
    Record amendment = author->correction(*original, reason.trimmed(), replacement.value());
    amendment.payload.insert(QStringLiteral("authorName"), session()->profile().displayName);
    amendment.payload.insert(QStringLiteral("authorRole"), role());
    clearMessages();
    return saveRecords({amendment}, QString::fromLatin1(RecordType::Amendment),
                       tr("Correction saved on this phone. The entry's history keeps what it "
                          "said before."));
}

QVariantMap PersonController::entryValues(const QString &entryId) const
{
    const CommbookEntry *e = m_commbook.entry(entryId);
    if (!e)
        return {};
    return {{QStringLiteral("text"), e->text},
            {QStringLiteral("category"), e->category},
            {QStringLiteral("categoryText"), CommbookWords::categoryWords(e->category)},
            {QStringLiteral("audienceText"), CommbookWords::audienceWords(e->audience)},
            {QStringLiteral("byText"), CommbookWords::authorText(e->authorName, e->authorRole)},
            {QStringLiteral("whenText"), CommbookWords::when(e->writtenAt, now())},
            {QStringLiteral("correctable"), m_commbook.correctable(*e)}};
}

} // namespace careround::ui
