#include "fhirbundle.h"

#include "core/recordtypes.h"
#include "fhirjson.h"
#include <QJsonArray>
#include <algorithm>

namespace careround::server::fhir {

namespace {
bool hlcBefore(const Record &a, const Record &b)
{
    return a.hlc < b.hlc || (a.hlc == b.hlc && a.id < b.id);
}

// Data operation codes of the Provenance activity (HL7 v3 DataOperation).
const QString DataOperation =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-DataOperation");
} // namespace

bool ExportInput::inWindow(const QDate &careDay) const
{
    return (!from.isValid() || careDay >= from) && (!to.isValid() || careDay <= to);
}

BundleBuilder::BundleBuilder(const ExportInput &input)
    : m_input(input)
{
    for (const EffectiveRecord &e : effectiveRecords(input.records))
        m_effective.insert(e.record.id, e);
    for (const Record &r : input.records) {
        if (r.type == QLatin1String(RecordType::Amendment))
            m_amendments[r.amends].append(r);
        else if (!m_originals.contains(r.id))
            m_originals.insert(r.id, r);
    }
    for (auto &list : m_amendments)
        std::sort(list.begin(), list.end(), hlcBefore);
}

QString BundleBuilder::patientId() const
{
    return resourceId(m_input.personId);
}

const EffectiveRecord *BundleBuilder::effective(const QString &recordId) const
{
    const auto it = m_effective.constFind(recordId);
    return it == m_effective.constEnd() ? nullptr : &it.value();
}

bool BundleBuilder::withdrawn(const QString &recordId) const
{
    return m_originals.contains(recordId) && !m_effective.contains(recordId);
}

QList<Record> BundleBuilder::originals(const QString &type) const
{
    QList<Record> out;
    for (const Record &r : m_originals) {
        if (r.type == type)
            out.append(r);
    }
    std::sort(out.begin(), out.end(), hlcBefore);
    return out;
}

void BundleBuilder::add(const QJsonObject &resource, const QStringList &sourceRecordIds)
{
    m_entries.append(resource);
    m_ids.insert(resource.value(QStringLiteral("id")).toString());
    markRead(sourceRecordIds);
}

void BundleBuilder::markRead(const QStringList &recordIds)
{
    for (const QString &id : recordIds) {
        if (!m_sourceSet.contains(id)) {
            m_sourceSet.insert(id);
            m_sources.append(id);
        }
    }
}

void BundleBuilder::addVersions(const Record &original, const Mapper &map, const QString &id)
{
    const QString resId = id.isEmpty() ? resourceId(original.id) : id;
    const QList<Record> amendments = m_amendments.value(original.id);
    const EffectiveRecord *now = effective(original.id);
    // Versions: the original, then each amendment's replacement that core's fold applies; the
    // last one is the record as it now stands (core's payload), or withdrawn.
    QList<QJsonObject> payloads {original.payload};
    QList<const Record *> madeBy {nullptr};
    for (const Record &a : amendments) {
        const QJsonObject replacement = a.payload.value(QStringLiteral("replacement")).toObject();
        const bool applies = a.payload.value(QStringLiteral("withdrawn")).toBool()
            || a.payload.value(QStringLiteral("amendedType")).toString() == original.type;
        if (!applies)
            continue;
        payloads.append(replacement.isEmpty() ? payloads.last() : replacement);
        madeBy.append(&a);
    }
    if (now)
        payloads.last() = now->record.payload;
    QStringList sources {original.id};
    for (const Record &a : amendments)
        sources.append(a.id);
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        Record version = original;
        version.payload = payloads.at(i);
        const bool last = i == payloads.size() - 1;
        const VersionState state = !last ? VersionState::Superseded
            : now                        ? VersionState::Current
                                         : VersionState::Withdrawn;
        QJsonObject resource = map(version, state);
        resource.insert(QStringLiteral("id"), resId);
        QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
        meta.insert(QStringLiteral("versionId"), QString::number(i + 1));
        resource.insert(QStringLiteral("meta"), meta);
        add(resource, sources);
        const Record *amendment = madeBy.at(i);
        if (!amendment)
            continue;
        const bool withdrawal = amendment->payload.value(QStringLiteral("withdrawn")).toBool();
        QJsonObject provenance {
            {QStringLiteral("resourceType"), QStringLiteral("Provenance")},
            {QStringLiteral("id"), resourceId(amendment->id)},
            {QStringLiteral("target"),
             QJsonArray {reference(resId, QStringLiteral("version %1").arg(i + 1))}},
            {QStringLiteral("recorded"), dateTime(amendment->deviceTime, m_input.zone)},
            {QStringLiteral("activity"),
             codedConcept(DataOperation,
                          withdrawal ? QStringLiteral("NULLIFY") : QStringLiteral("UPDATE"),
                          withdrawal ? QStringLiteral("nullify") : QStringLiteral("revise"))},
            {QStringLiteral("reason"),
             QJsonArray {
                 textConcept(amendment->payload.value(QStringLiteral("reason")).toString())}},
            {QStringLiteral("agent"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("who"),
                  person(amendment->authorUserId,
                         amendment->payload.value(QStringLiteral("authorName")).toString())}}}},
            {QStringLiteral("entity"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("role"), QStringLiteral("revision")},
                 {QStringLiteral("what"), reference(resId, QStringLiteral("version %1").arg(i))}}}},
        };
        add(provenance, {amendment->id});
    }
}

QJsonObject BundleBuilder::person(const QString &userId, const QString &fallbackName)
{
    const auto user = m_input.users.constFind(userId);
    if (user == m_input.users.constEnd())
        return displayReference(fallbackName.isEmpty() ? userId : fallbackName);
    const QString id = resourceId(userId);
    if (!m_people.contains(userId)) {
        m_people.insert(userId);
        add(user->role == Role::FamilyMember ? relatedPerson(*user) : practitioner(*user), {});
    }
    return reference(id, user->displayName);
}

QJsonObject BundleBuilder::practitioner(const User &user) const
{
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("Practitioner")},
        {QStringLiteral("id"), resourceId(user.id)},
        {QStringLiteral("active"), !user.disabled},
        {QStringLiteral("name"), QJsonArray {textConcept(user.displayName)}},
    };
}

QJsonObject BundleBuilder::relatedPerson(const User &user) const
{
    QJsonObject related {
        {QStringLiteral("resourceType"), QStringLiteral("RelatedPerson")},
        {QStringLiteral("id"), resourceId(user.id)},
        {QStringLiteral("active"), !user.disabled},
        {QStringLiteral("patient"), reference(patientId())},
        {QStringLiteral("name"), QJsonArray {textConcept(user.displayName)}},
    };
    for (const FamilyLink &link : m_input.links) {
        if (link.familyUserId == user.id && !link.relationship.isEmpty())
            related.insert(QStringLiteral("relationship"),
                           QJsonArray {textConcept(link.relationship)});
    }
    return related;
}

QJsonObject BundleBuilder::bundle(const QString &bundleId) const
{
    QJsonArray entries;
    for (const QJsonObject &resource : m_entries)
        entries.append(QJsonObject {
            {QStringLiteral("fullUrl"), fullUrl(resource.value(QStringLiteral("id")).toString())},
            {QStringLiteral("resource"), resource}});
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("id"), bundleId},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), dateTime(m_input.now, m_input.zone)},
        {QStringLiteral("entry"), entries},
    };
}

} // namespace careround::server::fhir
