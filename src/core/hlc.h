#pragma once
// Hybrid logical clock (Kulkarni et al.): timestamps that order events causally even when
// device wall clocks are skewed, while staying close to physical time.
#include <QMutex>
#include <QString>
#include <QtGlobal>
#include <compare>
#include <functional>
#include <optional>

namespace careround {

struct HlcTimestamp
{
    qint64 wallMs = 0; // milliseconds since the Unix epoch (the max physical time seen)
    quint32 logical = 0; // tie-breaker when wallMs does not advance
    QString node; // device or server id: makes timestamps unique and totally ordered

    static constexpr qint64 MaxWallMs = 999'999'999'999'999; // 15 decimal digits (year 33658)
    static constexpr int MaxNodeLength = 128;

    // Fixed-width text that sorts lexicographically in the same order as the timestamps:
    // 15-digit wallMs, '-', 10-digit logical, '-', node ("001700000000000-0000000003-device-1").
    QString toString() const;
    // Only the exact form toString() writes: digits of the right width, a node of 1–128 characters
    // from [A-Za-z0-9._:@-]. Anything else gives nullopt.
    static std::optional<HlcTimestamp> fromString(const QString &text);
    bool isNull() const { return wallMs == 0 && logical == 0 && node.isEmpty(); }
    // In range and with a well-formed node: what a record may carry.
    bool isValid() const;
    static bool isValidNode(const QString &node);
    friend bool operator==(const HlcTimestamp &, const HlcTimestamp &) = default;
    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b);
};

class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>; // ms since epoch
    // wall defaults to QDateTime::currentMSecsSinceEpoch; tests pass a skewed or frozen clock.
    explicit HybridLogicalClock(QString node, WallClock wall = {});
    HlcTimestamp now(); // a local or send event
    HlcTimestamp observe(const HlcTimestamp &remote); // a receive event: merge a remote timestamp
    HlcTimestamp last(); // the latest timestamp issued or observed
    QString node() const { return m_node; }

private:
    QMutex m_mutex;
    QString m_node;
    WallClock m_wall;
    HlcTimestamp m_last;
};

} // namespace careround
