#pragma once
// Makes the records this device's user writes: a fresh UUIDv7, the next hybrid-logical-clock
// value, the author and device, the device's wall time and the local care day. Corrections are
// amendment records pointing at the original (records are never edited in place).
#include "hlc.h"
#include "record.h"
#include <QDate>
#include <QJsonObject>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace careround {

class RecordAuthor
{
public:
    using WallClock = std::function<qint64()>; // ms since epoch; tests pass a skewed one

    // The clock is shared with sync, which observes the clocks of records it receives.
    RecordAuthor(QString userId, QString deviceId, std::shared_ptr<HybridLogicalClock> clock,
                 const QTimeZone &zone = QTimeZone::systemTimeZone(), WallClock wall = {});

    QString userId() const { return m_userId; }
    QString deviceId() const { return m_deviceId; }
    QTimeZone timeZone() const { return m_zone; }
    QDateTime now() const; // the device's wall time, in its own time zone
    QDate today() const; // the local care day now

    // careDay defaults to today. The record is not validated here: the store does that.
    Record make(const QString &type, const QString &personId, const QString &visitId,
                const QJsonObject &payload, const QDate &careDay = {}) const;
    // An amendment replacing what `original` says with `replacement` (a payload of its type).
    Record correction(const Record &original, const QString &reason,
                      const QJsonObject &replacement) const;
    // An amendment withdrawing `original` as entered in error, with no replacement.
    Record withdrawal(const Record &original, const QString &reason) const;

private:
    Record amendment(const Record &original, QJsonObject payload) const;

    QString m_userId;
    QString m_deviceId;
    std::shared_ptr<HybridLogicalClock> m_clock;
    QTimeZone m_zone;
    WallClock m_wall;
};

} // namespace careround
