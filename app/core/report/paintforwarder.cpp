#include "paintforwarder.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTextItem>

#include <algorithm>
#include <cmath>

namespace {

// A clip as the target will get it: in the target's coordinates at begin().
struct Clip
{
    QPainterPath path;
    QRectF rect; // when isRect: the path is this rectangle
    bool isRect = false;
};

// Whether PATH is one axis-aligned rectangle (what setClipRect() becomes), and which.
bool rectangleOf(const QPainterPath &path, QRectF *rect)
{
    const int n = path.elementCount();
    if (n != 4 && n != 5)
        return false;
    const QRectF bounds = path.boundingRect();
    QPointF previous = path.elementAt(n - 1);
    for (int i = 0; i < n; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isCurveTo() || (i > 0 && e.isMoveTo()))
            return false;
        const bool onX = e.x == bounds.left() || e.x == bounds.right();
        const bool onY = e.y == bounds.top() || e.y == bounds.bottom();
        // Each side runs along one axis.
        if (!onX || !onY || (e.x != previous.x() && e.y != previous.y()))
            return false;
        previous = e;
    }
    *rect = bounds;
    return true;
}

} // namespace

class PaintForwarder::Engine : public QPaintEngine
{
public:
    explicit Engine(QPainter *target)
        : QPaintEngine(AllFeatures) // nothing to emulate: the target painter does what it must
        , m_target(target)
    { }

    bool begin(QPaintDevice *) override
    {
        m_target->save();
        m_base = m_target->transform();
        takeTargetState();
        m_transform = QTransform();
        m_pen = m_sentPen;
        m_brush = m_sentBrush;
        m_brushOrigin = m_sentBrushOrigin;
        m_hints = m_sentHints;
        m_opacity = m_sentOpacity;
        m_composition = m_sentComposition;
        m_background = m_sentBackground;
        m_backgroundMode = m_sentBackgroundMode;
        m_clipEnabled = false;
        m_clips.clear();
        m_sentClips.clear();
        return true;
    }

    bool end() override
    {
        m_target->restore();
        return true;
    }

    Type type() const override { return User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        // The transform first: a clip set with it is in its coordinates.
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyBrushOrigin)
            m_brushOrigin = state.brushOrigin();
        if (flags & DirtyBackground)
            m_background = state.backgroundBrush();
        if (flags & DirtyBackgroundMode)
            m_backgroundMode = state.backgroundMode();
        if (flags & DirtyHints)
            m_hints = state.renderHints();
        if (flags & DirtyCompositionMode)
            m_composition = state.compositionMode();
        if (flags & DirtyOpacity)
            m_opacity = state.opacity();
        if (flags & DirtyClipPath) {
            clip(state.clipPath(), state.clipOperation());
        } else if (flags & DirtyClipRegion) {
            QPainterPath path;
            for (const QRect &r : state.clipRegion())
                path.addRect(r);
            clip(path, state.clipOperation());
        } else if (flags & DirtyClipEnabled) {
            m_clipEnabled = state.isClipEnabled();
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        if (prepare(stroked(path.controlPointRect())))
            m_target->drawPath(path);
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count <= 0 || !prepare(stroked(boundsOf(points, count))))
            return;
        switch (mode) {
        case OddEvenMode:
            m_target->drawPolygon(points, count, Qt::OddEvenFill);
            break;
        case WindingMode:
            m_target->drawPolygon(points, count, Qt::WindingFill);
            break;
        case ConvexMode:
            m_target->drawConvexPolygon(points, count);
            break;
        case PolylineMode:
            m_target->drawPolyline(points, count);
            break;
        }
    }

    void drawRects(const QRectF *rects, int count) override
    {
        if (count <= 0)
            return;
        QRectF bounds = rects[0].normalized();
        for (int i = 1; i < count; ++i)
            bounds |= rects[i].normalized();
        if (prepare(stroked(bounds)))
            m_target->drawRects(rects, count);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        if (count <= 0)
            return;
        QRectF bounds = QRectF(lines[0].p1(), lines[0].p2()).normalized();
        for (int i = 1; i < count; ++i)
            bounds |= QRectF(lines[i].p1(), lines[i].p2()).normalized();
        if (prepare(stroked(bounds)))
            m_target->drawLines(lines, count);
    }

    void drawEllipse(const QRectF &rect) override
    {
        if (prepare(stroked(rect.normalized())))
            m_target->drawEllipse(rect);
    }

    void drawPoints(const QPointF *points, int count) override
    {
        if (count > 0 && prepare(stroked(boundsOf(points, count))))
            m_target->drawPoints(points, count);
    }

    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        if (prepare(m_transform.mapRect(rect.normalized())))
            m_target->drawPixmap(rect, pixmap, source);
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override
    {
        if (prepare(m_transform.mapRect(rect.normalized())))
            m_target->drawImage(rect, image, source, flags);
    }

    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &at) override
    {
        if (prepare(m_transform.mapRect(rect.normalized())))
            m_target->drawTiledPixmap(rect, pixmap, at);
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // Wide enough for glyphs that reach past their advances (italics, accents) and for
        // right-to-left runs, whichever way the item counts from P.
        const double ascent = item.ascent();
        const double width = item.width();
        const QRectF bounds(p.x() - width - ascent, p.y() - 2 * ascent, 3 * width + 2 * ascent + 1,
                            3 * ascent + item.descent() + 1);
        if (!prepare(m_transform.mapRect(bounds)))
            return;
        if (item.renderFlags()
            & (QTextItem::Underline | QTextItem::Overline | QTextItem::StrikeOut)) {
            // The painter on this device draws the lines itself, through drawLines(): the
            // target's drawTextItem() would draw them twice. The target's engine draws the
            // glyphs alone.
            QPaintEngine *engine = m_target->paintEngine();
            engine->syncState();
            engine->drawTextItem(p, item);
        } else {
            m_target->drawTextItem(p, item);
        }
    }

private:
    void takeTargetState()
    {
        m_sentTransform = m_target->transform();
        m_sentPen = m_target->pen();
        m_sentBrush = m_target->brush();
        m_sentBrushOrigin = m_target->brushOrigin();
        m_sentHints = m_target->renderHints();
        m_sentOpacity = m_target->opacity();
        m_sentComposition = m_target->compositionMode();
        m_sentBackground = m_target->background();
        m_sentBackgroundMode = m_target->backgroundMode();
    }

    void clip(const QPainterPath &path, Qt::ClipOperation op)
    {
        if (op == Qt::NoClip) {
            m_clipEnabled = false;
            m_clips.clear();
            return;
        }
        m_clipEnabled = true;
        if (op == Qt::ReplaceClip)
            m_clips.clear();
        Clip c;
        c.path = m_transform.map(path);
        c.isRect = rectangleOf(c.path, &c.rect);
        m_clips.append(c);
    }

    static QRectF boundsOf(const QPointF *points, int count)
    {
        double left = points[0].x(), right = left, top = points[0].y(), bottom = top;
        for (int i = 1; i < count; ++i) {
            left = std::min(left, points[i].x());
            right = std::max(right, points[i].x());
            top = std::min(top, points[i].y());
            bottom = std::max(bottom, points[i].y());
        }
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    }

    // LOCAL (in the painter's coordinates) on this device, with room for the pen's width,
    // its joins and caps, generously.
    QRectF stroked(const QRectF &local) const
    {
        QRectF r = m_transform.mapRect(local);
        if (m_pen.style() != Qt::NoPen) {
            const double scale = m_pen.isCosmetic()
                ? 1.0
                : std::max(std::hypot(m_transform.m11(), m_transform.m12()),
                           std::hypot(m_transform.m21(), m_transform.m22()));
            const double width = std::max(m_pen.widthF(), 1.0) * scale;
            const double pad = width * std::max(m_pen.miterLimit(), 2.0) + 1;
            r.adjust(-pad, -pad, pad, pad);
        }
        return r;
    }

    // Brings the target to the state the next drawing needs; false when the clip hides all
    // of BOUNDS (on this device), so that nothing need be drawn.
    bool prepare(const QRectF &bounds)
    {
        // A rectangle that holds the whole drawing cuts nothing off it. The clip the target
        // has may stay as long as it cuts off what the painter's clip would and nothing more:
        // text within a page band then keeps the band's clip, and no change is written.
        const bool known = bounds.width() > 0 && bounds.height() > 0;
        const auto harmless = [&](const Clip &c) {
            return known && c.isRect && c.rect.contains(bounds);
        };
        const auto sent = [&](const Clip &c) {
            return std::any_of(m_sentClips.cbegin(), m_sentClips.cend(),
                               [&](const Clip &s) { return s.path == c.path; });
        };
        bool keep = true;
        if (m_clipEnabled) {
            for (const Clip &c : std::as_const(m_clips)) {
                if (c.path.isEmpty())
                    return false;
                if (known && !(c.isRect ? c.rect : c.path.boundingRect()).intersects(bounds))
                    return false;
                if (!harmless(c) && !sent(c))
                    keep = false;
            }
        }
        for (const Clip &s : std::as_const(m_sentClips)) {
            const bool current = m_clipEnabled
                && std::any_of(m_clips.cbegin(), m_clips.cend(),
                               [&](const Clip &c) { return c.path == s.path; });
            if (!current && !harmless(s))
                keep = false;
        }
        if (!keep) {
            // Back to the target's own clip, then the painter's within it.
            m_target->restore();
            m_target->save();
            takeTargetState();
            m_sentClips.clear();
            if (m_clipEnabled) {
                m_target->setTransform(m_base);
                m_sentTransform = m_base;
                for (const Clip &c : std::as_const(m_clips)) {
                    m_target->setClipPath(c.path, Qt::IntersectClip);
                    m_sentClips.append(c);
                }
            }
        }
        const QTransform transform = m_transform * m_base;
        if (transform != m_sentTransform) {
            m_target->setTransform(transform);
            m_sentTransform = transform;
        }
        if (m_pen != m_sentPen) {
            m_target->setPen(m_pen);
            m_sentPen = m_pen;
        }
        if (m_brush != m_sentBrush) {
            m_target->setBrush(m_brush);
            m_sentBrush = m_brush;
        }
        if (m_brushOrigin != m_sentBrushOrigin) {
            m_target->setBrushOrigin(m_brushOrigin);
            m_sentBrushOrigin = m_brushOrigin;
        }
        if (m_hints != m_sentHints) {
            m_target->setRenderHints(m_sentHints & ~m_hints, false);
            m_target->setRenderHints(m_hints, true);
            m_sentHints = m_hints;
        }
        if (m_opacity != m_sentOpacity) {
            m_target->setOpacity(m_opacity);
            m_sentOpacity = m_opacity;
        }
        if (m_composition != m_sentComposition) {
            m_target->setCompositionMode(m_composition);
            m_sentComposition = m_composition;
        }
        if (m_background != m_sentBackground) {
            m_target->setBackground(m_background);
            m_sentBackground = m_background;
        }
        if (m_backgroundMode != m_sentBackgroundMode) {
            m_target->setBackgroundMode(m_backgroundMode);
            m_sentBackgroundMode = m_backgroundMode;
        }
        return true;
    }

    QPainter *m_target;
    QTransform m_base; // the target's transform at begin(): this device's coordinates

    // What the painter on this device has set.
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    QPointF m_brushOrigin;
    QPainter::RenderHints m_hints;
    double m_opacity = 1;
    QPainter::CompositionMode m_composition = QPainter::CompositionMode_SourceOver;
    QBrush m_background;
    Qt::BGMode m_backgroundMode = Qt::TransparentMode;
    bool m_clipEnabled = false;
    QList<Clip> m_clips;

    // What the target has been given.
    QTransform m_sentTransform;
    QPen m_sentPen;
    QBrush m_sentBrush;
    QPointF m_sentBrushOrigin;
    QPainter::RenderHints m_sentHints;
    double m_sentOpacity = 1;
    QPainter::CompositionMode m_sentComposition = QPainter::CompositionMode_SourceOver;
    QBrush m_sentBackground;
    Qt::BGMode m_sentBackgroundMode = Qt::TransparentMode;
    QList<Clip> m_sentClips;
};

PaintForwarder::PaintForwarder(QPainter *target)
    : m_target(target)
    , m_engine(std::make_unique<Engine>(target))
{ }

PaintForwarder::~PaintForwarder() = default;

QPaintEngine *PaintForwarder::paintEngine() const
{
    return m_engine.get();
}

int PaintForwarder::metric(PaintDeviceMetric metric) const
{
    // The target's device: fonts, pens and images measure as they would there.
    const QPaintDevice *device = m_target->device();
    switch (metric) {
    case PdmWidth:
        return device->width();
    case PdmHeight:
        return device->height();
    case PdmWidthMM:
        return device->widthMM();
    case PdmHeightMM:
        return device->heightMM();
    case PdmNumColors:
        return device->colorCount();
    case PdmDepth:
        return device->depth();
    case PdmDpiX:
        return device->logicalDpiX();
    case PdmDpiY:
        return device->logicalDpiY();
    case PdmPhysicalDpiX:
        return device->physicalDpiX();
    case PdmPhysicalDpiY:
        return device->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(device->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(device->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}
