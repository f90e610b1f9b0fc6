#include "medicationorder.h"
#include "recordtypes.h"
#include "recordvalidation.h"
#include <QJsonArray>

namespace careround {

Result<MedicationOrder> MedicationOrder::fromRecord(const Record &record)
{
    if (record.type != QLatin1String(RecordType::MedicationOrder))
        return Error {QStringLiteral("type"),
                      QStringLiteral("must be medication.order, not %1").arg(record.type.left(64))};
    if (auto valid = validateRecord(record); !valid)
        return valid.error();
    const QJsonObject &p = record.payload;
    const auto text = [&p](const char *key) {
        return p.value(QLatin1String(key)).toString();
    };
    const auto date = [](const QJsonObject &o, const char *key) {
        return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    MedicationOrder o;
    o.orderId = record.id;
    o.personId = record.personId;
    o.medicine = text("medicine");
    o.formulation = text("formulation");
    o.strength = text("strength");
    o.dose = text("dose");
    o.route = text("route");
    for (const QJsonValue &t : p.value(QStringLiteral("times")).toArray())
        o.times.append(QTime::fromString(t.toString(), QStringLiteral("HH:mm")));
    std::sort(o.times.begin(), o.times.end());
    const QString level = text("supportLevel");
    o.supportLevel = level == QLatin1String("administer") ? SupportLevel::Administer
        : level == QLatin1String("assist")                ? SupportLevel::Assist
                                                          : SupportLevel::Prompt;
    o.prescriber = text("prescriber");
    o.prn = p.value(QStringLiteral("prn")).toBool();
    if (o.prn) {
        const QJsonObject prn = p.value(QStringLiteral("prnProtocol")).toObject();
        o.prnProtocol.indication = prn.value(QStringLiteral("indication")).toString();
        o.prnProtocol.doseRule = prn.value(QStringLiteral("doseRule")).toString();
        o.prnProtocol.minimumIntervalMinutes =
            prn.value(QStringLiteral("minimumIntervalMinutes")).toInt();
        o.prnProtocol.maxDosesPer24h = prn.value(QStringLiteral("maxDosesPer24h")).toInt();
        o.prnProtocol.signsToLookFor = prn.value(QStringLiteral("signsToLookFor")).toString();
        o.prnProtocol.tryFirst = prn.value(QStringLiteral("tryFirst")).toString();
        o.prnProtocol.reviewDate = date(prn, "reviewDate");
    }
    o.timeCritical = p.value(QStringLiteral("timeCritical")).toBool();
    o.timeCriticalWindowMinutes =
        o.timeCritical ? p.value(QStringLiteral("timeCriticalWindowMinutes")).toInt() : 0;
    o.startDate = date(p, "startDate");
    o.stopDate = date(p, "stopDate");
    o.reviewDate = date(p, "reviewDate");
    o.instructions = text("instructions");
    o.secondSignatureRequired = p.value(QStringLiteral("secondSignatureRequired")).toBool();
    return o;
}

bool MedicationOrder::activeOn(const QDate &day) const
{
    return (!startDate.isValid() || startDate <= day) && (!stopDate.isValid() || day <= stopDate);
}

} // namespace careround
