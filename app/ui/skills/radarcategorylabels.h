#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QGraphicsItem;
class QGraphicsSimpleTextItem;

// The category names round the Skills radar. Qt Charts hides an angular label that overlaps
// its neighbour, and sixteen category names round a circle do: the radar showed ten of the
// roadmap's sixteen on the Skills page and fourteen in the portfolio PDF. These names are
// never hidden: a long name at the side of the circle goes on two lines, each name sits just
// outside its spoke on the side away from the circle, and names that would touch are moved
// apart. (Qt still lays its own labels out, unseen, so that the circle leaves room for them.)
class RadarCategoryLabels
{
public:
    explicit RadarCategoryLabels(QGraphicsItem *parent);
    ~RadarCategoryLabels();
    RadarCategoryLabels(const RadarCategoryLabels &) = delete;
    RadarCategoryLabels &operator=(const RadarCategoryLabels &) = delete;

    // NAMES clockwise from the top, category I at angle 360 * (I + 0.5) / count.
    void setNames(const QStringList &names, const QFont &font, const QColor &colour);
    // Puts the names round the circle at CENTRE with RADIUS, within BOUNDS.
    void place(const QPointF &centre, double radius, const QRectF &bounds);

    // The names as shown (a line break where one was wrapped) and where (in the parent's
    // coordinates), for tests.
    QStringList texts() const;
    QList<QRectF> rects() const;

    // NAME broken at the space nearest its middle when it is long and WRAP is set.
    static QString wrapped(const QString &name, bool wrap = true);

private:
    struct Label
    {
        QList<QGraphicsSimpleTextItem *> lines;
        QSizeF size;
        QRectF rect;
    };
    void clear();
    double angle(qsizetype index) const; // radians, clockwise from the top

    QGraphicsItem *m_parent;
    QList<Label> m_labels;
};
