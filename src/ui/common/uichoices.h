#pragma once
// A fixed list of codes shown as words: the pickers of the forms ([{code, text}] for CrChoices)
// and the lookup from a code to its words. Codes are the record types' (docs/domain.md).
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace careround::ui {

struct CodeWords
{
    const char *code;
    const char *words; // QT_TRANSLATE_NOOP(context, …)
};

template<std::size_t N>
QStringList codesOf(const CodeWords (&list)[N])
{
    QStringList codes;
    for (const CodeWords &c : list)
        codes.append(QString::fromLatin1(c.code));
    return codes;
}

// The words of `code`, translated through `tr` (the class's own tr), empty when unknown.
template<std::size_t N, typename Tr>
QString wordsOf(const CodeWords (&list)[N], const QString &code, Tr tr)
{
    for (const CodeWords &c : list) {
        if (code == QLatin1String(c.code))
            return tr(c.words);
    }
    return {};
}

template<std::size_t N, typename Tr>
QVariantList choicesOf(const CodeWords (&list)[N], Tr tr)
{
    QVariantList out;
    for (const CodeWords &c : list)
        out.append(QVariantMap {{QStringLiteral("code"), QString::fromLatin1(c.code)},
                                {QStringLiteral("text"), tr(c.words)}});
    return out;
}

// [{code, text}] for codes whose words come from a function.
inline QVariantList choicesOf(const QStringList &codes, QString (*words)(const QString &))
{
    QVariantList out;
    for (const QString &code : codes)
        out.append(
            QVariantMap {{QStringLiteral("code"), code}, {QStringLiteral("text"), words(code)}});
    return out;
}

} // namespace careround::ui
