#include "alertinbox.h"

#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "officeviewer.h"
#include "server/storage/recordscan.h"
#include <algorithm>
#include <limits>

namespace careround::server {

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

QString text(const Record &record, const char *key)
{
    return record.payload.value(QLatin1String(key)).toString();
}

QString personNameOf(const Record &person)
{
    const QString preferred = text(person, "preferredName");
    const QString name = text(person, "name");
    return preferred.isEmpty() || preferred == name
        ? name
        : QStringLiteral("%1 (%2)").arg(name, preferred);
}

// Latest person record by HLC: its name.
void keepLatest(QHash<QString, Record> &persons, const Record &person)
{
    auto it = persons.find(person.personId);
    if (it == persons.end() || it->hlc < person.hlc)
        persons.insert(person.personId, person);
}

bool inboxOrder(const InboxAlert &a, const InboxAlert &b)
{
    const int ra = alertSeverityRank(a.severity());
    const int rb = alertSeverityRank(b.severity());
    if (ra != rb)
        return ra > rb;
    if (a.stored.receivedAt != b.stored.receivedAt)
        return a.stored.receivedAt > b.stored.receivedAt;
    return a.stored.record.id > b.stored.record.id;
}

} // namespace

bool AlertViewer::sees(const Record &alert) const
{
    if (wholeOrganisation)
        return true;
    if (!alert.personId.isEmpty())
        return personIds.contains(alert.personId);
    return workerIds.contains(text(alert, "subjectUserId"));
}

Result<AlertViewer> alertViewerFor(ServerStore &store, ScopeService &scope, const User &user,
                                   const QString &deviceId, const QDateTime &now)
{
    AlertViewer viewer {user.orgId, user.id, deviceId, false, {}, {}};
    if (user.role == Role::Therapist) {
        if (user.disabled)
            return Error {QStringLiteral("userId"), QStringLiteral("the user is disabled")};
    } else {
        auto office = officeViewerFor(store, user, deviceId);
        if (!office)
            return office.error();
        viewer.wholeOrganisation = office.value().wholeOrganisation;
        viewer.workerIds = office.value().workerIds;
        if (viewer.wholeOrganisation)
            return viewer;
    }
    auto people = scope.scopeFor(user.id, now); // the people their devices are sent
    if (!people)
        return people.error();
    viewer.personIds =
        QSet<QString>(people.value().personIds.cbegin(), people.value().personIds.cend());
    return viewer;
}

QString InboxAlert::rule() const
{
    return text(stored.record, "rule");
}

QString InboxAlert::severity() const
{
    return text(stored.record, "severity");
}

bool InboxAlert::unacknowledgedUrgent() const
{
    return state.status == AlertStatus::Open && severity() == QLatin1String("urgent");
}

const QStringList &alertFilterStates()
{
    static const QStringList states {QStringLiteral("unresolved"),   QStringLiteral("open"),
                                     QStringLiteral("acknowledged"), QStringLiteral("mine"),
                                     QStringLiteral("resolved"),     QStringLiteral("all")};
    return states;
}

bool matchesFilter(const InboxAlert &alert, const AlertFilter &filter, const QString &viewerId)
{
    if (!filter.rule.isEmpty() && alert.rule() != filter.rule)
        return false;
    if (!filter.severity.isEmpty() && alert.severity() != filter.severity)
        return false;
    const AlertStatus status = alert.state.status;
    if (filter.state == QLatin1String("all"))
        return true;
    if (filter.state == QLatin1String("mine"))
        return status != AlertStatus::Resolved && alert.state.assigneeUserId == viewerId;
    if (filter.state == QLatin1String("unresolved"))
        return status != AlertStatus::Resolved;
    return alertStatusName(status) == filter.state;
}

AlertInbox::AlertInbox(ServerStore &store)
    : m_store(store)
{ }

Result<QList<InboxAlert>> AlertInbox::alerts(const AlertViewer &viewer)
{
    RecordQuery query;
    query.orgId = viewer.orgId;
    query.allPersons = true; // person-less alerts too; filtered by viewer.sees below
    query.types = {t(RecordType::Alert), t(RecordType::AlertAction), t(RecordType::Person)};
    query.limit = 5000;
    auto found = scanRecords(m_store, query);
    if (!found)
        return found.error();
    QHash<QString, QList<Record>> actions; // alert id -> its actions
    QHash<QString, Record> persons;
    QList<const StoredRecord *> alerts;
    for (const StoredRecord &stored : found.value()) {
        const Record &r = stored.record;
        if (r.type == t(RecordType::AlertAction))
            actions[text(r, "alertId")].append(r);
        else if (r.type == t(RecordType::Person))
            keepLatest(persons, r);
        else if (viewer.sees(r))
            alerts.append(&stored);
    }
    QList<InboxAlert> inbox;
    for (const StoredRecord *stored : alerts) {
        const QString id = stored->record.id;
        inbox.append(InboxAlert {*stored, foldAlertActions(id, actions.value(id)),
                                 personNameOf(persons.value(stored->record.personId))});
    }
    std::sort(inbox.begin(), inbox.end(), inboxOrder);
    return inbox;
}

Result<std::optional<InboxAlert>> AlertInbox::alert(const AlertViewer &viewer,
                                                    const QString &alertId)
{
    using Found = std::optional<InboxAlert>;
    auto stored = m_store.record(viewer.orgId, alertId); // never another organisation's
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->record.type != t(RecordType::Alert)
        || !viewer.sees(stored.value()->record))
        return Found();
    const Record &alert = stored.value()->record;
    RecordQuery query;
    query.orgId = viewer.orgId;
    query.allPersons = alert.personId.isEmpty();
    query.personIds = {alert.personId};
    query.types = {t(RecordType::AlertAction), t(RecordType::Person)};
    query.limit = 5000;
    auto found = scanRecords(m_store, query);
    if (!found)
        return found.error();
    QHash<QString, Record> persons;
    for (const StoredRecord &r : found.value()) {
        if (r.record.type == t(RecordType::Person))
            keepLatest(persons, r.record);
    }
    return Found(InboxAlert {*stored.value(), foldAlertActions(alertId, recordsOf(found.value())),
                             personNameOf(persons.value(alert.personId))});
}

Result<void> AlertInbox::auditRead(const AlertViewer &viewer, const QList<InboxAlert> &shown,
                                   const QDateTime &now)
{
    if (shown.isEmpty())
        return {};
    QList<AuditedRecord> read;
    for (const InboxAlert &alert : shown)
        read.append(AuditedRecord {alert.stored.record.personId, alert.stored.record.id,
                                   alert.stored.record.type});
    const AuditEntry base {0,
                           viewer.orgId,
                           viewer.userId,
                           viewer.deviceId,
                           QStringLiteral("record.read"),
                           {},
                           {},
                           now,
                           QStringLiteral("alerts inbox")};
    return m_store.appendAudit(auditGroupedByPerson(base, read));
}

QString officeConsoleDeviceId()
{
    return QStringLiteral("office-console");
}

Record alertActionRecord(const InboxAlert &alert, const User &actor, const QString &deviceId,
                         const AlertActionRequest &request, const QDateTime &now)
{
    // After the alert and every action on it, on any clock: the fold reads them in HLC order.
    HlcTimestamp latest = alert.stored.record.hlc;
    for (const AlertHistoryEntry &entry : alert.state.history)
        latest = std::max(latest, entry.hlc);
    Record r;
    r.id = newUuid7();
    r.type = t(RecordType::AlertAction);
    r.schemaVersion = currentSchemaVersion(r.type);
    r.personId = alert.stored.record.personId;
    r.careDay = alert.stored.record.careDay;
    r.authorUserId = actor.id;
    r.deviceId = deviceId.isEmpty() ? officeConsoleDeviceId() : deviceId;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString node = deviceId.isEmpty() ? QStringLiteral("office.%1").arg(actor.id) : deviceId;
    r.hlc = nowMs > latest.wallMs
        ? HlcTimestamp {nowMs, 0, node}
        : HlcTimestamp {latest.wallMs,
                        latest.logical < std::numeric_limits<quint32>::max() ? latest.logical + 1
                                                                             : latest.logical,
                        node};
    r.deviceTime = now.toUTC();
    r.payload = {{QStringLiteral("alertId"), alert.stored.record.id},
                 {QStringLiteral("action"), request.action},
                 {QStringLiteral("authorName"), actor.displayName},
                 {QStringLiteral("authorRole"), roleName(actor.role)}};
    if (!request.assigneeUserId.isEmpty())
        r.payload.insert(QStringLiteral("assigneeUserId"), request.assigneeUserId);
    if (!request.note.isEmpty())
        r.payload.insert(QStringLiteral("note"), request.note);
    return r;
}

} // namespace careround::server
