#pragma once
// Deterministic, realistic-looking demo data: UK names, Kent addresses and postcodes, NHS
// numbers from the 999 test range with a valid modulus-11 check digit.
#include <QRandomGenerator>
#include <QString>

namespace careround::server::demo {

struct Address
{
    QString line1;
    QString town;
    QString postcode;
    double latitude = 0;
    double longitude = 0;
    QString ruralClass; // "urban", "town_and_fringe", "village_and_dispersed" (billing uplift)
};

struct PersonName
{
    QString first;
    QString last;
    QString preferred;
};

PersonName personName(QRandomGenerator &random);
QString staffName(QRandomGenerator &random);
Address address(QRandomGenerator &random);
QString nhsNumber(QRandomGenerator &random); // 10 digits, 999xxxxxxx, valid check digit
bool nhsNumberIsValid(const QString &digits); // modulus 11
QString phoneNumber(QRandomGenerator &random); // 07700 900xxx (Ofcom drama range)

template<typename T, qsizetype N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

} // namespace careround::server::demo
