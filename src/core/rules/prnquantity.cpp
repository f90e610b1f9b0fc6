#include "prnquantity.h"
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace careround {

namespace {

const QStringList &numberWords()
{
    static const QStringList words {
        QStringLiteral("zero"),  QStringLiteral("one"),   QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),
        QStringLiteral("six"),   QStringLiteral("seven"), QStringLiteral("eight"),
        QStringLiteral("nine"),  QStringLiteral("ten")};
    return words;
}

// Each number in `text` with where it ends.
QList<std::pair<double, qsizetype>> numbersIn(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("(\\d+(?:\\.\\d+)?)|([A-Za-z]+)"));
    QList<std::pair<double, qsizetype>> out;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1)) {
            out.append({m.captured(1).toDouble(), m.capturedEnd()});
            continue;
        }
        const qsizetype word = numberWords().indexOf(m.captured(2).toLower());
        if (word >= 0)
            out.append({double(word), m.capturedEnd()});
    }
    return out;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

} // namespace

std::optional<PrnDoseRange> prnDoseRange(const QString &doseRule)
{
    // The first run of numbers joined by "or", "to", "and" or a dash, and the word after it:
    // "1 or 2 tablets every 4 hours" is 1 to 2 tablets (the 4 is not a dose).
    static const QRegularExpression token(QStringLiteral("(\\d+(?:\\.\\d+)?)|([A-Za-z]+)"));
    static const QStringList joins {QStringLiteral("or"), QStringLiteral("to"),
                                    QStringLiteral("and")};
    std::optional<PrnDoseRange> range;
    auto it = token.globalMatch(doseRule);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString word = m.captured(2).toLower();
        const double value =
            m.hasCaptured(1) ? m.captured(1).toDouble() : double(numberWords().indexOf(word));
        if (value >= 0) {
            if (!range)
                range = PrnDoseRange {value, value, {}};
            range->minimum = std::min(range->minimum, value);
            range->maximum = std::max(range->maximum, value);
        } else if (range && !joins.contains(word)) {
            range->unit = m.captured(2);
            break;
        }
    }
    return range;
}

Result<QString> checkPrnQuantity(const PrnProtocol &protocol, const QString &quantity)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("PrnQuantity", text);
    };
    const auto given = numbersIn(quantity);
    if (given.size() != 1 || given.first().first <= 0)
        return Error {QStringLiteral("dose"), tr("Say how much was given, as a number")};
    const double amount = given.first().first;
    const auto range = prnDoseRange(protocol.doseRule);
    if (!range)
        return QString(quantity.simplified());
    if (amount < range->minimum || amount > range->maximum) {
        const QString allowed = range->minimum == range->maximum
            ? number(range->minimum)
            : tr("%1 to %2").arg(number(range->minimum), number(range->maximum));
        return Error {QStringLiteral("dose"),
                      tr("The dose must be %1 %2, as the prescription says (\"%3\")")
                          .arg(allowed, range->unit, protocol.doseRule.simplified())
                          .simplified()};
    }
    // The worker's own words when they name the unit ("one tablet"), else the rule's unit.
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
    const QString typed = quantity.simplified();
    const bool onlyNumber = !typed.contains(letters) || numberWords().contains(typed.toLower());
    if (!onlyNumber || range->unit.isEmpty())
        return onlyNumber ? number(amount) : typed;
    return number(amount) + u' ' + range->unit;
}

} // namespace careround
