#include "radarcategorylabels.h"

#include <QBrush>
#include <QGraphicsSimpleTextItem>

#include <algorithm>
#include <cmath>

namespace {

constexpr double Gap = 5; // between the circle and a name
constexpr double Side = 0.1; // |sin| or |cos| below which a name is centred on its spoke
constexpr int LongName = 13;

} // namespace

RadarCategoryLabels::RadarCategoryLabels(QGraphicsItem *parent)
    : m_parent(parent)
{ }

RadarCategoryLabels::~RadarCategoryLabels()
{
    clear();
}

void RadarCategoryLabels::clear()
{
    for (const Label &l : std::as_const(m_labels))
        qDeleteAll(l.lines);
    m_labels.clear();
}

QString RadarCategoryLabels::wrapped(const QString &name, bool wrap)
{
    const QString text = name.simplified();
    if (!wrap || text.size() <= LongName)
        return text;
    qsizetype best = -1;
    const qsizetype middle = text.size() / 2;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    return best < 0 ? text : text.left(best) + u'\n' + text.mid(best + 1);
}

void RadarCategoryLabels::setNames(const QStringList &names, const QFont &font,
                                   const QColor &colour)
{
    clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        Label label;
        // Only at the sides: there Qt kept room for the name's width, which one line might
        // not fit beside another; at the top and bottom it kept one line's height.
        const bool side
            = std::abs(std::sin(2 * M_PI * (double(i) + 0.5) / double(names.size()))) > 0.5;
        for (const QString &line : wrapped(names.at(i), side).split(u'\n')) {
            // Plain text: a category is named by the user.
            auto *item = new QGraphicsSimpleTextItem(line, m_parent);
            item->setFont(font);
            item->setBrush(colour);
            item->setZValue(20);
            const QRectF r = item->boundingRect();
            label.size.setWidth(std::max(label.size.width(), r.width()));
            label.size.setHeight(label.size.height() + r.height());
            label.lines.append(item);
        }
        m_labels.append(label);
    }
}

double RadarCategoryLabels::angle(qsizetype index) const
{
    return 2 * M_PI * (double(index) + 0.5) / double(std::max<qsizetype>(1, m_labels.size()));
}

void RadarCategoryLabels::place(const QPointF &centre, double radius, const QRectF &bounds)
{
    const qsizetype n = m_labels.size();
    // Each name just outside its spoke's end, on the side away from the circle.
    for (qsizetype i = 0; i < n; ++i) {
        Label &l = m_labels[i];
        const double s = std::sin(angle(i));
        const double c = std::cos(angle(i));
        const QPointF at = centre + QPointF(s, -c) * (radius + Gap);
        QRectF r(QPointF(0, 0), l.size);
        if (s > Side)
            r.moveLeft(at.x());
        else if (s < -Side)
            r.moveRight(at.x());
        else
            r.moveLeft(at.x() - r.width() / 2);
        if (c > Side)
            r.moveBottom(at.y());
        else if (c < -Side)
            r.moveTop(at.y());
        else
            r.moveTop(at.y() - r.height() / 2);
        l.rect = r;
    }
    // Neighbours that touch move apart, each half the way: up and down when both are at the
    // side of the circle, sideways when one is at the top or the bottom. A few rounds settle it.
    for (int round = 0; round < 40; ++round) {
        bool moved = false;
        for (qsizetype i = 0; i < n && n > 1; ++i) {
            Label &a = m_labels[i];
            Label &b = m_labels[(i + 1) % n];
            const QRectF overlap = a.rect.adjusted(-1, -1, 1, 1).intersected(b.rect);
            if (overlap.isEmpty())
                continue;
            moved = true;
            const bool sides = std::abs(std::sin(angle(i))) >= 0.5
                && std::abs(std::sin(angle((i + 1) % n))) >= 0.5;
            Label &first = sides ? (a.rect.center().y() <= b.rect.center().y() ? a : b)
                                 : (a.rect.center().x() <= b.rect.center().x() ? a : b);
            Label &second = &first == &a ? b : a;
            if (sides) {
                const double d = overlap.height() / 2 + 0.5;
                first.rect.translate(0, -d);
                second.rect.translate(0, d);
            } else {
                const double d = overlap.width() / 2 + 0.5;
                first.rect.translate(-d, 0);
                second.rect.translate(d, 0);
            }
        }
        if (!moved)
            break;
    }
    for (Label &l : m_labels) {
        // Inside the chart, whatever the moving did.
        QRectF r = l.rect;
        r.moveLeft(std::clamp(r.left(), bounds.left(),
                              std::max(bounds.left(), bounds.right() - r.width())));
        r.moveTop(std::clamp(r.top(), bounds.top(),
                             std::max(bounds.top(), bounds.bottom() - r.height())));
        l.rect = r;
        const double s = std::sin(angle(&l - m_labels.data()));
        double y = r.top();
        for (QGraphicsSimpleTextItem *line : std::as_const(l.lines)) {
            const QRectF b = line->boundingRect();
            // Lines line up on the side nearest the circle.
            const double x = s > Side ? r.left()
                : s < -Side           ? r.right() - b.width()
                                      : r.center().x() - b.width() / 2;
            line->setPos(x - b.left(), y - b.top());
            y += b.height();
        }
    }
}

QStringList RadarCategoryLabels::texts() const
{
    QStringList out;
    for (const Label &l : m_labels) {
        QStringList lines;
        for (const QGraphicsSimpleTextItem *line : l.lines)
            lines.append(line->text());
        out.append(lines.join(u'\n'));
    }
    return out;
}

QList<QRectF> RadarCategoryLabels::rects() const
{
    QList<QRectF> out;
    for (const Label &l : m_labels)
        out.append(l.rect);
    return out;
}
