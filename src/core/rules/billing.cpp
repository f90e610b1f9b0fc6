#include "billing.h"
#include <QMap>
#include <algorithm>

namespace careround::billing {

namespace {
qint64 divideHalfUp(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator / 2) / denominator;
}
} // namespace

qint64 billableUnits(int payableMinutes)
{
    if (payableMinutes <= 0)
        return 0;
    if (payableMinutes <= 30)
        return 6LL * payableMinutes; // 180 units (0.6 h) at 30 minutes
    if (payableMinutes <= 60)
        return 180 + 4LL * (payableMinutes - 30); // 240 (0.8 h) at 45, 300 (1.0 h) at 60
    return 5LL * payableMinutes; // 300 units per 60 minutes
}

qint64 dayAmountPence(qint64 hourlyRatePence, qint64 units)
{
    return divideHalfUp(hourlyRatePence * units, UnitsPerHour);
}

qint64 nightAmountPence(qint64 sessionRatePence, qint64 nightMinutes)
{
    return divideHalfUp(sessionRatePence * nightMinutes, NightSessionMinutes);
}

bool isDaySupportTime(const QTime &localTime)
{
    return localTime.isValid() && localTime >= DayStart && localTime < DayEnd;
}

Result<int> payableMinutes(int deliveredMinutes, int plannedMinutes, const QString &emergencyReason)
{
    if (deliveredMinutes < 0)
        return Error {QStringLiteral("deliveredMinutes"), QStringLiteral("must not be negative")};
    if (plannedMinutes < 0)
        return Error {QStringLiteral("plannedMinutes"), QStringLiteral("must not be negative")};
    if (deliveredMinutes <= plannedMinutes)
        return deliveredMinutes;
    if (emergencyReason.trimmed().isEmpty())
        return Error {QStringLiteral("emergencyReason"),
                      QStringLiteral("is required to pay %1 minutes beyond the planned %2")
                          .arg(deliveredMinutes - plannedMinutes)
                          .arg(plannedMinutes)};
    return plannedMinutes + std::min(deliveredMinutes - plannedMinutes, MaxEmergencyExtraMinutes);
}

std::optional<RuralClass> ruralClassFromCode(const QString &code)
{
    if (code == QLatin1String("urban"))
        return RuralClass::Urban;
    if (code == QLatin1String("town_and_fringe"))
        return RuralClass::TownAndFringe;
    if (code == QLatin1String("village_and_dispersed"))
        return RuralClass::VillageAndDispersed;
    return std::nullopt;
}

int ruralUpliftPercent(RuralClass ruralClass)
{
    switch (ruralClass) {
    case RuralClass::Urban:
        return 0;
    case RuralClass::TownAndFringe:
        return 5;
    case RuralClass::VillageAndDispersed:
        return 10;
    }
    return 0;
}

qint64 upliftPence(qint64 amountPence, RuralClass ruralClass)
{
    return divideHalfUp(amountPence * ruralUpliftPercent(ruralClass), 100);
}

PaymentWeek weekOf(const QDate &day)
{
    if (!day.isValid())
        return {};
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

Result<QList<WeeklyBill>> billByWeek(const QList<DeliveredCall> &calls, const Rates &rates,
                                     RuralClass ruralClass)
{
    if (rates.hourlyPence < 0)
        return Error {QStringLiteral("rates.hourlyPence"), QStringLiteral("must not be negative")};
    if (rates.nightSessionPence < 0)
        return Error {QStringLiteral("rates.nightSessionPence"),
                      QStringLiteral("must not be negative")};
    QMap<QDate, WeeklyBill> weeks;
    for (int i = 0; i < calls.size(); ++i) {
        const DeliveredCall &call = calls.at(i);
        const QString where = QStringLiteral("calls[%1]").arg(i);
        if (!call.localStart.isValid())
            return Error {where + QStringLiteral(".localStart"), QStringLiteral("is required")};
        auto minutes =
            payableMinutes(call.deliveredMinutes, call.plannedMinutes, call.emergencyReason);
        if (!minutes)
            return Error {where + QLatin1Char('.') + minutes.error().field,
                          minutes.error().message};
        WeeklyBill &bill = weeks[weekOf(call.localStart.date()).monday];
        bill.week = weekOf(call.localStart.date());
        if (call.nightSession) {
            bill.nightMinutes += minutes.value();
        } else {
            bill.dayUnits += billableUnits(minutes.value());
            if (!isDaySupportTime(call.localStart.time()))
                ++bill.callsOutsideDayHours;
        }
    }
    QList<WeeklyBill> bills;
    for (WeeklyBill bill : weeks) {
        bill.dayPence = dayAmountPence(rates.hourlyPence, bill.dayUnits);
        bill.nightPence = nightAmountPence(rates.nightSessionPence, bill.nightMinutes);
        bill.upliftPence = upliftPence(bill.dayPence + bill.nightPence, ruralClass);
        bill.totalPence = bill.dayPence + bill.nightPence + bill.upliftPence;
        bills.append(bill);
    }
    return bills;
}

} // namespace careround::billing
