// Encounter (with Location evidence) per visit and Communication per communication-book entry
// (docs/interop.md).
#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "core/rules/visitstatus.h"
#include "fhirjson.h"
#include "fhirmappers.h"

namespace careround::server::fhir {

namespace {

const QString R5 =
    QStringLiteral("http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.");
const QString ParticipationType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType");

QString encounterStatus(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Upcoming:
    case VisitStatus::Due:
    case VisitStatus::Late:
        return QStringLiteral("planned");
    case VisitStatus::InProgress:
        return QStringLiteral("in-progress");
    case VisitStatus::Done:
        return QStringLiteral("finished");
    case VisitStatus::Missed:
    case VisitStatus::NoAccess:
    case VisitStatus::Cancelled:
        return QStringLiteral("cancelled"); // ended before it began; the words say which
    }
    return QStringLiteral("unknown");
}

QString statusWords(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Upcoming:
        return QStringLiteral("Upcoming");
    case VisitStatus::Due:
        return QStringLiteral("Due");
    case VisitStatus::Late:
        return QStringLiteral("Late");
    case VisitStatus::Missed:
        return QStringLiteral("Missed");
    case VisitStatus::InProgress:
        return QStringLiteral("In progress");
    case VisitStatus::Done:
        return QStringLiteral("Done");
    case VisitStatus::NoAccess:
        return QStringLiteral("No access");
    case VisitStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

// A check-in or check-out with a position fix, as a Location: where the phone was, how
// accurate the fix was and how it compared with the home.
QJsonObject location(const Record &event, const QTimeZone &zone)
{
    const QJsonObject p = event.payload;
    const QJsonObject fix = p.value(QStringLiteral("location")).toObject();
    const bool in = event.type == QLatin1String(RecordType::VisitCheckIn);
    const QString verification = p.value(QStringLiteral("verification")).toString();
    QString words = QStringLiteral("%1 at %2: fix accurate to %3 m, %4 m from home (%5)")
                        .arg(in ? QStringLiteral("Check-in") : QStringLiteral("Check-out"),
                             dateTime(event.deviceTime, zone))
                        .arg(fix.value(QStringLiteral("accuracyM")).toDouble())
                        .arg(p.value(QStringLiteral("distanceToHomeM")).toDouble())
                        .arg(verification == QLatin1String("verified")
                                 ? QStringLiteral("within the home's radius")
                                 : QStringLiteral("outside the home's radius"));
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("Location")},
        {QStringLiteral("id"), resourceId(event.id)},
        {QStringLiteral("status"), QStringLiteral("inactive")},
        {QStringLiteral("mode"), QStringLiteral("instance")},
        {QStringLiteral("description"), words},
        {QStringLiteral("position"),
         QJsonObject {{QStringLiteral("latitude"), fix.value(QStringLiteral("latitude"))},
                      {QStringLiteral("longitude"), fix.value(QStringLiteral("longitude"))}}},
    };
}

QJsonObject period(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    QJsonObject out;
    if (start.isValid())
        out.insert(QStringLiteral("start"), dateTime(start, zone));
    if (end.isValid())
        out.insert(QStringLiteral("end"), dateTime(end, zone));
    return out;
}

} // namespace

void addEncounters(BundleBuilder &b)
{
    const ExportInput &in = b.input();
    // The latest version of each visit on the rota (a visit re-issued under its visitId counts
    // once), as core's amendment fold leaves it.
    QHash<QString, Record> latest;
    QStringList order;
    for (const Record &r : b.originals(QString::fromLatin1(RecordType::Visit))) {
        if (!in.inWindow(r.careDay))
            continue;
        if (!latest.contains(r.visitId))
            order.append(r.visitId);
        if (!b.withdrawn(r.id) || !latest.contains(r.visitId))
            latest.insert(r.visitId, r);
    }
    // Visit id → its events, and the amendments of those events (a withdrawn check-in does not
    // count in core's fold), whether or not the amendment carries the visit id.
    QHash<QString, QList<Record>> eventsOf;
    QHash<QString, QString> visitOf;
    for (const Record &r : in.records) {
        if (!r.visitId.isEmpty() && r.type != QLatin1String(RecordType::Visit)) {
            eventsOf[r.visitId].append(r);
            visitOf.insert(r.id, r.visitId);
        }
    }
    for (const Record &r : in.records) {
        const QString visit = visitOf.value(r.amends);
        if (r.type == QLatin1String(RecordType::Amendment) && !visit.isEmpty()
            && r.visitId != visit)
            eventsOf[visit].append(r);
    }
    for (const QString &visitId : order) {
        const Record original = latest.value(visitId);
        const QList<Record> events = eventsOf.value(visitId);
        QStringList eventIds;
        for (const Record &r : events)
            eventIds.append(r.id);
        // Locations first, so the Encounter can point at the ones it holds.
        QJsonArray locations;
        for (const Record &e : events) {
            if ((e.type != QLatin1String(RecordType::VisitCheckIn)
                 && e.type != QLatin1String(RecordType::VisitCheckOut))
                || b.withdrawn(e.id) || !e.payload.contains(QStringLiteral("location")))
                continue;
            b.add(location(e, in.zone), {e.id});
            locations.append(QJsonObject {
                {QStringLiteral("location"), reference(resourceId(e.id))},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("period"), period(e.deviceTime, e.deviceTime, in.zone)}});
        }
        b.addVersions(
            original,
            [&](const Record &r, VersionState state) {
                const auto plan = PlannedVisit::fromRecord(r);
                QJsonObject enc {
                    {QStringLiteral("resourceType"), QStringLiteral("Encounter")},
                    {QStringLiteral("class"),
                     QJsonObject {
                         {QStringLiteral("system"),
                          QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode")},
                         {QStringLiteral("code"), QStringLiteral("HH")},
                         {QStringLiteral("display"), QStringLiteral("home health")}}},
                    {QStringLiteral("subject"), reference(b.patientId())},
                };
                if (!plan) {
                    enc.insert(QStringLiteral("status"), QStringLiteral("unknown"));
                    return enc;
                }
                const PlannedVisit &v = plan.value();
                const VisitState s = foldVisitState(v, events, in.now);
                enc.insert(QStringLiteral("status"),
                           state == VersionState::Withdrawn ? QStringLiteral("entered-in-error")
                                                            : encounterStatus(s.status));
                QJsonArray types {textConcept(
                    v.callType.isEmpty() ? QStringLiteral("Home care visit") : v.callType)};
                enc.insert(QStringLiteral("type"), types);
                QJsonArray extensions {
                    QJsonObject {
                        {QStringLiteral("url"), R5 + QStringLiteral("plannedStartDate")},
                        {QStringLiteral("valueDateTime"), dateTime(v.plannedStart, in.zone)}},
                    QJsonObject {
                        {QStringLiteral("url"), R5 + QStringLiteral("plannedEndDate")},
                        {QStringLiteral("valueDateTime"), dateTime(v.plannedEnd(), in.zone)}}};
                enc.insert(QStringLiteral("extension"), extensions);
                // The actual period once someone checked in; planned otherwise.
                enc.insert(QStringLiteral("period"),
                           s.checkedInAt ? period(*s.checkedInAt,
                                                  s.checkedOutAt.value_or(QDateTime()), in.zone)
                                         : period(v.plannedStart, v.plannedEnd(), in.zone));
                enc.insert(QStringLiteral("length"),
                           QJsonObject {{QStringLiteral("value"), v.durationMinutes},
                                        {QStringLiteral("unit"), QStringLiteral("min")},
                                        {QStringLiteral("system"),
                                         QStringLiteral("http://unitsofmeasure.org")},
                                        {QStringLiteral("code"), QStringLiteral("min")}});
                QString reason = statusWords(s.status);
                if (v.cancelled)
                    reason += QStringLiteral(": ")
                        + r.payload.value(QStringLiteral("cancelReason")).toString();
                enc.insert(QStringLiteral("reasonCode"), QJsonArray {textConcept(reason)});
                QJsonArray participants;
                const QJsonObject names = r.payload.value(QStringLiteral("workerNames")).toObject();
                for (qsizetype i = 0; i < v.workerIds.size(); ++i) {
                    // Double-handed: the first worker is the primary performer, the second the
                    // secondary one.
                    const bool primary = i == 0;
                    participants.append(QJsonObject {
                        {QStringLiteral("type"),
                         QJsonArray {
                             codedConcept(ParticipationType,
                                          primary ? QStringLiteral("PPRF") : QStringLiteral("SPRF"),
                                          primary ? QStringLiteral("primary performer")
                                                  : QStringLiteral("secondary performer"))}},
                        {QStringLiteral("individual"),
                         b.person(v.workerIds.at(i), names.value(v.workerIds.at(i)).toString())}});
                }
                enc.insert(QStringLiteral("participant"), participants);
                if (!locations.isEmpty())
                    enc.insert(QStringLiteral("location"), locations);
                return enc;
            },
            resourceId(visitId));
        b.markRead(eventIds); // the visit's events are read to make it: audited with it
    }
}

void addCommunications(BundleBuilder &b)
{
    const ExportInput &in = b.input();
    for (const Record &entry : b.originals(QString::fromLatin1(RecordType::CommbookEntry))) {
        if (!in.inWindow(entry.careDay))
            continue;
        b.addVersions(entry, [&](const Record &r, VersionState state) {
            const QJsonObject p = r.payload;
            const bool family = p.value(QStringLiteral("audience")) == QLatin1String("family");
            return QJsonObject {
                {QStringLiteral("resourceType"), QStringLiteral("Communication")},
                {QStringLiteral("status"),
                 state == VersionState::Withdrawn ? QStringLiteral("entered-in-error")
                                                  : QStringLiteral("completed")},
                {QStringLiteral("category"),
                 QJsonArray {textConcept(p.value(QStringLiteral("category")).toString())}},
                {QStringLiteral("subject"), reference(b.patientId())},
                {QStringLiteral("sent"), dateTime(r.deviceTime, in.zone)},
                {QStringLiteral("sender"),
                 b.person(r.authorUserId, p.value(QStringLiteral("authorName")).toString())},
                {QStringLiteral("recipient"),
                 QJsonArray {displayReference(family
                                                  ? QStringLiteral("The family and the care team")
                                                  : QStringLiteral("The care team"))}},
                {QStringLiteral("payload"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("contentString"), p.value(QStringLiteral("text"))}}}},
            };
        });
    }
}

} // namespace careround::server::fhir
