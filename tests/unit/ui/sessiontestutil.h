#pragma once
// Shared by the ui tests: a real AppSession (real key vault with fast KDF parameters, real
// record store) in its own temporary folder, and waits with named timeouts.
#include "core/record.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "testprofile.h"
#include "ui/session/appsession.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace careround::ui::testing {

// Fast-KDF vault calls and a store open take milliseconds; this allows for a loaded CI machine.
inline constexpr int VaultTimeoutMs = 10000;
inline constexpr int StoreTimeoutMs = 10000;
inline const QString GoodPin = QStringLiteral("246813");
inline const QString WrongPin = QStringLiteral("975310");

inline bool waitForState(AppSession &session, AppSession::State state,
                         int timeoutMs = VaultTimeoutMs)
{
    return QTest::qWaitFor([&] { return session.state() == state && !session.busy(); }, timeoutMs);
}

// A started session in `directory`, with the fast test KDF. Check its state with waitForState.
inline std::unique_ptr<AppSession> startSession(const QString &directory)
{
    auto session = std::make_unique<AppSession>();
    session->setDataDirectory(directory);
    session->useFastKdfForTests();
    session->start();
    return session;
}

// From NeedsEnrolment, enrols with testProfile() and waits for Unlocked.
inline bool enrolForTest(AppSession &session)
{
    if (!waitForState(session, AppSession::NeedsEnrolment))
        return false;
    session.completeEnrolment(testProfile());
    return waitForState(session, AppSession::Unlocked, StoreTimeoutMs);
}

// A session that has set up GoodPin, is enrolled and unlocked, or null if not.
inline std::unique_ptr<AppSession> unlockedSession(const QString &directory)
{
    auto session = startSession(directory);
    if (!waitForState(*session, AppSession::NeedsPinSetup))
        return nullptr;
    session->setUpPin(GoodPin, GoodPin);
    if (!enrolForTest(*session))
        return nullptr;
    return session;
}

// Enters WrongPin until the vault locks the app out. Returns the number of wrong PINs entered.
inline int enterWrongPinsUntilLockedOut(AppSession &session, int limit = 50)
{
    int entered = 0;
    while (session.state() == AppSession::Locked && entered < limit) {
        session.unlock(WrongPin);
        ++entered;
        if (!QTest::qWaitFor([&] { return !session.busy(); }, VaultTimeoutMs))
            break;
    }
    return entered;
}

// With the session's wall clock set to `now` (setWallClockForTests): ends a running lockout by
// moving the clock past it and waits for the countdown to notice (it ticks every second). True
// once the session is Locked (at once when it was not locked out).
inline bool passLockoutOnTestClock(AppSession &session, QDateTime &now)
{
    if (session.state() == AppSession::LockedOut)
        now = session.lockedUntil().addSecs(1);
    return waitForState(session, AppSession::Locked, 5000);
}

// A record of `type` for `day`, made at `at` local time on this device, with the given payload.
// Records made one after another get increasing clock values, as on a real device.
inline Record recordFor(const QDate &day, const QString &type, const QString &personId,
                        const QJsonObject &payload, const QTime &at = QTime(9, 0),
                        const QString &visitId = QStringLiteral("visit-1"))
{
    static qint64 lastWallMs = 0;
    Record record;
    record.id = newUuid7();
    record.type = type;
    record.schemaVersion = currentSchemaVersion(type);
    record.personId = personId;
    record.visitId = visitId;
    record.careDay = day;
    record.authorUserId = QStringLiteral("worker-1");
    record.deviceId = QStringLiteral("device-1");
    record.deviceTime = QDateTime(day, at).toUTC();
    lastWallMs = std::max(lastWallMs + 1, record.deviceTime.toMSecsSinceEpoch());
    record.hlc = HlcTimestamp {lastWallMs, 0, record.deviceId};
    record.payload = payload;
    return record;
}

} // namespace careround::ui::testing
