#pragma once
// The profile a test device is enrolled with: what the server's enrolment answer would give.
// Shared by the C++ ui tests and the Quick Test support.
#include "store/deviceprofile.h"
#include <QTimeZone>

namespace careround::ui::testing {

inline store::DeviceProfile testProfile()
{
    store::DeviceProfile p;
    p.serverUrl = QStringLiteral("https://127.0.0.1:8443");
    p.orgId = QStringLiteral("org-test");
    p.orgName = QStringLiteral("Weald Home Care");
    p.userId = QStringLiteral("worker-1");
    p.loginName = QStringLiteral("amira.khan");
    p.role = QStringLiteral("care_worker");
    p.displayName = QStringLiteral("Amira Khan");
    p.deviceId = QStringLiteral("device-1");
    p.escrowPublicKey = QByteArray(32, '\x5a');
    p.enrolledAt = QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc());
    return p;
}

} // namespace careround::ui::testing
