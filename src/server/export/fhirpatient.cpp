// Patient, AllergyIntolerance, Flag and Consent (docs/interop.md).
#include "core/recordtypes.h"
#include "core/rules/nhsnumber.h"
#include "fhirjson.h"
#include "fhirmappers.h"

namespace careround::server::fhir {

namespace {

const QString NhsNumberSystem = QStringLiteral("https://fhir.nhs.uk/Id/nhs-number");

QJsonObject address(const QJsonObject &payload)
{
    const QJsonObject a = payload.value(QStringLiteral("address")).toObject();
    QJsonObject out {{QStringLiteral("use"), QStringLiteral("home")}};
    QJsonArray lines;
    for (const char *key : {"line1", "line2"}) {
        const QString line = a.value(QLatin1String(key)).toString();
        if (!line.isEmpty())
            lines.append(line);
    }
    if (!lines.isEmpty())
        out.insert(QStringLiteral("line"), lines);
    copyText(out, QStringLiteral("city"), a, QStringLiteral("town"));
    copyText(out, QStringLiteral("postalCode"), payload, QStringLiteral("postcode"));
    copyText(out, QStringLiteral("postalCode"), a, QStringLiteral("postcode"));
    return out;
}

QJsonObject contact(const QString &name, const QString &relationship, const QString &phone,
                    const QString &addressText)
{
    QJsonObject out {{QStringLiteral("name"), textConcept(name)}};
    if (!relationship.isEmpty())
        out.insert(QStringLiteral("relationship"), QJsonArray {textConcept(relationship)});
    if (!phone.isEmpty())
        out.insert(QStringLiteral("telecom"),
                   QJsonArray {QJsonObject {{QStringLiteral("system"), QStringLiteral("phone")},
                                            {QStringLiteral("value"), phone}}});
    if (!addressText.isEmpty())
        out.insert(QStringLiteral("address"), textConcept(addressText));
    return out;
}

QString attorneyWords(const QString &kind)
{
    if (kind == QLatin1String("lpa_health_welfare"))
        return QStringLiteral("Lasting power of attorney (health and welfare)");
    if (kind == QLatin1String("lpa_property_finance"))
        return QStringLiteral("Lasting power of attorney (property and financial affairs)");
    if (kind == QLatin1String("deputy"))
        return QStringLiteral("Deputy appointed by the Court of Protection");
    return QStringLiteral("Attorney");
}

QJsonObject patient(const Record &person, VersionState state)
{
    const QJsonObject p = person.payload;
    QJsonObject out {
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("active"), state != VersionState::Withdrawn},
    };
    // The NHS number only when it passes core's modulus-11 check.
    if (const auto nhs = checkNhsNumber(p.value(QStringLiteral("nhsNumber")).toString()))
        out.insert(QStringLiteral("identifier"),
                   QJsonArray {QJsonObject {{QStringLiteral("system"), NhsNumberSystem},
                                            {QStringLiteral("value"), nhs.value()}}});
    QJsonArray names {QJsonObject {{QStringLiteral("use"), QStringLiteral("official")},
                                   {QStringLiteral("text"), p.value(QStringLiteral("name"))}}};
    if (const QString preferred = p.value(QStringLiteral("preferredName")).toString();
        !preferred.isEmpty())
        names.append(QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")},
                                  {QStringLiteral("text"), preferred}});
    out.insert(QStringLiteral("name"), names);
    copyText(out, QStringLiteral("birthDate"), p, QStringLiteral("dateOfBirth"));
    if (p.contains(QStringLiteral("address")) || p.contains(QStringLiteral("postcode")))
        out.insert(QStringLiteral("address"), QJsonArray {address(p)});
    QJsonArray contacts;
    for (const QJsonValue &c : p.value(QStringLiteral("keyContacts")).toArray()) {
        const QJsonObject o = c.toObject();
        contacts.append(contact(o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("relationship")).toString(),
                                o.value(QStringLiteral("phone")).toString(),
                                o.value(QStringLiteral("address")).toString()));
    }
    if (const QJsonObject a = p.value(QStringLiteral("attorney")).toObject(); !a.isEmpty())
        contacts.append(contact(a.value(QStringLiteral("name")).toString(),
                                attorneyWords(a.value(QStringLiteral("kind")).toString()),
                                a.value(QStringLiteral("phone")).toString(), {}));
    if (!contacts.isEmpty())
        out.insert(QStringLiteral("contact"), contacts);
    return out;
}

QStringList texts(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array) {
        const QString text = v.isObject()
            ? v.toObject().value(QStringLiteral("description")).toString()
            : v.toString();
        if (!text.trimmed().isEmpty() && text.trimmed().toLower() != QLatin1String("none"))
            out.append(text.trimmed());
    }
    return out;
}

QJsonObject flag(const BundleBuilder &b, const QString &id, const QString &category,
                 const QString &words, bool active)
{
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("Flag")},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("category"), QJsonArray {textConcept(category)}},
        {QStringLiteral("code"), textConcept(words)},
        {QStringLiteral("subject"), reference(b.patientId())},
    };
}

} // namespace

void addPatient(BundleBuilder &b)
{
    // The person's latest person record (core's amendment fold decides what it now says).
    const QList<Record> people = b.originals(QString::fromLatin1(RecordType::Person));
    const Record *latest = nullptr;
    for (const Record &r : people) {
        if (!b.withdrawn(r.id))
            latest = &r;
    }
    if (!latest && !people.isEmpty())
        latest = &people.last();
    if (!latest)
        return;
    b.addVersions(
        *latest, [](const Record &r, VersionState state) { return patient(r, state); },
        b.patientId());
    const EffectiveRecord *now = b.effective(latest->id);
    if (!now)
        return;
    // Parts of the person record as it now stands: one resource each, with ids derived from
    // the record id and the part.
    const QJsonObject p = now->record.payload;
    const QStringList sources {latest->id};
    for (const QString &allergy : texts(p.value(QStringLiteral("allergies")).toArray())) {
        b.add(
            QJsonObject {
                {QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
                {QStringLiteral("id"), partId(latest->id, QStringLiteral("allergy:") + allergy)},
                {QStringLiteral("clinicalStatus"),
                 codedConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                             "allergyintolerance-clinical"),
                              QStringLiteral("active"), QStringLiteral("Active"))},
                {QStringLiteral("code"), textConcept(allergy)},
                {QStringLiteral("patient"), reference(b.patientId())},
            },
            sources);
    }
    if (p.value(QStringLiteral("dnacpr")).toBool())
        b.add(flag(b, partId(latest->id, QStringLiteral("dnacpr")), QStringLiteral("Resuscitation"),
                   QStringLiteral("Do not attempt cardiopulmonary resuscitation (DNACPR)"), true),
              sources);
    for (const QString &risk : texts(p.value(QStringLiteral("riskFlags")).toArray()))
        b.add(flag(b, partId(latest->id, QStringLiteral("risk:") + risk), QStringLiteral("Risk"),
                   risk, true),
              sources);
    for (const QString &need : texts(p.value(QStringLiteral("communicationNeeds")).toArray()))
        b.add(flag(b, partId(latest->id, QStringLiteral("communication:") + need),
                   QStringLiteral("Communication need"), need, true),
              sources);
}

void addConsents(BundleBuilder &b)
{
    const ExportInput &in = b.input();
    for (const FamilyLink &link : in.links) {
        const QList<ConsentEvent> history = in.consents.value(link.id);
        QJsonObject consent {
            {QStringLiteral("resourceType"), QStringLiteral("Consent")},
            {QStringLiteral("id"), resourceId(link.id)},
            // Never given: proposed; given: active; withdrawn: inactive.
            {QStringLiteral("status"),
             link.consentActive      ? QStringLiteral("active")
                 : history.isEmpty() ? QStringLiteral("proposed")
                                     : QStringLiteral("inactive")},
            {QStringLiteral("scope"),
             codedConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                          QStringLiteral("patient-privacy"), QStringLiteral("Privacy Consent"))},
            {QStringLiteral("category"),
             QJsonArray {codedConcept(QStringLiteral("http://loinc.org"), QStringLiteral("59284-0"),
                                      QStringLiteral("Patient Consent"))}},
            {QStringLiteral("patient"), reference(b.patientId())},
            {QStringLiteral("policyRule"),
             textConcept(QStringLiteral("Sharing visit summaries and the family communication book "
                                        "with a named family member"))},
            {QStringLiteral("provision"),
             QJsonObject {
                 {QStringLiteral("type"), QStringLiteral("permit")},
                 {QStringLiteral("actor"),
                  QJsonArray {QJsonObject {
                      {QStringLiteral("role"),
                       codedConcept(
                           QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode"),
                           QStringLiteral("FAMMEMB"), QStringLiteral("family member"))},
                      {QStringLiteral("reference"), b.person(link.familyUserId)}}}}}},
        };
        if (!history.isEmpty()) {
            const ConsentEvent &last = history.last();
            consent.insert(QStringLiteral("dateTime"), dateTime(last.at, in.zone));
            consent.insert(QStringLiteral("performer"),
                           QJsonArray {b.person(last.recordedByUserId)});
        }
        b.add(consent, {});
    }
}

} // namespace careround::server::fhir
