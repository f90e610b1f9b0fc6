#pragma once
// Collects the FHIR R4 resources of one person's export into a Bundle (docs/interop.md). The
// mappers (fhirpatient.cpp, fhirvisits.cpp, …) add resources through it; it keeps every version
// of an amended record and a Provenance per amendment, and the people that resources name.
#include "core/record.h"
#include "core/rules/amendments.h"
#include "server/storage/servertypes.h"
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <functional>

namespace careround::server::fhir {

struct ExportInput
{
    QString orgId;
    QString personId;
    QList<Record> records; // every stored record of the person, amendments included
    QHash<QString, User> users; // the organisation's users by id
    QList<FamilyLink> links; // the person's family links
    QHash<QString, QList<ConsentEvent>> consents; // link id → consent history
    QDate from, to; // care days of visits and events to include; invalid = open
    QDateTime now; // for the visit status fold
    QTimeZone zone; // the zone times are written in (Europe/London)
    bool inWindow(const QDate &careDay) const;
};

enum class VersionState {
    Current, // the record as it now stands (the latest replacement, if amended)
    Superseded, // an earlier version, kept with a lower meta.versionId
    Withdrawn, // entered in error: shown with the resource's entered-in-error status
};

class BundleBuilder
{
public:
    explicit BundleBuilder(const ExportInput &input);

    const ExportInput &input() const { return m_input; }
    QString patientId() const;
    // The record's current state by core's amendment fold, or nullptr when withdrawn/unknown.
    const EffectiveRecord *effective(const QString &recordId) const;
    bool withdrawn(const QString &recordId) const;
    // Records of `type` (originals, one per id, HLC order), withdrawn ones included.
    QList<Record> originals(const QString &type) const;

    // One resource, made from these records (audited as read).
    void add(const QJsonObject &resource, const QStringList &sourceRecordIds);
    // Records read to make a resource without being one (a visit's events): audited too.
    void markRead(const QStringList &recordIds);
    using Mapper = std::function<QJsonObject(const Record &, VersionState)>;
    // Every version of the record `recordId` as an entry with the same fullUrl and meta.versionId
    // 1…n (the last is current, or withdrawn), and a Provenance per amendment pointing at the
    // version it replaced and the one it made. `resourceId` empty = the record's id.
    void addVersions(const Record &original, const Mapper &map, const QString &resourceId = {});
    // A reference to the Practitioner (staff) or RelatedPerson (family member) who is `userId`;
    // that resource is added to the bundle. Someone not in the directory: a display only.
    QJsonObject person(const QString &userId, const QString &fallbackName = {});
    bool holds(const QString &resourceId) const { return m_ids.contains(resourceId); }

    // The finished Bundle (type collection; see docs/interop.md for why).
    QJsonObject bundle(const QString &bundleId) const;
    const QStringList &sourceRecordIds() const { return m_sources; }

private:
    QJsonObject practitioner(const User &user) const;
    QJsonObject relatedPerson(const User &user) const;

    const ExportInput &m_input;
    QHash<QString, EffectiveRecord> m_effective;
    QHash<QString, QList<Record>> m_amendments; // amended id → amendments, HLC order
    QHash<QString, Record> m_originals;
    QList<QJsonObject> m_entries;
    QSet<QString> m_ids;
    QSet<QString> m_people; // user ids already added
    QStringList m_sources;
    QSet<QString> m_sourceSet;
};

} // namespace careround::server::fhir
