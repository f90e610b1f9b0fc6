// MedicationRequest per order and MedicationAdministration per recorded dose; every outcome of
// core's fixed list maps to a status and a statusReason carrying its words (docs/interop.md).
#include "core/medicationorder.h"
#include "core/recordtypes.h"
#include "core/rules/duedoses.h"
#include "core/rules/localtime.h"
#include "fhirjson.h"
#include "fhirmappers.h"

namespace careround::server::fhir {

namespace {

const QString Ucum = QStringLiteral("http://unitsofmeasure.org");
const QString AdminPerformer =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/med-admin-perform-function");

QString medicineWords(const MedicationOrder &o)
{
    QStringList parts {o.medicine};
    for (const QString &part : {o.strength, o.formulation}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject dosage(const MedicationOrder &o)
{
    QStringList text {o.dose, o.route};
    if (!o.instructions.isEmpty())
        text.append(o.instructions);
    QJsonObject repeat;
    if (o.startDate.isValid() || o.stopDate.isValid()) {
        QJsonObject bounds;
        if (o.startDate.isValid())
            bounds.insert(QStringLiteral("start"), date(o.startDate));
        if (o.stopDate.isValid())
            bounds.insert(QStringLiteral("end"), date(o.stopDate));
        repeat.insert(QStringLiteral("boundsPeriod"), bounds);
    }
    QJsonObject out {{QStringLiteral("route"), textConcept(o.route)}};
    if (o.prn) {
        const PrnProtocol &p = o.prnProtocol;
        text.append(QStringLiteral("As needed: %1. %2. At least %3 minutes between doses.")
                        .arg(p.indication, p.doseRule)
                        .arg(p.minimumIntervalMinutes));
        out.insert(QStringLiteral("asNeededCodeableConcept"), textConcept(p.indication));
        out.insert(QStringLiteral("maxDosePerPeriod"),
                   QJsonObject {{QStringLiteral("numerator"),
                                 QJsonObject {{QStringLiteral("value"), p.maxDosesPer24h},
                                              {QStringLiteral("unit"), QStringLiteral("dose")}}},
                                {QStringLiteral("denominator"),
                                 QJsonObject {{QStringLiteral("value"), 24},
                                              {QStringLiteral("unit"), QStringLiteral("h")},
                                              {QStringLiteral("system"), Ucum},
                                              {QStringLiteral("code"), QStringLiteral("h")}}}});
        if (!p.signsToLookFor.isEmpty() || !p.tryFirst.isEmpty())
            out.insert(QStringLiteral("patientInstruction"),
                       QStringList {p.signsToLookFor, p.tryFirst}.join(QLatin1Char(' ')).trimmed());
    } else {
        QJsonArray times;
        for (const QTime &t : o.times)
            times.append(t.toString(QStringLiteral("HH:mm:ss")));
        repeat.insert(QStringLiteral("timeOfDay"), times);
        if (o.timeCritical)
            text.append(QStringLiteral("Time-critical: within %1 minutes of the time")
                            .arg(o.timeCriticalWindowMinutes));
    }
    if (!repeat.isEmpty())
        out.insert(QStringLiteral("timing"), QJsonObject {{QStringLiteral("repeat"), repeat}});
    text.removeAll(QString());
    out.insert(QStringLiteral("text"), text.join(QStringLiteral(", ")));
    return out;
}

QJsonObject request(BundleBuilder &b, const Record &r, VersionState state)
{
    QJsonObject out {
        {QStringLiteral("resourceType"), QStringLiteral("MedicationRequest")},
        {QStringLiteral("intent"), QStringLiteral("order")},
        {QStringLiteral("subject"), reference(b.patientId())},
        {QStringLiteral("authoredOn"), dateTime(r.deviceTime, b.input().zone)},
    };
    const auto order = MedicationOrder::fromRecord(r);
    if (!order) {
        out.insert(QStringLiteral("status"), QStringLiteral("unknown"));
        out.insert(QStringLiteral("medicationCodeableConcept"),
                   textConcept(r.payload.value(QStringLiteral("medicine")).toString()));
        return out;
    }
    const MedicationOrder &o = order.value();
    const QDate today = b.input().now.toTimeZone(b.input().zone).date();
    out.insert(QStringLiteral("status"),
               state == VersionState::Withdrawn                 ? QStringLiteral("entered-in-error")
                   : o.stopDate.isValid() && o.stopDate < today ? QStringLiteral("completed")
                                                                : QStringLiteral("active"));
    out.insert(QStringLiteral("medicationCodeableConcept"), textConcept(medicineWords(o)));
    if (!o.prescriber.isEmpty())
        out.insert(QStringLiteral("requester"), displayReference(o.prescriber));
    out.insert(QStringLiteral("dosageInstruction"), QJsonArray {dosage(o)});
    return out;
}

QJsonObject administration(BundleBuilder &b, const Record &r, VersionState state,
                           const QHash<QString, MedicationOrder> &orders)
{
    const ExportInput &in = b.input();
    const QJsonObject p = r.payload;
    const QString orderId = p.value(QStringLiteral("orderId")).toString();
    const auto outcome = medicationOutcomeFromCode(p.value(QStringLiteral("outcome")).toString());
    QJsonObject out {
        {QStringLiteral("resourceType"), QStringLiteral("MedicationAdministration")},
        {QStringLiteral("subject"), reference(b.patientId())},
    };
    QString status = outcome ? administrationStatus(*outcome) : QStringLiteral("unknown");
    if (state == VersionState::Withdrawn)
        status = QStringLiteral("entered-in-error");
    out.insert(QStringLiteral("status"), status);
    if (outcome) {
        // The outcome's words as the list gives them, then the worker's reason.
        QString words = medicationOutcomeWords(*outcome);
        if (const QString reason = p.value(QStringLiteral("reason")).toString(); !reason.isEmpty())
            words += QStringLiteral(": ") + reason;
        out.insert(QStringLiteral("statusReason"), QJsonArray {textConcept(words)});
    }
    const auto order = orders.constFind(orderId);
    out.insert(QStringLiteral("medicationCodeableConcept"),
               textConcept(order != orders.constEnd() ? medicineWords(*order)
                                                      : QStringLiteral("Unknown medicine")));
    if (b.holds(resourceId(orderId)))
        out.insert(QStringLiteral("request"), reference(resourceId(orderId)));
    if (b.holds(resourceId(r.visitId)) && !r.visitId.isEmpty())
        out.insert(QStringLiteral("context"), reference(resourceId(r.visitId)));
    // When: the time it was given; else the slot's time that day (core's wall-clock rule);
    // else when it was recorded.
    QDateTime when = QDateTime::fromString(p.value(QStringLiteral("administeredAt")).toString(),
                                           Qt::ISODateWithMs);
    const QTime slot = QTime::fromString(p.value(QStringLiteral("scheduledTime")).toString(),
                                         QStringLiteral("HH:mm"));
    if (!when.isValid() && slot.isValid())
        when = resolveWallClock(r.careDay, slot, in.zone).utc;
    if (!when.isValid())
        when = r.deviceTime;
    out.insert(QStringLiteral("effectiveDateTime"), dateTime(when, in.zone));
    QJsonArray performers {QJsonObject {
        {QStringLiteral("function"),
         codedConcept(AdminPerformer, QStringLiteral("performer"), QStringLiteral("Performer"))},
        {QStringLiteral("actor"), b.person(r.authorUserId)}}};
    if (const QString signer = p.value(QStringLiteral("secondSignerUserId")).toString();
        !signer.isEmpty())
        performers.append(QJsonObject {
            {QStringLiteral("function"),
             codedConcept(AdminPerformer, QStringLiteral("witness"), QStringLiteral("Witness"))},
            {QStringLiteral("actor"), b.person(signer)}});
    out.insert(QStringLiteral("performer"), performers);
    if (const QString dose = p.value(QStringLiteral("dose")).toString(); !dose.isEmpty())
        out.insert(QStringLiteral("dosage"), QJsonObject {{QStringLiteral("text"), dose}});
    QStringList texts {p.value(QStringLiteral("note")).toString()};
    if (const QJsonObject effect = p.value(QStringLiteral("prnEffect")).toObject();
        !effect.isEmpty())
        texts.append(
            QStringLiteral("Effect of the as-needed dose: %1%2")
                .arg(effect.value(QStringLiteral("effect"))
                         .toString()
                         .replace(QLatin1Char('_'), QLatin1Char(' ')),
                     effect.value(QStringLiteral("note")).toString().isEmpty()
                         ? QString()
                         : QStringLiteral(". ") + effect.value(QStringLiteral("note")).toString()));
    if (const QJsonArray n = notes(texts); !n.isEmpty())
        out.insert(QStringLiteral("note"), n);
    return out;
}

} // namespace

QString administrationStatus(MedicationOutcome outcome)
{
    return isGiven(outcome) ? QStringLiteral("completed") : QStringLiteral("not-done");
}

void addMedication(BundleBuilder &b)
{
    const ExportInput &in = b.input();
    QHash<QString, MedicationOrder> orders; // as they now stand, for the medicine's words
    for (const MedicationOrder &o : currentMedicationOrders(in.records))
        orders.insert(o.orderId, o);
    for (const Record &order : b.originals(QString::fromLatin1(RecordType::MedicationOrder)))
        b.addVersions(order,
                      [&b](const Record &r, VersionState state) { return request(b, r, state); });
    for (const Record &dose :
         b.originals(QString::fromLatin1(RecordType::MedicationAdministration))) {
        if (!in.inWindow(dose.careDay))
            continue;
        b.addVersions(dose, [&](const Record &r, VersionState state) {
            return administration(b, r, state, orders);
        });
    }
}

} // namespace careround::server::fhir
