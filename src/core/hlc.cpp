#include "hlc.h"
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace careround {

namespace {
constexpr int WallDigits = 15;
constexpr int LogicalDigits = 10;
constexpr int NodeOffset = WallDigits + 1 + LogicalDigits + 1;

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}
} // namespace

std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b)
{
    if (auto c = a.wallMs <=> b.wallMs; c != 0)
        return c;
    if (auto c = a.logical <=> b.logical; c != 0)
        return c;
    // Same code-unit order as the text form, so sorting either way agrees.
    const int c = QString::compare(a.node, b.node, Qt::CaseSensitive);
    return c < 0 ? std::strong_ordering::less
        : c > 0  ? std::strong_ordering::greater
                 : std::strong_ordering::equal;
}

bool HlcTimestamp::isValidNode(const QString &node)
{
    if (node.isEmpty() || node.size() > MaxNodeLength)
        return false;
    return std::all_of(node.begin(), node.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('@')
            || c == QLatin1Char('-');
    });
}

bool HlcTimestamp::isValid() const
{
    return wallMs > 0 && wallMs <= MaxWallMs && isValidNode(node);
}

QString HlcTimestamp::toString() const
{
    if (wallMs >= 0 && wallMs <= MaxWallMs) { // every stored clock: written digit by digit
        QString text(NodeOffset + node.size(), Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(text.data());
        qint64 wall = wallMs;
        for (int i = WallDigits - 1; i >= 0; --i, wall /= 10)
            out[i] = char16_t(u'0' + wall % 10);
        out[WallDigits] = u'-';
        quint32 count = logical;
        for (int i = WallDigits + LogicalDigits; i > WallDigits; --i, count /= 10)
            out[i] = char16_t(u'0' + count % 10);
        out[NodeOffset - 1] = u'-';
        std::copy(node.begin(), node.end(), reinterpret_cast<QChar *>(out + NodeOffset));
        return text;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, WallDigits, 10, QLatin1Char('0'))
        .arg(logical, LogicalDigits, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::fromString(const QString &text)
{
    if (text.size() <= NodeOffset || text.at(WallDigits) != QLatin1Char('-')
        || text.at(WallDigits + 1 + LogicalDigits) != QLatin1Char('-'))
        return std::nullopt;
    const QStringView view(text);
    const QStringView wall = view.mid(0, WallDigits);
    const QStringView logical = view.mid(WallDigits + 1, LogicalDigits);
    if (!allDigits(wall) || !allDigits(logical))
        return std::nullopt;
    bool ok = false;
    HlcTimestamp t;
    t.wallMs = wall.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qulonglong logicalValue = logical.toULongLong(&ok);
    if (!ok || logicalValue > std::numeric_limits<quint32>::max())
        return std::nullopt;
    t.logical = quint32(logicalValue);
    t.node = text.mid(NodeOffset);
    if (!isValidNode(t.node))
        return std::nullopt;
    return t;
}

HybridLogicalClock::HybridLogicalClock(QString node, WallClock wall)
    : m_node(std::move(node))
    , m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

// Advances the logical counter; on the (theoretical) overflow moves wall time on by 1 ms so the
// order is still strictly increasing.
static void tick(HlcTimestamp &t, quint32 from)
{
    if (from == std::numeric_limits<quint32>::max()) {
        ++t.wallMs;
        t.logical = 0;
    } else {
        t.logical = from + 1;
    }
}

HlcTimestamp HybridLogicalClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 physical = m_wall();
    if (physical > m_last.wallMs) {
        m_last.wallMs = physical;
        m_last.logical = 0;
    } else {
        tick(m_last, m_last.logical);
    }
    m_last.node = m_node;
    return m_last;
}

HlcTimestamp HybridLogicalClock::observe(const HlcTimestamp &remote)
{
    QMutexLocker lock(&m_mutex);
    const qint64 physical = m_wall();
    const qint64 wall = std::max({m_last.wallMs, remote.wallMs, physical});
    if (wall == m_last.wallMs && wall == remote.wallMs)
        tick(m_last, std::max(m_last.logical, remote.logical));
    else if (wall == m_last.wallMs)
        tick(m_last, m_last.logical);
    else if (wall == remote.wallMs) {
        m_last.wallMs = wall;
        tick(m_last, remote.logical);
    } else {
        m_last.wallMs = wall;
        m_last.logical = 0;
    }
    m_last.node = m_node;
    return m_last;
}

HlcTimestamp HybridLogicalClock::last()
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

} // namespace careround
