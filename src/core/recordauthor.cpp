#include "recordauthor.h"
#include "recordtypes.h"
#include "uuid7.h"

namespace careround {

RecordAuthor::RecordAuthor(QString userId, QString deviceId,
                           std::shared_ptr<HybridLogicalClock> clock, const QTimeZone &zone,
                           WallClock wall)
    : m_userId(std::move(userId))
    , m_deviceId(std::move(deviceId))
    , m_clock(std::move(clock))
    , m_zone(zone)
    , m_wall(wall ? std::move(wall) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

QDateTime RecordAuthor::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_wall(), m_zone);
}

QDate RecordAuthor::today() const
{
    return now().date();
}

Record RecordAuthor::make(const QString &type, const QString &personId, const QString &visitId,
                          const QJsonObject &payload, const QDate &careDay) const
{
    Record r;
    r.id = newUuid7();
    r.type = type;
    r.schemaVersion = currentSchemaVersion(type);
    r.personId = personId;
    r.visitId = visitId;
    r.authorUserId = m_userId;
    r.deviceId = m_deviceId;
    const QDateTime wall = now();
    r.careDay = careDay.isValid() ? careDay : wall.date();
    r.deviceTime = wall.toUTC();
    r.hlc = m_clock->now();
    r.payload = payload;
    return r;
}

Record RecordAuthor::correction(const Record &original, const QString &reason,
                                const QJsonObject &replacement) const
{
    return amendment(original,
                     {{QStringLiteral("reason"), reason},
                      {QStringLiteral("amendedType"), original.type},
                      {QStringLiteral("replacement"), replacement}});
}

Record RecordAuthor::withdrawal(const Record &original, const QString &reason) const
{
    return amendment(original,
                     {{QStringLiteral("reason"), reason},
                      {QStringLiteral("amendedType"), original.type},
                      {QStringLiteral("withdrawn"), true}});
}

Record RecordAuthor::amendment(const Record &original, QJsonObject payload) const
{
    // The correction belongs where the original is read: same person, visit and care day.
    Record r = make(QString::fromLatin1(RecordType::Amendment), original.personId, original.visitId,
                    payload, original.careDay);
    r.amends = original.id;
    return r;
}

} // namespace careround
