#pragma once
// A goal's history as a small line chart (scores 0–10 over days), painted in C++ from the
// series the goal models give (GoalListModel's `series` role): no logic in QML or JS. The first
// and last days are labelled under the axis, each point's score above it; one point is a dot.
// Colours come from Theme; the chart's words (accessibleText) say the same for a screen reader.
#include <QDate>
#include <QList>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class GoalChart : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList series READ series WRITE setSeries NOTIFY seriesChanged)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY styleChanged)
    // Bound to Theme.dark: the chart paints with the palette the rest of the page uses.
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY styleChanged)
    Q_PROPERTY(QString accessibleText READ accessibleText NOTIFY seriesChanged)

public:
    struct Point
    {
        QDate day;
        int score = 0;
    };

    explicit GoalChart(QQuickItem *parent = nullptr);

    QVariantList series() const { return m_series; }
    void setSeries(const QVariantList &series);
    int fontPixelSize() const { return m_fontPixelSize; }
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    void setFontPixelSize(int size);
    // "Scores over time: 2 on 10 November, 4 on 17 November, 6 on 28 November"
    QString accessibleText() const;
    const QList<Point> &points() const { return m_points; }
    // Where each point is drawn inside `area` (x by day, y by score 0–10); tested.
    static QList<QPointF> place(const QList<Point> &points, const QRectF &area);

    void paint(QPainter *painter) override;

signals:
    void seriesChanged();
    void styleChanged();

private:
    QVariantList m_series;
    QList<Point> m_points;
    int m_fontPixelSize = 14;
    bool m_dark = false;
};

} // namespace careround::ui
