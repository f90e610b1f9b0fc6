#include "refusalreasons.h"
#include <QCoreApplication>

namespace careround {

namespace {

struct ReasonInfo
{
    const char *code;
    const char *words;
};

constexpr ReasonInfo Reasons[] = {
    {"did_not_want", QT_TRANSLATE_NOOP("RefusalReason", "Did not want it")},
    {"unwell", QT_TRANSLATE_NOOP("RefusalReason", "Felt unwell")},
    {"asleep", QT_TRANSLATE_NOOP("RefusalReason", "Asleep or too tired")},
    {"done_by_someone_else",
     QT_TRANSLATE_NOOP("RefusalReason", "Already done by family or someone else")},
    {"other", QT_TRANSLATE_NOOP("RefusalReason", "Other reason")},
};

} // namespace

const QStringList &refusalReasonCodes()
{
    static const QStringList codes = [] {
        QStringList out;
        for (const ReasonInfo &r : Reasons)
            out.append(QString::fromLatin1(r.code));
        return out;
    }();
    return codes;
}

QString refusalReasonWords(const QString &code)
{
    for (const ReasonInfo &r : Reasons)
        if (code == QLatin1String(r.code))
            return QCoreApplication::translate("RefusalReason", r.words);
    return {};
}

Result<void> requireRefusalReason(const QString &code, const QString &otherWords)
{
    if (!refusalReasonCodes().contains(code))
        return Error {QStringLiteral("reasonCode"),
                      QCoreApplication::translate("RefusalReason", "Choose why it was refused")};
    if (code == OtherRefusalReason && otherWords.trimmed().isEmpty())
        return Error {QStringLiteral("reason"),
                      QCoreApplication::translate("RefusalReason",
                                                  "Say why it was refused (required for other)")};
    return {};
}

} // namespace careround
