#pragma once
// Hybrid logical clock (Kulkarni et al.): timestamps that order events causally even when
// device wall clocks are skewed, while staying close to physical time.
#include <QMutex>
#include <QString>
#include <QtGlobal>
#include <functional>

namespace careround {

struct HlcTimestamp {
    qint64 wallMs = 0;  // milliseconds since the Unix epoch (the max physical time seen)
    quint32 logical = 0; // tie-breaker when wallMs does not advance
    QString node;        // device or server id: makes timestamps unique and totally ordered

    // Fixed-width text that sorts lexicographically in the same order as the timestamps.
    QString toString() const;
    static std::optional<HlcTimestamp> fromString(const QString &text);
    bool isNull() const { return wallMs == 0 && logical == 0 && node.isEmpty(); }
    friend bool operator==(const HlcTimestamp &, const HlcTimestamp &) = default;
    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b);
};

class HybridLogicalClock {
public:
    using WallClock = std::function<qint64()>; // ms since epoch
    explicit HybridLogicalClock(QString node, WallClock wall = {});
    HlcTimestamp now();                               // a local or send event
    HlcTimestamp observe(const HlcTimestamp &remote); // a receive event: merge a remote timestamp
    QString node() const { return m_node; }

private:
    QMutex m_mutex;
    QString m_node;
    WallClock m_wall;
    HlcTimestamp m_last;
};

} // namespace careround
