#pragma once
// For the communication book, spot check and incident tests: sessions enrolled as other roles
// (a supervisor, a family member), and the records sync would bring for them.
#include "roundfixtures.h"
#include "sessiontestutil.h"

namespace careround::ui::testing {

inline const QString SupervisorUser = QStringLiteral("supervisor-1");
inline const QString FamilyUser = QStringLiteral("family-1");

inline store::DeviceProfile profileAs(const QString &role, const QString &userId,
                                      const QString &displayName)
{
    store::DeviceProfile p = testProfile();
    p.role = role;
    p.userId = userId;
    p.displayName = displayName;
    p.loginName = userId;
    return p;
}

// A session with GoodPin set, enrolled with `profile` and unlocked, or null.
inline std::unique_ptr<AppSession> unlockedSessionAs(const QString &directory,
                                                     const store::DeviceProfile &profile)
{
    auto session = startSession(directory);
    if (!waitForState(*session, AppSession::NeedsPinSetup))
        return nullptr;
    session->setUpPin(GoodPin, GoodPin);
    if (!waitForState(*session, AppSession::NeedsEnrolment))
        return nullptr;
    session->completeEnrolment(profile);
    if (!waitForState(*session, AppSession::Unlocked, StoreTimeoutMs))
        return nullptr;
    return session;
}

inline store::DeviceProfile supervisorProfile()
{
    return profileAs(QStringLiteral("supervisor"), SupervisorUser, QStringLiteral("Sam Cole"));
}

inline store::DeviceProfile familyProfile()
{
    return profileAs(QStringLiteral("family_member"), FamilyUser, QStringLiteral("Mary Brown"));
}

// A communication-book entry as another device wrote it.
inline Record commbookEntry(const QString &personId, const QString &author,
                            const QString &authorName, const QString &role, const QString &audience,
                            const QString &text, const QDateTime &at)
{
    return makeRecord(QString::fromLatin1(RecordType::CommbookEntry), personId, {},
                      {{"text", text},
                       {"category", "general"},
                       {"audience", audience},
                       {"authorName", authorName},
                       {"authorRole", role}},
                      author, at);
}

// What the server sends a family device for a delivered visit.
inline Record visitSummary(const QString &personId, const QString &visitId,
                           const QDateTime &completedAt, const QString &workerFirstName)
{
    Record r = makeRecord(QString::fromLatin1(RecordType::VisitSummary), personId, visitId,
                          {{"date", completedAt.date().toString(Qt::ISODate)},
                           {"completedAt", completedAt.toUTC().toString(Qt::ISODate)},
                           {"workerFirstName", workerFirstName}},
                          QStringLiteral("careround-server"), completedAt);
    return r;
}

} // namespace careround::ui::testing
