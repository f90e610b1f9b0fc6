#pragma once
// The office's alerts inbox (issue 14, docs/office.md "Alerts inbox"): every alert record a viewer
// may see, each with its state folded from its alert.action records (core rules/alertstate.h),
// most severe first and then newest; and the alert.action record an office user's action writes.
// Who sees an alert: coordinators the whole organisation; supervisors the alerts of the people
// their supervised workers' (and their own) rota holds, and person-less alerts about those
// workers; therapists the alerts of their caseload. Other roles are refused (error field "role").
#include "core/rules/alertstate.h"
#include "server/scope/scopeservice.h"
#include "server/storage/serverstore.h"
#include <QHash>
#include <QSet>
#include <optional>

namespace careround::server {

struct AlertViewer
{
    QString orgId;
    QString userId;
    QString deviceId; // audited; empty for the console in a browser
    bool wholeOrganisation = false;
    QSet<QString> personIds;
    QSet<QString> workerIds; // supervised workers (person-less alerts about them)
    bool sees(const Record &alert) const;
};

Result<AlertViewer> alertViewerFor(ServerStore &store, ScopeService &scope, const User &user,
                                   const QString &deviceId, const QDateTime &now);

struct InboxAlert
{
    StoredRecord stored; // the alert record and when the server stored it (raised)
    AlertState state;
    QString personName; // "" for a person-less alert
    QString rule() const;
    QString severity() const;
    bool unacknowledgedUrgent() const;
};

// state: unresolved (default: open or acknowledged), open, acknowledged, mine (assigned to the
// viewer, not resolved), resolved, all; rule and severity: one value each or empty for any.
struct AlertFilter
{
    QString state = QStringLiteral("unresolved");
    QString rule;
    QString severity;
};
const QStringList &alertFilterStates();
bool matchesFilter(const InboxAlert &alert, const AlertFilter &filter, const QString &viewerId);

class AlertInbox
{
public:
    explicit AlertInbox(ServerStore &store);
    // Every alert the viewer sees, urgent before warning before info, then newest raised first.
    Result<QList<InboxAlert>> alerts(const AlertViewer &viewer);
    // One alert the viewer sees; nullopt for an unknown id, another organisation's or one out of
    // scope (never says which).
    Result<std::optional<InboxAlert>> alert(const AlertViewer &viewer, const QString &alertId);
    // "record.read" for the alerts shown, one entry per person.
    Result<void> auditRead(const AlertViewer &viewer, const QList<InboxAlert> &shown,
                           const QDateTime &now);

private:
    ServerStore &m_store;
};

// The alert.action record for `actor`'s action: about the alert's person and care day (so it
// reaches exactly the devices that hold the alert), ordered after the alert and its actions.
struct AlertActionRequest
{
    QString action;
    QString assigneeUserId;
    QString note;
};
Record alertActionRecord(const InboxAlert &alert, const User &actor, const QString &deviceId,
                         const AlertActionRequest &request, const QDateTime &now);
QString officeConsoleDeviceId(); // "office-console": records written from a browser

} // namespace careround::server
