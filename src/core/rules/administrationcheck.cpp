#include "administrationcheck.h"
#include "core/medicationoutcome.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace careround {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdministrationCheck", text);
}

QString dayWords(const QDate &day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(day, QStringLiteral("d MMMM yyyy"));
}

} // namespace

Result<void> checkAdministrationAgainstOrder(const MedicationOrder &order,
                                             const QJsonObject &payload,
                                             const QString &authorUserId, const QDate &careDay)
{
    const QString &medicine = order.medicine;
    if (payload.value(QStringLiteral("orderId")).toString() != order.orderId)
        return fieldError(QStringLiteral("payload.orderId"),
                          tr("must be the id of the %1 order").arg(medicine));
    if (order.startDate.isValid() && careDay < order.startDate)
        return fieldError(QStringLiteral("careDay"),
                          tr("%1 starts on %2: it is not due on this day")
                              .arg(medicine, dayWords(order.startDate)));
    if (order.stopDate.isValid() && careDay > order.stopDate)
        return fieldError(
            QStringLiteral("careDay"),
            tr("%1 was stopped: the last day was %2").arg(medicine, dayWords(order.stopDate)));
    const bool prnDose = payload.value(QStringLiteral("prn")).toBool();
    if (prnDose && !order.prn)
        return fieldError(
            QStringLiteral("payload.prn"),
            tr("must be false: %1 is given at set times, not as needed (PRN)").arg(medicine));
    if (!prnDose && order.prn)
        return fieldError(QStringLiteral("payload.prn"),
                          tr("must be true: %1 is given as needed (PRN)").arg(medicine));
    if (!prnDose) {
        const QString slot = payload.value(QStringLiteral("scheduledTime")).toString();
        const QTime time = QTime::fromString(slot, QStringLiteral("HH:mm"));
        if (!time.isValid() || !order.times.contains(time)) {
            QStringList times;
            for (const QTime &t : order.times)
                times.append(t.toString(QStringLiteral("HH:mm")));
            return fieldError(QStringLiteral("payload.scheduledTime"),
                              tr("must be one of the times of %1: %2")
                                  .arg(medicine, times.join(QStringLiteral(", "))));
        }
    }
    const auto outcome =
        medicationOutcomeFromCode(payload.value(QStringLiteral("outcome")).toString());
    const QString signer = payload.value(QStringLiteral("secondSignerUserId")).toString().trimmed();
    if (signer.isEmpty() && order.secondSignatureRequired && outcome && isGiven(*outcome))
        return fieldError(QStringLiteral("payload.secondSignerUserId"),
                          tr("is required: %1 needs a second signature").arg(medicine));
    if (!signer.isEmpty() && signer == authorUserId)
        return fieldError(QStringLiteral("payload.secondSignerUserId"),
                          tr("must be a second person, not the one recording the dose"));
    return {};
}

} // namespace careround
