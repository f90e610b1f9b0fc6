#include "nhsnumber.h"
#include <QRegularExpression>

namespace careround {

Result<QString> checkNhsNumber(const QString &text)
{
    const QString field = QStringLiteral("nhsNumber");
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]{10}|[0-9]{3} [0-9]{3} [0-9]{4})$"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error {field, QStringLiteral("is required")};
    if (!shape.match(trimmed).hasMatch())
        return Error {
            field,
            QStringLiteral("must be 10 digits, written together or as 3 3 4 (e.g. 943 476 5919)")};
    QString digits = trimmed;
    digits.remove(QLatin1Char(' '));
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return Error {
            field,
            QStringLiteral(
                "is not a valid NHS number (no check digit is possible for these digits)")};
    if (check != digits.at(9).digitValue())
        return Error {field,
                      QStringLiteral("check digit does not match: please re-check the number")};
    return digits;
}

bool isValidNhsNumber(const QString &text)
{
    return checkNhsNumber(text).ok();
}

} // namespace careround
