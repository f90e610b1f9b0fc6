#include "officeviewer.h"

namespace careround::server {

bool OfficeViewer::seesAnyOf(const QStringList &ids) const
{
    if (wholeOrganisation)
        return true;
    for (const QString &id : ids) {
        if (workerIds.contains(id))
            return true;
    }
    return false;
}

Result<OfficeViewer> officeViewerFor(ServerStore &store, const User &user, const QString &deviceId)
{
    if (user.disabled)
        return Error {QStringLiteral("userId"), QStringLiteral("the user is disabled")};
    OfficeViewer viewer {user.orgId, user.id, deviceId, false, {}};
    if (user.role == Role::Coordinator) {
        viewer.wholeOrganisation = true;
        return viewer;
    }
    if (user.role != Role::Supervisor)
        return Error {QStringLiteral("role"),
                      QStringLiteral("office reports are for coordinators and supervisors")};
    auto supervised = store.supervisedWorkers(user.orgId, user.id);
    if (!supervised)
        return supervised.error();
    viewer.workerIds = QSet<QString>(supervised.value().cbegin(), supervised.value().cend());
    return viewer;
}

OfficeViewer organisationViewer(const QString &orgId, const QString &actor)
{
    return OfficeViewer {orgId, actor, {}, true, {}};
}

} // namespace careround::server
