#pragma once
// Who reads an office report, and over which workers: coordinators (and the admin CLI) the
// whole organisation, supervisors the workers they supervise; every other role is refused.
#include "server/storage/serverstore.h"
#include <QSet>

namespace careround::server {

struct OfficeViewer
{
    QString orgId;
    QString actorUserId; // audited as the reader
    QString deviceId; // audited; may be empty
    bool wholeOrganisation = false;
    QSet<QString> workerIds; // when not the whole organisation: only these workers

    bool seesWorker(const QString &workerId) const
    {
        return wholeOrganisation || workerIds.contains(workerId);
    }
    bool seesAnyOf(const QStringList &workerIds) const;
};

// Error field "role" when the user may not read office reports.
Result<OfficeViewer> officeViewerFor(ServerStore &store, const User &user, const QString &deviceId);
// The admin CLI: the whole organisation, audited as `actor`.
OfficeViewer organisationViewer(const QString &orgId, const QString &actor);

} // namespace careround::server
