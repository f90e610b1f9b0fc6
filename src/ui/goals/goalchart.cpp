#include "goalchart.h"

#include "ui/common/theme.h"
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace careround::ui {

namespace {
constexpr int MaxScore = 10;
}

GoalChart::GoalChart(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setImplicitHeight(160);
}

void GoalChart::setSeries(const QVariantList &series)
{
    m_series = series;
    m_points.clear();
    for (const QVariant &v : series) {
        const QVariantMap m = v.toMap();
        const QDate day = QDate::fromString(m.value(QStringLiteral("day")).toString(), Qt::ISODate);
        if (day.isValid())
            m_points.append(
                {day, std::clamp(m.value(QStringLiteral("score")).toInt(), 0, MaxScore)});
    }
    emit seriesChanged();
    update();
}

void GoalChart::setFontPixelSize(int size)
{
    if (m_fontPixelSize == size)
        return;
    m_fontPixelSize = size;
    emit styleChanged();
    update();
}

QString GoalChart::accessibleText() const
{
    if (m_points.isEmpty())
        return QCoreApplication::translate("GoalChart", "No scores yet");
    QStringList parts;
    for (const Point &p : m_points)
        parts << QCoreApplication::translate("GoalChart", "%1 on %2")
                     .arg(p.score)
                     .arg(QLocale().toString(p.day, QStringLiteral("d MMMM")));
    return QCoreApplication::translate("GoalChart", "Scores over time: %1")
        .arg(parts.join(QStringLiteral(", ")));
}

QList<QPointF> GoalChart::place(const QList<Point> &points, const QRectF &area)
{
    QList<QPointF> out;
    if (points.isEmpty())
        return out;
    const qint64 span = points.constFirst().day.daysTo(points.constLast().day);
    for (int i = 0; i < points.size(); ++i) {
        const Point &p = points.at(i);
        // Days spread by date; several scores on one day step apart so each stays visible.
        double fraction = span > 0 ? double(points.constFirst().day.daysTo(p.day)) / double(span)
                                   : (points.size() > 1 ? double(i) / (points.size() - 1) : 0.5);
        out.append({area.left() + fraction * area.width(),
                    area.bottom() - double(p.score) / MaxScore * area.height()});
    }
    return out;
}

void GoalChart::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    emit styleChanged();
    update();
}

void GoalChart::paint(QPainter *painter)
{
    const ThemeColors colours = m_dark ? ThemeColors::dark() : ThemeColors::light();
    const QRectF bounds = boundingRect();
    QFont font = painter->font();
    font.setPixelSize(m_fontPixelSize);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("10")) + 6;
    // Points sit half a score label in from the scale, so the first score never runs into the
    // scale's numbers ("5" and "3" read as "53") and the last is not cut at the edge.
    const double inset = metrics.horizontalAdvance(QStringLiteral("10")) / 2 + 8;
    const QRectF area = bounds.adjusted(labelWidth + 4 + inset, metrics.height() + 8, -inset,
                                        -(metrics.height() + 6));
    painter->fillRect(bounds, colours.surface);
    // The scale: 0, 5 and 10, with faint lines.
    painter->setPen(QPen(colours.secondaryPressed, 1));
    for (int score : {0, 5, 10}) {
        const double y = area.bottom() - double(score) / MaxScore * area.height();
        painter->drawLine(QPointF(labelWidth + 4, y), QPointF(bounds.right(), y));
        painter->setPen(colours.textMuted);
        painter->drawText(
            QRectF(bounds.left(), y - metrics.height() / 2, labelWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(score));
        painter->setPen(QPen(colours.secondaryPressed, 1));
    }
    if (m_points.isEmpty()) {
        painter->setPen(colours.textMuted);
        painter->drawText(area, Qt::AlignCenter, accessibleText());
        return;
    }
    const QList<QPointF> at = place(m_points, area);
    QPainterPath line(at.constFirst());
    for (int i = 1; i < at.size(); ++i)
        line.lineTo(at.at(i));
    painter->setPen(QPen(colours.primary, 3));
    painter->drawPath(line);
    painter->setBrush(colours.primary);
    for (int i = 0; i < at.size(); ++i) {
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(at.at(i), 5, 5);
        painter->setPen(colours.text);
        painter->drawText(
            QRectF(at.at(i).x() - 20, at.at(i).y() - metrics.height() - 6, 40, metrics.height()),
            Qt::AlignCenter, QString::number(m_points.at(i).score));
    }
    painter->setPen(colours.textMuted);
    const QString first = QLocale().toString(m_points.constFirst().day, QStringLiteral("d MMM"));
    const QString last = QLocale().toString(m_points.constLast().day, QStringLiteral("d MMM"));
    const QRectF axis(area.left(), area.bottom() + 4, area.width(), metrics.height());
    painter->drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, first);
    if (m_points.size() > 1 && last != first)
        painter->drawText(axis, Qt::AlignRight | Qt::AlignVCenter, last);
}

} // namespace careround::ui
